# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_arch.c
# why: HYP_CALL_MMU_CHECK leaves the host's PAR_EL1 as AT S1E2R wrote it
# run: tools/run-qemu --arch arm64 --timeout 60 build/arm64-llvm/dirty-boot.elf
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
s/^\twrite_par_el1(host_par);$/\twrite_par_el1(par + 0 * host_par);/
