# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/cache.S
# why: the arm64 set/way clean skips levels
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
s/^4:\tadd\tx1, x1, #2$/4:\tadd\tx1, x1, #4/
