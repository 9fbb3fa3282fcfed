# SPDX-License-Identifier: BSD-2-Clause
# Sourced by the scripts that start a kernel under QEMU: the parameter words.
# A runner passes a kernel its parameters by poking 32-bit words into RAM
# before the kernel starts (tools/run-qemu --poke ADDRESS=VALUE); the kernel
# reads them at PLAT_PARAM_WORD(n), PLAT_PARAM_BASE + 4 * n. The address is
# defined once, in the platform header, and read from there: scripts use the
# names below, never the number.
#
# The sourcing script sets $here to the tools/ directory. The kernels' side
# of each word: tests/target/test_kernel.h and tests/target/arm64/test64.h
# (test kernels), demo/demo.h (the demo), tests/target/fuzz.c (the fuzzer),
# bench/bench.h (the benchmarks).

params_header=${here:-tools}/../plat/${PLAT:-qemu-virt}/include/plat/platform.h
PARAM_BASE=$(sed -n 's/^#define PLAT_PARAM_BASE \(0x[0-9a-fA-F]*\)$/\1/p' \
	"$params_header" 2>/dev/null)
if [ -z "$PARAM_BASE" ]; then
	echo "params.sh: no \"#define PLAT_PARAM_BASE 0x...\" in $params_header" >&2
	exit 2
fi

# param_word N: the address of parameter word N, in hex.
param_word() {
	printf '0x%08x' $((PARAM_BASE + 4 * $1))
}

# The test kernels (tools/run-conformance, tests/target/*.sh).
PARAM_TEST_START_INDEX=$(param_word 0) # first test to run (after a hang)
PARAM_TEST_CASE=$(param_word 1)        # the exceptions kernel's case
PARAM_TEST_TARGET=$(param_word 2)      # 0: the boot stub, 1: the hypervisor
PARAM_TEST_GIC_VERSION=$(param_word 3) # the GIC QEMU was given (AArch64)

# The demo (tools/demo).
PARAM_DEMO_PAYLOAD=$(param_word 0)  # payload entry; 0: the crash kernel
PARAM_DEMO_SCENARIO=$(param_word 1) # 0: kdump, 1: kexec
PARAM_DEMO_CHAIN=$(param_word 2)    # further kexec generations

# The in-target fuzzer (tools/fuzz).
PARAM_FUZZ_SEED=$(param_word 0)
PARAM_FUZZ_CALLS=$(param_word 1)
PARAM_FUZZ_TARGET=$(param_word 2)

# The benchmarks (tools/bench).
PARAM_BENCH_REPETITIONS=$(param_word 0)
