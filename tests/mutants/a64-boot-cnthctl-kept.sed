# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_arch.c
# why: CNTHCTL_EL2 is not reset at boot
# run: tools/run-qemu --arch arm64 --timeout 60 build/arm64-llvm/dirty-boot.elf
s/^\twrite_cnthctl_el2(CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);$//
