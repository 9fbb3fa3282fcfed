# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_vectors.S
# why: HYP_CALL_INIT turns the caches on but not the EL2 MMU
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
s/^\torr\tx0, x0, #SCTLR_M$/\tnop/
