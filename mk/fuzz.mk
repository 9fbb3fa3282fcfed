# SPDX-License-Identifier: BSD-2-Clause
#
# make fuzz [CALLS=n] [SEED=s]: the in-target hvc fuzzer against the boot
# stub, the resident hypervisor and a guest under it (tests/target/fuzz.c;
# ARCH=arm64: tests/target/arm64/fuzz64.c, the boot stub so far; tools/fuzz,
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

# AArch64: the boot stub so far (tests/target/arm64/fuzz64.c); the resident
# hypervisor and a guest join it when hyp/arm64 does.
FUZZ64_SRCS := tests/target/arm64/fuzz64.c tests/target/arm64/fuzz64_frame.S \
	tests/target/arm64/probe_vectors.S tests/target/arm64/check64.c
CALLS ?= 1000000
SEED ?= 1

# A negative control for the fuzzer: a stub that clobbers the caller's x19.
$(eval $(call variant_library,broken-clobber-x19,core/stub.c,\
	tests/target/arm64/broken_clobber_x19.S variants/stub_checked))
LIBCLOBBER64 := $(BUILD)/libhypstub-broken-clobber-x19.a

$(eval $(call image,fuzz,$(FUZZ64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,fuzz-broken-old-kvm,$(FUZZ64_SRCS),$(LIBBROKEN)))
$(eval $(call image,fuzz-broken-clobber-x19,$(FUZZ64_SRCS),$(LIBCLOBBER64)))

all: $(BUILD)/fuzz.elf $(BUILD)/fuzz-broken-old-kvm.elf \
	$(BUILD)/fuzz-broken-clobber-x19.elf

.PHONY: fuzz
fuzz:
	@tools/fuzz --check --arch arm64 --calls '$(CALLS)' --seed '$(SEED)' \
		--cpu '$(CPU)'
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/fuzz --arch arm64 --calls '$(CALLS)' --seed '$(SEED)' \
		--cpu '$(CPU)' $(BUILD)/fuzz.elf

endif
