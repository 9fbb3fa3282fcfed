# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/kexec_restart.S
# why: kexec and kdump leave the PL1 MMU on
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
# run: tools/run-conformance --timeout 90 --virt off --secure on build/arm-llvm/kexec.elf
s/^\tMMU_CACHES_OFF 0.*$/\tnop/
