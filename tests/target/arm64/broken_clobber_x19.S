/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: the boot stub's dispatcher, then
 * x19 overwritten before the vector code returns to the caller, which does
 * not restore it. A stub call must preserve x19-x30 ([A64-CALL-1]): the
 * AArch64 fuzzer must catch this.
 */
#include <arch/arm64/asm.h>

	.text

/* int stub_handle_trap(struct stub_context *ctx) */
FUNC_START stub_handle_trap
	stp	x19, x30, [sp, #-16]!
	bl	stub_handle_trap_checked
	ldp	x19, x30, [sp], #16
	ldr	x19, =0x0badbad00badbad0
	ret
SYM_END stub_handle_trap
