# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/restart.S
# why: the arm64 soft restart leaves DAIF as it was
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/conformance.elf
s/^\tmsr\tdaifset, #0xf$/\tnop/
