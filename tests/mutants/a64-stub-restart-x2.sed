# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/stub_vectors.S
# why: the soft restart passes the caller's x3 as the payload's x2
# run: tools/run-conformance --arch arm64 --cpu cortex-a57 --poke 0x40f0000c=2 build/arm64-llvm/spec.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
s/^\tldr\tx22, \[sp, #STUB_CTX_IP\]\(.*\)$/\tldr\tx22, [sp, #STUB_CTX_R3]\1/
