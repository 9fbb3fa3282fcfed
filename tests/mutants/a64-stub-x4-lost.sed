# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_vectors.S
# why: the arm64 stub gives x4 back wrong
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
0,/^\tldr\tx4, \[sp, #STUB_CTX_IP\]$/ s//\tmov\tx4, xzr/
