# SPDX-License-Identifier: BSD-2-Clause
#
# kdump fault injection on AArch64 (tests/target/arm64/faults.c,
# tests/suite.d/faults64.list): the kernel, and its control linked with
# CPUs that never power off when stopped.
ifeq ($(ARCH),arm64)
FAULTS64_SRCS := tests/target/arm64/faults.c tests/target/arm64/check64.c \
	tests/target/arm64/guest_run.c tests/target/arm64/guest_code.S
$(eval $(call image,faults,$(FAULTS64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,faults-broken-cpu-stop,$(FAULTS64_SRCS),\
	$(LIBBROKEN_STOP)))
all: $(BUILD)/faults.elf $(BUILD)/faults-broken-cpu-stop.elf
endif
