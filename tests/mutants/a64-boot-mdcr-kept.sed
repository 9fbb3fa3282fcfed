# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_arch.c
# why: MDCR_EL2 is not reset at boot
# run: tools/run-qemu --arch arm64 --timeout 60 build/arm64-llvm/dirty-boot.elf
s/^\twrite_mdcr_el2((read_pmcr_el0() >> PMCR_N_SHIFT) & PMCR_N_MASK);$//
