// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: the pre-2017 behaviour. An hvc
 * whose r0 is not a known call is taken as a function pointer and branched
 * to in HYP, as the old KVM code did. The conformance suite must fail on it.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hypstub/abi.h>

int stub_handle_trap_checked(struct stub_context *ctx);

int stub_handle_trap(struct stub_context *ctx)
{
	if (ESR_EC(ctx->esr) == ESR_EC_HVC && ctx->r[0] != HVC_SET_VECTORS &&
	    ctx->r[0] != HVC_SOFT_RESTART && ctx->r[0] != HVC_RESET_VECTORS &&
	    ctx->r[0] != HYPSTUB_CALL_QUERY) {
		void (*function)(void) = (void (*)(void))(uintptr_t)ctx->r[0];

		function();
		ctx->r[0] = 0;
		return STUB_NEXT_RETURN;
	}
	return stub_handle_trap_checked(ctx);
}
