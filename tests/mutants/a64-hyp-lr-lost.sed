# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_vectors.S
# why: the hypervisor's return leaves x30 as its C call left it
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
s/^\tldr\tx30, \[sp, #HYP_CTX_LR\]$/\tnop/
