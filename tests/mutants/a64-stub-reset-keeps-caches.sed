# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_arch.c
# why: HVC_RESET_VECTORS turns the EL2 MMU off but leaves the caches on
# run: tools/run-qemu --arch arm64 --timeout 60 build/arm64-llvm/dirty-boot.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
s/^\t\t\t~(uint64_t)(SCTLR_M | SCTLR_C | SCTLR_I));$/\t\t\t~(uint64_t)SCTLR_M);/
