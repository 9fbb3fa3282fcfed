# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/restart.S
# why: the PL1 TLB is not invalidated after the MMUs go off
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/^\tmcr\tp15, 0, r0, c8, c7, 0\t\t@ TLBIALL (PL1; r0 is 0)$/\tnop/
