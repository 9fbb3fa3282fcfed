# SPDX-License-Identifier: BSD-2-Clause
# file: core/kexec_stop.c
# why: a stopped CPU powers off from SVC, not through HYP
# run: tools/run-conformance --timeout 90 --smp 4 build/arm-llvm/smp.elf
# run: tests/target/cpu-off-mode.sh build/arm-llvm/smp.elf --smp 2 --timeout 90
# run: tests/target/cpu-off-mode.sh build/arm64-llvm/smp.elf --arch arm64 --smp 2 --timeout 90
s/kexec_arch_restart(\&off, hypstub_hyp_available());/kexec_arch_restart(\&off, 0);/
