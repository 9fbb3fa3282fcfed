# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/restart.S
# why: the soft restart leaves the PL1 MMU on
# run: tools/trace-oracle --scenario 1 build/arm-llvm/oracle.elf
# run: tools/run-conformance --smp 2 build/arm-llvm/spec.elf
# run: tools/trace-oracle --scenario 5 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
s/^\tMMU_CACHES_OFF 0$/\tnop/
