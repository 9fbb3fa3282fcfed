# SPDX-License-Identifier: BSD-2-Clause
#
# hypstub: the ARM hypervisor-stub ABI, implemented, specified and tested.
#
#   make demo     the kdump story under QEMU, as a timeline (README.md)
#   make check    build with both toolchains, run every test, one summary line
#   make bench    instruction counts and footprint (doc/performance.md)
#
# Variables: ARCH=arm|arm64 (arm64: the boot stub and kexec so far),
# TOOLCHAIN=llvm|gnu, CPU=, V=1.

ARCH ?= arm
TOOLCHAIN ?= llvm
PLAT ?= qemu-virt
ifeq ($(ARCH),arm64)
CPU ?= cortex-a57
else
CPU ?= cortex-a15
endif
BUILD ?= build/$(ARCH)-$(TOOLCHAIN)

ifeq ($(filter $(ARCH),arm arm64),)
$(error ARCH=$(ARCH): use arm or arm64)
endif

LLVM_LD := $(shell command -v ld.lld || command -v ld.lld-14 || echo ld.lld)
LLVM_AR := $(shell command -v llvm-ar || command -v llvm-ar-14 || echo llvm-ar)
ifeq ($(TOOLCHAIN)-$(ARCH),llvm-arm)
CC := clang --target=armv7a-none-eabi
LD := $(LLVM_LD)
AR := $(LLVM_AR)
else ifeq ($(TOOLCHAIN)-$(ARCH),llvm-arm64)
CC := clang --target=aarch64-none-elf
LD := $(LLVM_LD)
AR := $(LLVM_AR)
else ifeq ($(TOOLCHAIN)-$(ARCH),gnu-arm)
CC := arm-none-eabi-gcc
LD := arm-none-eabi-ld
AR := arm-none-eabi-ar
else ifeq ($(TOOLCHAIN)-$(ARCH),gnu-arm64)
CC := aarch64-linux-gnu-gcc
LD := aarch64-linux-gnu-ld
AR := aarch64-linux-gnu-ar
else
$(error TOOLCHAIN=$(TOOLCHAIN): use llvm or gnu)
endif

ifneq ($(V),1)
Q := @
endif

KERNEL_LOAD_ADDRESS := 0x40100000

CPPFLAGS := -Iinclude -Iplat/$(PLAT)/include -Ilib/include -MMD -MP
# No floating point or SIMD registers anywhere: HYP and early boot code must
# not touch them, and the kernels never enable them.
ifeq ($(ARCH),arm64)
ARCHFLAGS := -march=armv8-a -mgeneral-regs-only -mstrict-align
else
ARCHFLAGS := -march=armv7ve -marm -mfloat-abi=soft -mno-unaligned-access
ifeq ($(TOOLCHAIN),llvm)
ARCHFLAGS += -mfpu=none
else
ARCHFLAGS += -mfpu=auto
endif
endif
CFLAGS := -std=c11 -ffreestanding -fno-common -fno-pic -fno-stack-protector \
	-O2 -g -Wall -Wextra -Werror $(ARCHFLAGS)
ASFLAGS := -D__ASSEMBLY__ $(ARCHFLAGS) -Wall -Werror
ifeq ($(ARCH),arm64)
LINKER_SCRIPT := plat/$(PLAT)/kernel-arm64.ld
else
LINKER_SCRIPT := plat/$(PLAT)/kernel.ld
endif
LDFLAGS := -nostdlib -T $(LINKER_SCRIPT) \
	--defsym=KERNEL_LOAD_ADDRESS=$(KERNEL_LOAD_ADDRESS)
# One image, one segment: code, data and stacks together is the point here.
ifeq ($(TOOLCHAIN)-$(ARCH),gnu-arm64)
LDFLAGS += --no-warn-rwx-segments
endif

obj = $(patsubst %,$(BUILD)/obj/%.o,$(basename $(1)))

LIBHYPSTUB := $(BUILD)/libhypstub.a
LIBKERNEL := $(BUILD)/libkernel.a

.PHONY: all deps demo check test spec-coverage host-tests format \
	format-check clean help
.DEFAULT_GOAL := all

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(CPPFLAGS) $(ASFLAGS) -c $< -o $@

# variant_object(name, source, flags): the source built again with flags.
define variant_object
$(BUILD)/obj/$(1).o: $(2)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  CC      $(2) ($(1))")
	$$(Q)$$(CC) $$(CPPFLAGS) $$(CFLAGS) $(3) -c $(2) -o $$@
endef

$(BUILD)/%.a:
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && $(AR) rcs $@ $^

# image(name, sources, library[, load address]): link a bare-metal kernel.
define image
$(BUILD)/$(1).elf: $(call obj,$(2)) $(3) $(LIBKERNEL) $(LINKER_SCRIPT)
	@$$(if $$(Q),echo "  LD      $$@")
	$$(Q)$$(LD) $$(LDFLAGS) $(if $(4),--defsym=KERNEL_LOAD_ADDRESS=$(4)) \
		-o $$@ $(call obj,$(2)) --start-group $(3) $(LIBKERNEL) --end-group
endef

ifeq ($(ARCH),arm64)
# AArch64: the boot stub, its library and its conformance kernels.
include arch/arm64/build.mk
else
# The stub library: what another project links.
LIBHYPSTUB_SRCS := core/stub.c \
	arch/arm/boot.S arch/arm/stub_vectors.S arch/arm/restart.S \
	arch/arm/cache.S arch/arm/hvc.S arch/arm/stub_arch.c arch/common/api.c \
	arch/common/memory.c \
	arch/arm/hyp_halt.S arch/arm/report.c \
	plat/$(PLAT)/uart.c plat/$(PLAT)/exit.S plat/$(PLAT)/halt.c \
	plat/$(PLAT)/psci.c plat/$(PLAT)/psci_call.S \
	hyp/hyp_main.c hyp/install.c hyp/arm/hyp_vectors.S hyp/arm/hyp_arch.c \
	hyp/arm/hyp_guest.c \
	core/kexec.c arch/arm/kexec.c arch/arm/kexec_restart.S core/fdt.c \
	arch/arm/kexec_smp.c arch/common/kexec_dtb.c

# Test-only variants of the library. Each swaps a few objects:
#  - broken-old-kvm: the boot stub with the pre-2017 behaviour (an unknown r0
#    is branched to), a negative control the conformance suite must fail;
#  - broken-old-kvm-hyp: the resident hypervisor doing the same with r0 below
#    HVC_STUB_HCALL_NR (HVC_SOFT_RESTART jumps to address 1), likewise;
#  - test-fault: the hypervisor with HYP_CALL_TEST_FAULT, to show its report.
LIBBROKEN_SRCS := $(filter-out core/stub.c,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_old_kvm.c
LIBBROKEN_HYP_SRCS := $(filter-out hyp/hyp_main.c,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_old_kvm_hyp.c
LIBTESTFAULT_SRCS := $(filter-out hyp/hyp_main.c hyp/arm/hyp_arch.c,\
	$(LIBHYPSTUB_SRCS))
#  - broken-cpu-stop: a stopped CPU never powers off (SMP, fault injection);
#  - broken-return: an unexpected exception returns instead of halting;
#  - broken-guest-leak: a guest's HVC_SOFT_RESTART reaches the host's call.
LIBBROKEN_STOP_SRCS := $(filter-out arch/arm/kexec_smp.c,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_cpu_stop.c
LIBBROKEN_RETURN_SRCS := $(filter-out arch/arm/hyp_halt.S,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_return_unexpected.S
LIBBROKEN_LEAK_SRCS := $(filter-out hyp/hyp_main.c,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_guest_leak.c

# The small SVC runtime of the demo and test kernels.
LIBKERNEL_SRCS := lib/string.c lib/kprintf.c lib/exceptions.c lib/vectors.S \
	lib/mmu.c lib/gic.c lib/fdt.c lib/smp.c

CONFORMANCE_SRCS := tests/target/conformance.c tests/target/hvc_frame.S \
	tests/target/probe_vectors.S tests/target/frame.c
EXCEPTIONS_SRCS := tests/target/exceptions.c
KEXEC_TEST_SRCS := tests/target/kexec.c
SMP_TEST_SRCS := tests/target/smp.c
GUEST_TEST_SRCS := tests/target/guest.c tests/target/guest_run.c \
	tests/target/guest_code.S
FAULTS_TEST_SRCS := tests/target/faults.c tests/target/guest_run.c \
	tests/target/guest_code.S
DEMO_HOST_SRCS := demo/host.c demo/common.c
DEMO_CRASH_SRCS := demo/crash.c demo/common.c
# Must match DEMO_CRASH_KERNEL_ADDR in demo/demo.h.
DEMO_CRASH_LOAD_ADDRESS := 0x44000000

LIBBROKEN := $(BUILD)/libhypstub-broken-old-kvm.a
LIBBROKEN_HYP := $(BUILD)/libhypstub-broken-old-kvm-hyp.a
LIBTESTFAULT := $(BUILD)/libhypstub-test-fault.a
LIBBROKEN_STOP := $(BUILD)/libhypstub-broken-cpu-stop.a
LIBBROKEN_RETURN := $(BUILD)/libhypstub-broken-return.a
LIBBROKEN_LEAK := $(BUILD)/libhypstub-broken-guest-leak.a
IMAGES := $(BUILD)/demo-host.elf $(BUILD)/demo-crash.elf \
	$(BUILD)/conformance.elf \
	$(BUILD)/conformance-broken-old-kvm.elf \
	$(BUILD)/conformance-broken-old-kvm-hyp.elf $(BUILD)/exceptions.elf \
	$(BUILD)/kexec.elf $(BUILD)/kexec-broken-old-kvm-hyp.elf \
	$(BUILD)/smp.elf $(BUILD)/guest.elf $(BUILD)/faults.elf \
	$(BUILD)/smp-broken-cpu-stop.elf $(BUILD)/exceptions-broken-return.elf \
	$(BUILD)/guest-broken-leak.elf $(BUILD)/faults-broken-cpu-stop.elf


all: $(LIBHYPSTUB) $(IMAGES)


# The controls keep the real dispatcher under another name.
$(eval $(call variant_object,variants/stub_checked,core/stub.c,\
	-Dstub_handle_trap=stub_handle_trap_checked))
$(eval $(call variant_object,variants/hyp_main_checked,hyp/hyp_main.c,\
	-Dhyp_handle_trap=hyp_handle_trap_checked))
$(eval $(call variant_object,variants/hyp_main_test_fault,hyp/hyp_main.c,\
	-DHYP_TEST_FAULT_CALL))
$(eval $(call variant_object,variants/hyp_arch_test_fault,hyp/arm/hyp_arch.c,\
	-DHYP_TEST_FAULT_CALL))

$(LIBHYPSTUB): $(call obj,$(LIBHYPSTUB_SRCS))
$(LIBBROKEN): $(call obj,$(LIBBROKEN_SRCS)) $(BUILD)/obj/variants/stub_checked.o
$(LIBBROKEN_HYP): $(call obj,$(LIBBROKEN_HYP_SRCS)) \
	$(BUILD)/obj/variants/hyp_main_checked.o
$(LIBTESTFAULT): $(call obj,$(LIBTESTFAULT_SRCS)) \
	$(BUILD)/obj/variants/hyp_main_test_fault.o \
	$(BUILD)/obj/variants/hyp_arch_test_fault.o
$(LIBBROKEN_STOP): $(call obj,$(LIBBROKEN_STOP_SRCS))
$(LIBBROKEN_RETURN): $(call obj,$(LIBBROKEN_RETURN_SRCS))
$(LIBBROKEN_LEAK): $(call obj,$(LIBBROKEN_LEAK_SRCS)) \
	$(BUILD)/obj/variants/hyp_main_checked.o
$(LIBKERNEL): $(call obj,$(LIBKERNEL_SRCS))


$(eval $(call image,demo-host,$(DEMO_HOST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,demo-crash,$(DEMO_CRASH_SRCS),$(LIBHYPSTUB),$(DEMO_CRASH_LOAD_ADDRESS)))
$(eval $(call image,conformance,$(CONFORMANCE_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,conformance-broken-old-kvm,$(CONFORMANCE_SRCS),$(LIBBROKEN)))
$(eval $(call image,conformance-broken-old-kvm-hyp,$(CONFORMANCE_SRCS),$(LIBBROKEN_HYP)))
$(eval $(call image,exceptions,$(EXCEPTIONS_SRCS),$(LIBTESTFAULT)))
$(eval $(call image,kexec,$(KEXEC_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,kexec-broken-old-kvm-hyp,$(KEXEC_TEST_SRCS),$(LIBBROKEN_HYP)))
$(eval $(call image,smp,$(SMP_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,guest,$(GUEST_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,faults,$(FAULTS_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,smp-broken-cpu-stop,$(SMP_TEST_SRCS),$(LIBBROKEN_STOP)))
$(eval $(call image,exceptions-broken-return,$(EXCEPTIONS_SRCS),$(LIBBROKEN_RETURN)))
$(eval $(call image,guest-broken-leak,$(GUEST_TEST_SRCS),$(LIBBROKEN_LEAK)))
$(eval $(call image,faults-broken-cpu-stop,$(FAULTS_TEST_SRCS),$(LIBBROKEN_STOP)))

endif # ARCH

# Host unit tests of core/, with AddressSanitizer and UBSan.
HOST_CC ?= cc
HOST_CFLAGS := -std=c11 -g -O1 -Wall -Wextra -Werror -Iinclude \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
build/host/test_stub: tests/host/test_stub.c tests/host/tap.c core/stub.c \
		include/hypstub/*.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_stub.c \
		tests/host/tap.c core/stub.c

# The host negative control: the same tests against the old-KVM dispatcher.
build/host/stub_checked.o: core/stub.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -c -o $@ core/stub.c \
		-Dstub_handle_trap=stub_handle_trap_checked

build/host/test_stub_mutant_old_kvm: tests/host/test_stub.c tests/host/tap.c \
		tests/host/mutant_old_kvm.c build/host/stub_checked.o
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_stub.c \
		tests/host/tap.c tests/host/mutant_old_kvm.c \
		build/host/stub_checked.o

build/host/test_hyp: tests/host/test_hyp.c tests/host/tap.c hyp/hyp_main.c \
		core/stub.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_hyp.c \
		tests/host/tap.c hyp/hyp_main.c core/stub.c

build/host/hyp_main_checked.o: hyp/hyp_main.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -c -o $@ hyp/hyp_main.c \
		-Dhyp_handle_trap=hyp_handle_trap_checked

build/host/test_hyp_mutant_old_kvm: tests/host/test_hyp.c tests/host/tap.c \
		tests/host/mutant_old_kvm_hyp.c build/host/hyp_main_checked.o \
		core/stub.c
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_hyp.c \
		tests/host/tap.c tests/host/mutant_old_kvm_hyp.c \
		build/host/hyp_main_checked.o core/stub.c

build/host/test_kexec: tests/host/test_kexec.c tests/host/tap.c core/kexec.c \
		include/hypstub/*.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_kexec.c \
		tests/host/tap.c core/kexec.c

build/host/test_fdt: tests/host/test_fdt.c tests/host/tap.c core/fdt.c \
		core/kexec.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_fdt.c \
		tests/host/tap.c core/fdt.c core/kexec.c

host-tests: build/host/test_stub build/host/test_stub_mutant_old_kvm \
	build/host/test_hyp build/host/test_hyp_mutant_old_kvm \
	build/host/test_kexec build/host/test_fdt

deps:
	@tools/deps.sh

# make demo [SCENARIO=kdump|kexec] [PAYLOAD=image [PAYLOAD_ADDR=]] [APPEND=]
#           [SMP=] [CPU=] [CHAIN=] [VIRT=on|off] [DEMO_TIMEOUT=]
demo: deps
	@$(MAKE) --no-print-directory all
	@BUILD=$(BUILD) CPU=$(CPU) tools/demo

# Everything, both toolchains, one summary line at the end.
check: deps
	@$(MAKE) --no-print-directory format-check
	@$(MAKE) --no-print-directory TOOLCHAIN=llvm all
	@$(MAKE) --no-print-directory TOOLCHAIN=gnu all
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=llvm all
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=gnu all
	@$(MAKE) --no-print-directory host-tests
	@tools/tap-run tests/suite.list $(sort $(wildcard tests/suite.d/*.list))

test: check

spec-coverage:
	@tools/spec-coverage

C_FORMATTED := $(shell git ls-files '*.c' '*.h' 2>/dev/null)
format:
	clang-format -i $(C_FORMATTED)

format-check:
	@tools/format-check $(C_FORMATTED)

clean:
	rm -rf build

help:
	@sed -n '3,10p' Makefile

# Feature makefiles (bench, fuzz, ...): each adds its own targets.
ifeq ($(ARCH),arm)
include $(sort $(wildcard mk/*.mk))
endif

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
