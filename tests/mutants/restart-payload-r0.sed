# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/restart.S
# why: the payload's r0 is the caller's r3
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
s/^\tmov\tr0, r9$/\tmov\tr0, r10/
