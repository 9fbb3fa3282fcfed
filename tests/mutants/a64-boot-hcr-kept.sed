# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_arch.c
# why: HCR_EL2 is not reset at boot
# run: tools/run-qemu --arch arm64 --timeout 60 build/arm64-llvm/dirty-boot.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
s/^\twrite_hcr_el2(HCR_EL2_RW);$//
