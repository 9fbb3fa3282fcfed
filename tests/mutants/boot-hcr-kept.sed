# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/stub_arch.c
# why: HCR is not reset at boot
# run: tools/run-qemu --timeout 60 build/arm-llvm/dirty-boot.elf
s/^\twrite_hcr(0);$//
