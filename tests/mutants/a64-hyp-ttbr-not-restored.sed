# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_arch.c
# why: uninstall does not give TTBR0_EL2 back as HYP_CALL_INIT found it
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
s/^\twrite_ttbr0_el2(state->ttbr0);$//
