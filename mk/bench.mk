# SPDX-License-Identifier: BSD-2-Clause
#
# make bench: instruction counts of the stub and hypervisor calls under QEMU
# with -icount, and the HYP-resident footprint (tools/bench,
# doc/performance.md). The table goes to stdout, the figures to
# build/bench.json (ARCH=arm64: build/bench-arm64.json).
#
#   make bench                 every figure, BENCH_REPETITIONS (default 1000)
#                              repetitions each
#   make bench BENCH_QUICK=1   the same figures, 10 repetitions each
#
# The bench kernel is built by "make all" too, so both toolchains compile it.

ifeq ($(ARCH),arm)

BENCH_SRCS := bench/bench.c bench/bench_restart.c bench/bench_timing.S \
	bench/bench_payload.S bench/bench_vectors.S

$(eval $(call image,bench,$(BENCH_SRCS),$(LIBHYPSTUB)))

all: $(BUILD)/bench.elf

BENCH_OPTIONS = --cpu '$(CPU)' --build '$(BUILD)' \
	--quick-flag '$(BENCH_QUICK)' \
	$(if $(BENCH_REPETITIONS),--repetitions '$(BENCH_REPETITIONS)')

.PHONY: bench
bench:
	@tools/bench --check $(BENCH_OPTIONS)
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/bench $(BENCH_OPTIONS)

else ifeq ($(ARCH),arm64)

# AArch64 (bench/arm64/): the same method and rows (bench/rows.txt),
# build/bench-arm64.json.
BENCH64_SRCS := bench/arm64/bench64.c bench/arm64/bench64_timing.S

$(eval $(call image,bench,$(BENCH64_SRCS),$(LIBHYPSTUB)))

all: $(BUILD)/bench.elf

BENCH_OPTIONS = --arch arm64 --cpu '$(CPU)' --build '$(BUILD)' \
	--quick-flag '$(BENCH_QUICK)' \
	$(if $(BENCH_REPETITIONS),--repetitions '$(BENCH_REPETITIONS)')

.PHONY: bench
bench:
	@tools/bench --check $(BENCH_OPTIONS)
	@tools/deps.sh
	@$(MAKE) --no-print-directory all
	@tools/bench $(BENCH_OPTIONS)

endif
