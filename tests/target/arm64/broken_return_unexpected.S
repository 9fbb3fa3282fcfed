/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: the end of an unexpected exception
 * at EL2 skips the faulting instruction and returns to it, silently. The
 * AArch64 exceptions suite must fail on it ([A64-UNEXPECTED-1]).
 */
#include <arch/arm64/asm.h>

	.section .text.hypstub, "ax", %progbits

CODE_START hyp_mode_halt
	mrs	x2, elr_el2
	add	x2, x2, #4
	msr	elr_el2, x2
	eret
SYM_END hyp_mode_halt
