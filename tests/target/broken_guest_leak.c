// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: a hypervisor that lets a guest's
 * HVC_SOFT_RESTART through to the host's stub call, so a guest can restart
 * the machine into code of its choosing. The guest suite must fail on it
 * ([GUEST-3]).
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

int hyp_handle_trap_checked(struct hyp_context *ctx);

int hyp_handle_trap(struct hyp_context *ctx)
{
	if (hyp_arch_in_guest() && ESR_EC(ctx->esr) == ESR_EC_HVC &&
	    (ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0 &&
	    ctx->r[0] == HVC_SOFT_RESTART &&
	    stub_restart_entry_is_valid(ctx->r[1])) {
		ctx->next_vbar = hyp_arch_stub_vectors();
		return HYP_NEXT_SOFT_RESTART;
	}
	return hyp_handle_trap_checked(ctx);
}
