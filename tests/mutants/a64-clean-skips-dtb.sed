# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm64/kexec_restart.S
# why: the arm64 restart cleans the payload and itself by VA, not the DTB
# run: tools/trace-oracle --arch arm64 --scenario 4 build/arm64-llvm/oracle.elf
s/^\tDCACHE_CLEAN_INVALIDATE_RANGE x26, x27, x0, x1$/\tnop/
