# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/hyp_main.c
# why: an ID outside the table answers success
# run: build/host/test_hyp
# run: tools/run-conformance --timeout 90 --poke 0x40f00008=1 build/arm-llvm/conformance.elf
/^static int hyp_dispatch_own_call(/,/^}/ s/return hyp_return_value(ctx, SMCCC_RET_NOT_SUPPORTED);/return hyp_return_value(ctx, 0);/
