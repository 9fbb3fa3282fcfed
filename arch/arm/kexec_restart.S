/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of kexec and kdump in SVC (or any PL1 mode): mask, turn the
 * PL1 MMU and caches off, then either HVC_SOFT_RESTART, whose code cleans the
 * data cache once with both SCTLR.C and HSCTLR.C clear (the payload starts in
 * HYP), or, for a kernel that did not enter in HYP, that one clean here and a
 * jump to the payload in this mode. From the moment SCTLR.C is clear until
 * the clean, only registers are used: a store then would reach RAM under a
 * dirty line the clean writes back over it. The code must run from an
 * identity-mapped address, so the MMU can go off under its feet.
 */
#include <arch/arm/asm.h>
#include <hypstub/abi.h>
#include <hypstub/kexec.h>

	.syntax unified
	.arm
	.arch_extension virt
	.text

/* uint32_t kexec_arch_restart(const struct kexec_image *image, int use_hvc) */
FUNC_START kexec_arch_restart
	push	{r4-r11, lr}
	cpsid	aif
	ldr	r8, [r0, #KEXEC_IMAGE_ENTRY]
	ldr	r9, [r0, #KEXEC_IMAGE_R0]
	ldr	r10, [r0, #KEXEC_IMAGE_R1]
	ldr	r11, [r0, #KEXEC_IMAGE_R2]
	mov	r4, r1				@ use_hvc
	MMU_CACHES_OFF 0			@ SCTLR: registers only from here
	mov	r0, #0
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL
	dsb	sy
	isb
	cmp	r4, #0
	beq	1f
	mov	r0, #HVC_SOFT_RESTART
	mov	r1, r8
	mov	r2, r9
	mov	r3, r10
	mov	ip, r11
	hvc	#0
	/*
	 * Refused: the entry was checked, so HYP is not what it should be.
	 * Clean before the stack is read with the caches off, and return the
	 * call's r0 with the MMU off.
	 */
	mov	r8, r0
	bl	arch_dcache_clean_invalidate_all
	mov	r0, r8
	pop	{r4-r11, pc}
	/* No HYP: the one clean here, then the payload in SVC. */
1:	bl	arch_dcache_clean_invalidate_all
	mov	r0, #0
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	dsb	sy
	isb
	mov	r3, r8				@ r8-r11 are banked in FIQ mode
	mov	r0, r9
	mov	r1, r10
	mov	r2, r11
	cps	#PSR_MODE_SVC
	bx	r3
SYM_END kexec_arch_restart
