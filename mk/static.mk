# SPDX-License-Identifier: BSD-2-Clause
#
# make static-analysis: clang-tidy (.clang-tidy) and cppcheck over every C
# file, with zero findings allowed, then the negative control that proves
# the gate can fail (tools/static-analysis, tests/static/bad.c). make check
# runs both (tests/suite.d/static.list).
#
# The flags are the build's: the target's for the bare-metal code (clang's
# spelling of ARCHFLAGS whatever TOOLCHAIN is), the host tests' without the
# sanitizers for tests/host/, tests/fuzz/ and core/ as the host builds it.

STATIC_TARGET_FLAGS := --target=armv7a-none-eabi \
	$(filter-out -MMD -MP,$(CPPFLAGS)) \
	$(filter-out -mfpu=%,$(CFLAGS)) -mfpu=none
STATIC_HOST_FLAGS := $(filter-out -fsanitize=% -fno-sanitize-recover=%,\
	$(HOST_CFLAGS))
# The AArch64 code (ARCH=arm64), with the flags arch/arm64 builds with.
STATIC_TARGET64_FLAGS := --target=aarch64-none-elf \
	$(filter-out -MMD -MP,$(CPPFLAGS)) \
	$(filter-out $(ARCHFLAGS),$(CFLAGS)) \
	-march=armv8-a -mgeneral-regs-only -mstrict-align

.PHONY: static-analysis static-analysis-flags
static-analysis: deps
	@STATIC_TARGET_FLAGS='$(STATIC_TARGET_FLAGS)' \
		STATIC_TARGET64_FLAGS='$(STATIC_TARGET64_FLAGS)' \
		STATIC_HOST_FLAGS='$(STATIC_HOST_FLAGS)' tools/static-analysis
	@STATIC_TARGET_FLAGS='$(STATIC_TARGET_FLAGS)' \
		STATIC_TARGET64_FLAGS='$(STATIC_TARGET64_FLAGS)' \
		STATIC_HOST_FLAGS='$(STATIC_HOST_FLAGS)' \
		tools/static-analysis --self-test

# For tools/static-analysis when it runs outside make: one line each.
static-analysis-flags:
	@echo '$(strip $(STATIC_TARGET_FLAGS))'
	@echo '$(strip $(STATIC_HOST_FLAGS))'
	@echo '$(strip $(STATIC_TARGET64_FLAGS))'
