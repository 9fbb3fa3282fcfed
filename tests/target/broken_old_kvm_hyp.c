// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: a resident hypervisor with the
 * pre-2017 KVM behaviour. It never learnt the stub calls: an hvc #0 with r0
 * below HVC_STUB_HCALL_NR is taken as a function pointer, so a crashing
 * kernel's HVC_SOFT_RESTART (r0 = 1) branches to address 1 and its
 * HVC_RESET_VECTORS to address 2. Its own SMCCC calls still work, so it
 * installs. The conformance suite must fail on it.
 */
#include <arch/portable.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

int hyp_handle_trap_checked(struct hyp_context *ctx);

int hyp_handle_trap(struct hyp_context *ctx)
{
	if (ESR_EC(ctx->esr) == ESR_EC_HVC &&
	    (ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0 &&
	    ctx->r[0] < HVC_STUB_HCALL_NR) {
		void (*function)(uint32_t, uint32_t, uint32_t) = (void (*)(
			uint32_t, uint32_t, uint32_t))(uintptr_t)ctx->r[0];

		function(ctx->r[1], ctx->r[2], ctx->r[3]);
		ctx->r[0] = 0;
		return HYP_NEXT_RETURN;
	}
	return hyp_handle_trap_checked(ctx);
}
