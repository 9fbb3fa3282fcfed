// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: a boot stub whose error path
 * clears r1, which [CALL-2] alone would allow but the error rule [ERR-1]
 * does not. The spec suite must fail on it, naming [ERR-1].
 */
#include <core/stub.h>
#include <hypstub/abi.h>

int stub_handle_trap_checked(struct stub_context *ctx);

int stub_handle_trap(struct stub_context *ctx)
{
	int next = stub_handle_trap_checked(ctx);

	if (next == STUB_NEXT_RETURN && ctx->r[0] == HVC_STUB_ERR)
		ctx->r[1] = 0;
	return next;
}
