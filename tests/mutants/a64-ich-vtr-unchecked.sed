# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_arch.c
# why: ICH_VTR_EL2 is read without checking for GICv3
# run: tools/run-conformance --arch arm64 --timeout 60 --poke 0x40f0000c=2 build/arm64-llvm/conformance.elf
s/^\t\tID_AA64PFR0_GIC_MASK) != 0;$/\t\tID_AA64PFR0_GIC_MASK) != 16;/
