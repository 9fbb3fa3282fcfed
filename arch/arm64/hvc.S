/* SPDX-License-Identifier: BSD-2-Clause */
#include <arch/arm64/asm.h>

	.text

/* void hypstub_hvc(struct hypstub_regs *regs): x0-x4 in and out. */
FUNC_START hypstub_hvc
	stp	x19, x30, [sp, #-16]!
	mov	x19, x0
	ldp	x0, x1, [x19]
	ldp	x2, x3, [x19, #16]
	ldr	x4, [x19, #32]
	hvc	#0
	stp	x0, x1, [x19]
	stp	x2, x3, [x19, #16]
	str	x4, [x19, #32]
	ldp	x19, x30, [sp], #16
	ret
SYM_END hypstub_hvc
