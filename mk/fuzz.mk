# SPDX-License-Identifier: BSD-2-Clause
#
# make fuzz [CALLS=n] [SEED=s]: the in-target hvc fuzzer against the boot
# stub, the resident hypervisor and a guest under it (tests/target/fuzz.c,
# tools/fuzz,
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

else

# Not there yet for this architecture: say so rather than do nothing.
.PHONY: fuzz
fuzz:
	@echo "make fuzz: ARCH=$(ARCH): the in-target fuzzer is AArch32 only" \
		"so far; use ARCH=arm (make fuzz-host fuzzes the portable C)" >&2
	@exit 2

endif
