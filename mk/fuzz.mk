# SPDX-License-Identifier: BSD-2-Clause
#
# make fuzz [CALLS=n] [SEED=s]: the in-target hvc fuzzer against the boot
# stub, the resident hypervisor and a guest under it (tests/target/fuzz.c;
# ARCH=arm64: tests/target/arm64/fuzz64.c, the same three; tools/fuzz,
# doc/robustness.md). Ends with "fuzz: N calls, V violations, C crashes,
# seed S"; exits non-zero when V or C is not 0.

ifeq ($(ARCH),arm)

FUZZ_SRCS := tests/target/fuzz.c tests/target/hvc_frame.S \
	tests/target/probe_vectors.S tests/target/frame.c \
	tests/target/guest_run.c tests/target/guest_code.S
CALLS ?= 1000000
SEED ?= 1

# A negative control for the fuzzer: a stub that clobbers the caller's r4.
$(eval $(call variant_library,broken-clobber-r4,core/stub.c,\
	tests/target/broken_clobber_r4.S variants/stub_checked))
LIBCLOBBER := $(BUILD)/libhypstub-broken-clobber-r4.a

$(eval $(call image,fuzz,$(FUZZ_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,fuzz-broken-old-kvm,$(FUZZ_SRCS),$(LIBBROKEN)))
$(eval $(call image,fuzz-broken-clobber-r4,$(FUZZ_SRCS),$(LIBCLOBBER)))

all: $(BUILD)/fuzz.elf $(BUILD)/fuzz-broken-old-kvm.elf \
	$(BUILD)/fuzz-broken-clobber-r4.elf

.PHONY: fuzz
fuzz:
	@tools/fuzz --check --calls '$(CALLS)' --seed '$(SEED)' --cpu '$(CPU)'
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/fuzz --calls '$(CALLS)' --seed '$(SEED)' --cpu '$(CPU)' \
		$(BUILD)/fuzz.elf

else ifeq ($(ARCH),arm64)

# AArch64 (tests/target/arm64/fuzz64.c): the boot stub, the resident
# hypervisor and a guest under it (tests/target/arm64/guest_code.S).
FUZZ64_SRCS := tests/target/arm64/fuzz64.c tests/target/arm64/fuzz64_frame.S \
	tests/target/arm64/probe_vectors.S tests/target/arm64/check64.c \
	tests/target/arm64/guest_run.c tests/target/arm64/guest_code.S
CALLS ?= 1000000
SEED ?= 1

# A negative control for the fuzzer: a stub that clobbers the caller's x19.
$(eval $(call variant_library,broken-clobber-x19,core/stub.c,\
	tests/target/arm64/broken_clobber_x19.S variants/stub_checked))
LIBCLOBBER64 := $(BUILD)/libhypstub-broken-clobber-x19.a

$(eval $(call image,fuzz,$(FUZZ64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,fuzz-broken-old-kvm,$(FUZZ64_SRCS),$(LIBBROKEN)))
$(eval $(call image,fuzz-broken-clobber-x19,$(FUZZ64_SRCS),$(LIBCLOBBER64)))
# And for the hypervisor target: the pre-2017 KVM hypervisor (arch/arm64/
# build.mk), which runs x0 below HVC_STUB_HCALL_NR as code.
$(eval $(call image,fuzz-broken-old-kvm-hyp,$(FUZZ64_SRCS),$(LIBBROKEN_HYP)))
# And for the guest target: a hypervisor that lets a guest's
# HVC_SOFT_RESTART through to the host's call (arch/arm64/build.mk).
$(eval $(call image,fuzz-broken-guest-restart,$(FUZZ64_SRCS),\
	$(BUILD)/libhypstub-broken-guest-restart.a))

all: $(BUILD)/fuzz.elf $(BUILD)/fuzz-broken-old-kvm.elf \
	$(BUILD)/fuzz-broken-clobber-x19.elf $(BUILD)/fuzz-broken-old-kvm-hyp.elf \
	$(BUILD)/fuzz-broken-guest-restart.elf

.PHONY: fuzz
fuzz:
	@tools/fuzz --check --arch arm64 --calls '$(CALLS)' --seed '$(SEED)' \
		--cpu '$(CPU)'
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/fuzz --arch arm64 --calls '$(CALLS)' --seed '$(SEED)' \
		--cpu '$(CPU)' $(BUILD)/fuzz.elf

endif
