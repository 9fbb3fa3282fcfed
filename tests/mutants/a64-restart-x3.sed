# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/restart.S
# why: the arm64 payload's x3 is left as it was
# run: tools/run-conformance --arch arm64 --cpu cortex-a57 --poke 0x40f0000c=2 build/arm64-llvm/spec.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
s/^\tmov\tx3, xzr.*$/\tnop/
