# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/hyp_main.c
# why: the hypervisor ignores the hvc immediate
# run: build/host/test_hyp
# run: tools/run-conformance --timeout 90 --poke 0x40f00008=1 build/arm-llvm/conformance.elf
s/if ((ctx->esr \& ESR_ISS_HVC_IMM_MASK) != HVC_STUB_IMMEDIATE)/if (0)/
