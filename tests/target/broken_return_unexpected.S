/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: the end of an unexpected exception
 * in HYP skips the faulting instruction and returns to it, silently, instead
 * of reporting it and halting. The exceptions suite must fail on it
 * ([UNEXPECTED-1] to [UNEXPECTED-5]).
 */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.arch_extension virt
	.section .text.hypstub, "ax", %progbits

CODE_START hyp_mode_halt
	mrs	r2, elr_hyp
	add	r2, r2, #4
	msr	elr_hyp, r2
	eret
SYM_END hyp_mode_halt
