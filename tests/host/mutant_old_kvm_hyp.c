// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL for the host tests of hyp/hyp_main.c: a hypervisor that
 * takes r0 below HVC_STUB_HCALL_NR as a function pointer, as pre-2017 KVM
 * did. On the host it records the branch instead of taking it and "returns"
 * 0, as the called code would.
 */
#include <arch/portable.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

int hyp_handle_trap_checked(struct hyp_context *ctx);

uint32_t mutant_branched_to;

int hyp_handle_trap(struct hyp_context *ctx)
{
	if (ESR_EC(ctx->esr) == ESR_EC_HVC &&
	    (ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0 &&
	    ctx->r[0] < HVC_STUB_HCALL_NR) {
		mutant_branched_to = ctx->r[0];
		ctx->r[0] = 0;
		return HYP_NEXT_RETURN;
	}
	return hyp_handle_trap_checked(ctx);
}
