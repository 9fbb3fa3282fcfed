# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/restart.S
# why: the soft restart leaves A, I and F as they were
# run: tools/trace-oracle --scenario 1 build/arm-llvm/oracle.elf
# run: tools/run-conformance --smp 2 build/arm-llvm/spec.elf
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/^\tcpsid\taif$/\tnop/
