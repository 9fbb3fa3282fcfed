/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of HVC_SOFT_RESTART, shared by the stub and the resident
 * hypervisor. Entered in HYP with r8 = payload entry and r9, r10, r11 = the
 * payload's r0, r1, r2. Uses no stack and no memory once the caches are off,
 * so it works whatever state HYP and PL1 were in.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>

	.syntax unified
	.arm
	.arch_extension virt
	.section .text.hypstub, "ax", %progbits

CODE_START hyp_soft_restart
	cpsid	aif
	/* PL1's MMU and caches off: the payload will drop to PL1 later. */
	MMU_CACHES_OFF 0
	HYP_MMU_OFF_AND_CLEAN
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL (PL1; r0 is 0)
	dsb	sy
	isb
	mov	r0, r9
	mov	r1, r10
	mov	r2, r11
	bx	r8
SYM_END hyp_soft_restart
