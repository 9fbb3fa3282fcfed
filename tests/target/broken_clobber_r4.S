/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: the boot stub's dispatcher, then
 * r4 overwritten before the vector code returns to the caller, which does
 * not restore it. A stub call must preserve r4 ([CALL-2]): the fuzzer and the
 * conformance suite must catch this.
 */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.text

/* int stub_handle_trap(struct stub_context *ctx) */
FUNC_START stub_handle_trap
	push	{r4, lr}
	bl	stub_handle_trap_checked
	pop	{r4, lr}
	ldr	r4, =0x0badbad4
	bx	lr
SYM_END stub_handle_trap
