# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/stub_arch.c
# why: HCR is not reset at boot
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/^\twrite_hcr(0);$//
