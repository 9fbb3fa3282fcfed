# SPDX-License-Identifier: BSD-2-Clause
#
# hypstub: the ARM hypervisor-stub ABI, implemented, specified and tested.
#
#   make demo     the kdump story under QEMU, as a timeline (README.md)
#   make check    build with both toolchains, run every test, one summary line
#   make bench    instruction counts and footprint (doc/performance.md)
#
# make help lists every target and variable (tools/help.txt).

ARCH ?= arm
TOOLCHAIN ?= llvm
PLAT ?= qemu-virt
ifeq ($(ARCH),arm64)
CPU ?= cortex-a57
else
CPU ?= cortex-a15
endif
# O= is Kbuild's name for the build directory: the same as BUILD=.
ifneq ($(O),)
ifneq ($(origin BUILD),undefined)
ifneq ($(BUILD),$(O))
$(error O=$(O) and BUILD=$(BUILD): they name the same directory; give one)
endif
endif
BUILD := $(O)
endif
BUILD ?= build/$(ARCH)-$(TOOLCHAIN)

ifeq ($(filter $(ARCH),arm arm64),)
$(error ARCH=$(ARCH): use arm or arm64)
endif
ifeq ($(wildcard plat/$(PLAT)/include/plat/platform.h),)
$(error PLAT=$(PLAT): no plat/$(PLAT) (platforms: $(notdir $(wildcard \
	plat/*))); doc/porting.md says what a platform provides)
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

CPPFLAGS := -Iinclude -Icore/include -Ihyp/include -Iplat/$(PLAT)/include \
	-Ilib/include -MMD -MP
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

# variant_library(name, sources out, sources or variant objects in): a
# test-only copy of the library with a few objects swapped, named
# $(BUILD)/libhypstub-<name>.a.
define variant_library
$(BUILD)/libhypstub-$(1).a: $$(call obj,$$(filter-out $(2),$$(LIBHYPSTUB_SRCS)) $(3))
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

# Each architecture lists its sources, its test variants and its kernels.
include arch/$(ARCH)/build.mk

# Host unit tests of core/ and hyp/, with AddressSanitizer and UBSan, at
# both register widths: build/host/ models AArch32 (32-bit registers),
# build/host64/ AArch64 (64-bit registers, HYPSTUB_MODEL_AARCH64).
HOST_HEADERS := $(wildcard include/hypstub/*.h include/arch/*.h \
	include/arch/*/esr.h include/arch/*/vectors.h core/include/core/*.h \
	hyp/include/hyp/*.h)
HOST_CC ?= cc
HOST_CFLAGS := -std=c11 -g -O1 -Wall -Wextra -Werror -Iinclude \
	-Icore/include -Ihyp/include \
	-fsanitize=address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
HOST_WIDTH_FLAGS_host :=
HOST_WIDTH_FLAGS_host64 := -DHYPSTUB_MODEL_AARCH64

# host_test(dir, name, sources[, flags]): one host test binary.
define host_test
build/$(1)/$(2): $(3) $(HOST_HEADERS)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  HOSTCC  $$@")
	$$(Q)$$(HOST_CC) $$(HOST_CFLAGS) $$(HOST_WIDTH_FLAGS_$(1)) $(4) -o $$@ \
		$(3)
endef

# The negative controls run the same tests against the old-KVM dispatchers,
# which keep the real one under another name.
HOST_TEST_STUB := tests/host/test_stub.c tests/host/tap.c
HOST_TEST_HYP := tests/host/test_hyp.c tests/host/tap.c
define host_tests
$(call host_test,$(1),test_stub,$(HOST_TEST_STUB) core/stub.c)
$(call host_test,$(1),stub_checked.o,core/stub.c,\
	-c -Dstub_handle_trap=stub_handle_trap_checked)
$(call host_test,$(1),test_stub_mutant_old_kvm,$(HOST_TEST_STUB) \
	tests/host/mutant_old_kvm.c build/$(1)/stub_checked.o)
$(call host_test,$(1),test_hyp,$(HOST_TEST_HYP) hyp/hyp_main.c core/stub.c)
$(call host_test,$(1),hyp_main_checked.o,hyp/hyp_main.c,\
	-c -Dhyp_handle_trap=hyp_handle_trap_checked)
$(call host_test,$(1),test_hyp_mutant_old_kvm,$(HOST_TEST_HYP) \
	tests/host/mutant_old_kvm_hyp.c build/$(1)/hyp_main_checked.o core/stub.c)
$(call host_test,$(1),test_kexec,tests/host/test_kexec.c tests/host/tap.c \
	core/kexec.c)
$(call host_test,$(1),test_fdt,tests/host/test_fdt.c tests/host/tap.c \
	core/fdt.c core/kexec.c)
$(call host_test,$(1),test_kexec_arm64,tests/host/test_kexec_arm64.c \
	tests/host/tap.c core/kexec_arm64_image.c core/kexec.c core/fdt.c)
endef
$(eval $(call host_tests,host))
$(eval $(call host_tests,host64))

HOST_TESTS := test_stub test_stub_mutant_old_kvm test_hyp \
	test_hyp_mutant_old_kvm test_kexec test_fdt test_kexec_arm64
host-tests: $(addprefix build/host/,$(HOST_TESTS)) \
	$(addprefix build/host64/,$(HOST_TESTS))

deps:
	@tools/deps.sh $(if $(filter 1,$(GDB)),--gdb)

# make demo [SCENARIO=kdump|kexec] [PAYLOAD=image [PAYLOAD_ADDR=]] [APPEND=]
#           [SMP=] [CPU=] [CHAIN=] [VIRT=on|off] [DEMO_TIMEOUT=] [GDB=1]
#           [TRACE=1]: every variable is checked before anything is built.
DEMO_ENV = ARCH='$(ARCH)' BUILD='$(BUILD)' CPU='$(CPU)'
demo:
	@$(DEMO_ENV) tools/demo --check
	@tools/deps.sh $(if $(filter 1,$(GDB)),--gdb) $(if \
		$(filter 1,$(TRACE)),--trace)
	@$(MAKE) --no-print-directory all
	@$(DEMO_ENV) tools/demo

# make check [SUITE=patterns] [CHECK_TIMEOUT=2400] [SUITE_TIMEOUT=600]
# [JOBS=2]: build both architectures with both toolchains (whatever ARCH,
# TOOLCHAIN or BUILD say), run the suites of tests/suite.list and
# tests/suite.d/*.list (tools/tap-run), a PASS or FAIL line as each ends, logs
# in build/tap/NAME.tap, one summary line at the end. SUITE= runs only the
# suites whose names match (shell patterns: SUITE='arm64-* *kexec*');
# CHECK_TIMEOUT bounds the whole run in seconds, SUITE_TIMEOUT each suite.
# spec-coverage runs last: it reads the other suites' logs. The suites run
# without this make's variables and flags, so they too are the same whatever
# the command line says (a value with spaces, SUITE='a b', splits into words
# in MAKEOVERRIDES: only the words with an = name a variable).
check: deps
	@tools/tap-run --check-only --last spec-coverage tests/suite.list \
		$(sort $(wildcard tests/suite.d/*.list))
	$(eval CHECK_STARTED := $(shell date +%s))
	$(if $(filter command% environment%,$(origin BUILD) $(origin O)),\
		@echo "check: BUILD= and O= are ignored: make check builds every configuration under build/")
	@$(MAKE) --no-print-directory format-check
	@$(MAKE) --no-print-directory ARCH=arm TOOLCHAIN=llvm O= BUILD=build/arm-llvm all
	@$(MAKE) --no-print-directory ARCH=arm TOOLCHAIN=gnu O= BUILD=build/arm-gnu all
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=llvm O= BUILD=build/arm64-llvm all
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=gnu O= BUILD=build/arm64-gnu all
	@$(MAKE) --no-print-directory ARCH=arm O= BUILD=build/arm-llvm host-tests
	@env -u MAKEFLAGS -u MFLAGS -u MAKELEVEL $(addprefix -u ,$(sort \
		ARCH TOOLCHAIN BUILD O CPU PLAT V $(filter-out \
		SUITE CHECK_TIMEOUT SUITE_TIMEOUT JOBS,$(foreach word,\
		$(MAKEOVERRIDES),$(if $(findstring =,$(word)),$(firstword \
		$(subst =, ,$(word)))))))) \
		tools/tap-run --started $(CHECK_STARTED) --last spec-coverage \
		tests/suite.list $(sort $(wildcard tests/suite.d/*.list))

test: check

# The rules of doc/*.md against the results of the last make check (the
# logs in build/tap): fails on a rule no suite that ran reported.
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
	@cat tools/help.txt

# Feature makefiles (bench, fuzz, ...): each adds its own targets, for the
# architectures it supports.
include $(sort $(wildcard mk/*.mk))

-include $(shell find $(BUILD)/obj -name '*.d' 2>/dev/null)
