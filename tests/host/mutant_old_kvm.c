// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL for the host tests: the old-KVM dispatcher, which takes an
 * unknown r0 as a function pointer. On the host it records the branch instead
 * of taking it (and "returns" 0, as the called code would), so the suite sees
 * the same results as on the target without jumping into the unknown.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hypstub/abi.h>

int stub_handle_trap_checked(struct stub_context *ctx);

uint32_t mutant_branched_to;

int stub_handle_trap(struct stub_context *ctx)
{
	if (ESR_EC(ctx->esr) == ESR_EC_HVC && ctx->r[0] != HVC_SET_VECTORS &&
	    ctx->r[0] != HVC_SOFT_RESTART && ctx->r[0] != HVC_RESET_VECTORS &&
	    ctx->r[0] != HYPSTUB_CALL_QUERY) {
		mutant_branched_to = ctx->r[0];
		ctx->r[0] = 0;
		return STUB_NEXT_RETURN;
	}
	return stub_handle_trap_checked(ctx);
}
