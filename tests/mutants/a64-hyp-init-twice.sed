# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_arch.c
# why: a second HYP_CALL_INIT sets the hypervisor up again
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
s/^\tif (state->initialised) {$/\tif (0) {/
