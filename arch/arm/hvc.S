/* SPDX-License-Identifier: BSD-2-Clause */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.arch_extension virt
	.text

/* void hypstub_hvc(struct hypstub_regs *regs): r0-r3 and ip in and out. */
FUNC_START hypstub_hvc
	push	{r4, lr}
	mov	r4, r0
	ldmia	r4, {r0-r3, ip}
	hvc	#0
	stmia	r4, {r0-r3, ip}
	pop	{r4, pc}
SYM_END hypstub_hvc
