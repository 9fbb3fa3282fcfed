# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/kexec_restart.S
# why: without HYP, the payload is entered without a clean
# run: tools/run-conformance --timeout 90 --virt off --secure on build/arm-llvm/kexec.elf
# run: tools/trace-oracle --scenario 7 build/arm-llvm/oracle.elf
s/^1:\tbl\tarch_dcache_clean_invalidate_all$/1:\tnop/
