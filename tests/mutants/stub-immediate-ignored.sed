# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: an hvc with a non-zero immediate is taken as a stub call
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/if ((ctx->esr \& ESR_ISS_HVC_IMM_MASK) != HVC_STUB_IMMEDIATE)/if (0)/
