/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: the last steps of
 * HVC_SOFT_RESTART as in arch/arm/restart.S, but the payload is entered with
 * a trap still on (HCR.TSC: PL1's smc traps to HYP), as a hypervisor that
 * forgets to undo its configuration would. The spec suite must fail on it,
 * naming [ENTRY-A32-2].
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>

#define HCR_TSC (1 << 19)

	.syntax unified
	.arm
	.arch_extension virt
	.section .text.hypstub, "ax", %progbits

CODE_START hyp_soft_restart
	cpsid	aif
	MMU_CACHES_OFF 0
	HYP_MMU_OFF_AND_CLEAN
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL (PL1; r0 is 0)
	mov	r0, #HCR_TSC
	mcr	p15, 4, r0, c1, c1, 0		@ HCR: the bug
	dsb	sy
	isb
	mov	r0, r9
	mov	r1, r10
	mov	r2, r11
	bx	r8
SYM_END hyp_soft_restart
