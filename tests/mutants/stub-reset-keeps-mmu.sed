# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: HVC_RESET_VECTORS leaves the HYP MMU as it was
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/^\tstub_arch_hyp_mmu_off();$//
