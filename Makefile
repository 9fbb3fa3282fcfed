# SPDX-License-Identifier: BSD-2-Clause
#
# hypstub: the ARM hypervisor-stub ABI, implemented, specified and tested.
#
#   make demo     boot the demo kernel under QEMU and show what the stub did
#   make check    build with both toolchains, run every test, one summary line
#
# Variables: ARCH=arm (the only one so far), TOOLCHAIN=llvm|gnu, CPU=, V=1.

ARCH ?= arm
TOOLCHAIN ?= llvm
PLAT ?= qemu-virt
CPU ?= cortex-a15
BUILD ?= build/$(ARCH)-$(TOOLCHAIN)

ifneq ($(ARCH),arm)
$(error ARCH=$(ARCH) is not supported yet: only ARCH=arm)
endif

ifeq ($(TOOLCHAIN),llvm)
CC := clang --target=armv7a-none-eabi
LD := $(shell command -v ld.lld || command -v ld.lld-14 || echo ld.lld)
AR := $(shell command -v llvm-ar || command -v llvm-ar-14 || echo llvm-ar)
else ifeq ($(TOOLCHAIN),gnu)
CC := arm-none-eabi-gcc
LD := arm-none-eabi-ld
AR := arm-none-eabi-ar
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
ARCHFLAGS := -march=armv7ve -marm -mfloat-abi=soft -mno-unaligned-access
ifeq ($(TOOLCHAIN),llvm)
ARCHFLAGS += -mfpu=none
else
ARCHFLAGS += -mfpu=auto
endif
CFLAGS := -std=c11 -ffreestanding -fno-common -fno-pic -fno-stack-protector \
	-O2 -g -Wall -Wextra -Werror $(ARCHFLAGS)
ASFLAGS := -D__ASSEMBLY__ $(ARCHFLAGS) -Wall -Werror
LDFLAGS := -nostdlib -T plat/$(PLAT)/kernel.ld \
	--defsym=KERNEL_LOAD_ADDRESS=$(KERNEL_LOAD_ADDRESS)

# The stub library: what another project links.
LIBHYPSTUB_SRCS := core/stub.c \
	arch/arm/boot.S arch/arm/stub_vectors.S arch/arm/restart.S \
	arch/arm/cache.S arch/arm/hvc.S arch/arm/stub_arch.c arch/arm/hypstub.c \
	plat/$(PLAT)/uart.c plat/$(PLAT)/exit.S

# The negative control: the same library with the pre-2017 behaviour.
LIBBROKEN_SRCS := $(filter-out core/stub.c,$(LIBHYPSTUB_SRCS)) \
	tests/target/broken_old_kvm.c

# The small SVC runtime of the demo and test kernels.
LIBKERNEL_SRCS := lib/string.c lib/kprintf.c lib/exceptions.c lib/vectors.S

CONFORMANCE_SRCS := tests/target/conformance.c tests/target/hvc_frame.S \
	tests/target/probe_vectors.S
EXCEPTIONS_SRCS := tests/target/exceptions.c
DEMO_SRCS := demo/demo.c

obj = $(patsubst %,$(BUILD)/obj/%.o,$(basename $(1)))

LIBHYPSTUB := $(BUILD)/libhypstub.a
LIBBROKEN := $(BUILD)/libhypstub-broken-old-kvm.a
LIBKERNEL := $(BUILD)/libkernel.a
IMAGES := $(BUILD)/demo.elf $(BUILD)/conformance.elf \
	$(BUILD)/conformance-broken-old-kvm.elf $(BUILD)/exceptions.elf

.PHONY: all deps demo check test spec-coverage host-tests format \
	format-check clean help
.DEFAULT_GOAL := all

all: $(LIBHYPSTUB) $(IMAGES)

$(BUILD)/obj/%.o: %.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $<")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) -c $< -o $@

$(BUILD)/obj/%.o: %.S
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  AS      $<")
	$(Q)$(CC) $(CPPFLAGS) $(ASFLAGS) -c $< -o $@

# The broken control keeps the real dispatcher under another name.
$(BUILD)/obj/core/stub_checked.o: core/stub.c
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  CC      $< (renamed for the control)")
	$(Q)$(CC) $(CPPFLAGS) $(CFLAGS) \
		-Dstub_handle_trap=stub_handle_trap_checked -c $< -o $@

$(LIBHYPSTUB): $(call obj,$(LIBHYPSTUB_SRCS))
$(LIBBROKEN): $(call obj,$(LIBBROKEN_SRCS)) $(BUILD)/obj/core/stub_checked.o
$(LIBKERNEL): $(call obj,$(LIBKERNEL_SRCS))

$(BUILD)/%.a:
	@$(if $(Q),echo "  AR      $@")
	$(Q)rm -f $@ && $(AR) rcs $@ $^

define image
$(BUILD)/$(1).elf: $(call obj,$(2)) $(3) $(LIBKERNEL) plat/$(PLAT)/kernel.ld
	@$$(if $$(Q),echo "  LD      $$@")
	$$(Q)$$(LD) $$(LDFLAGS) -o $$@ $(call obj,$(2)) \
		--start-group $(3) $(LIBKERNEL) --end-group
endef

$(eval $(call image,demo,$(DEMO_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,conformance,$(CONFORMANCE_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,conformance-broken-old-kvm,$(CONFORMANCE_SRCS),$(LIBBROKEN)))
$(eval $(call image,exceptions,$(EXCEPTIONS_SRCS),$(LIBHYPSTUB)))

# Host unit tests of core/, with AddressSanitizer and UBSan.
HOST_CC ?= cc
HOST_CFLAGS := -std=c11 -g -O1 -Wall -Wextra -Werror -Iinclude \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
build/host/test_stub: tests/host/test_stub.c core/stub.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_stub.c core/stub.c

# The host negative control: the same tests against the old-KVM dispatcher.
build/host/stub_checked.o: core/stub.c include/hypstub/*.h
	@mkdir -p $(dir $@)
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -c -o $@ core/stub.c \
		-Dstub_handle_trap=stub_handle_trap_checked

build/host/test_stub_mutant_old_kvm: tests/host/test_stub.c \
		tests/host/mutant_old_kvm.c build/host/stub_checked.o
	@$(if $(Q),echo "  HOSTCC  $@")
	$(Q)$(HOST_CC) $(HOST_CFLAGS) -o $@ tests/host/test_stub.c \
		tests/host/mutant_old_kvm.c build/host/stub_checked.o

host-tests: build/host/test_stub build/host/test_stub_mutant_old_kvm

deps:
	@tools/deps.sh

demo: deps
	@$(MAKE) --no-print-directory all
	@tools/run-qemu --cpu $(CPU) $(BUILD)/demo.elf

# Everything, both toolchains, one summary line at the end.
check: deps
	@$(MAKE) --no-print-directory format-check
	@$(MAKE) --no-print-directory TOOLCHAIN=llvm all
	@$(MAKE) --no-print-directory TOOLCHAIN=gnu all
	@$(MAKE) --no-print-directory host-tests
	@tools/tap-run tests/suite.list

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
	@sed -n '3,9p' Makefile

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
