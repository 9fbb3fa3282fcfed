/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of kexec and kdump at EL1, AArch64: mask, clean the data
 * cache, turn the EL1 MMU and caches off, clean again, then HVC_SOFT_RESTART
 * (the payload starts at EL2) or, for a kernel that did not enter at EL2,
 * a jump to the payload at EL1. Must run identity-mapped.
 */
#include <arch/arm64/asm.h>
#include <hypstub/abi.h>
#include <hypstub/kexec.h>

	.text

/* hypstub_reg_t kexec_arch_restart(const struct kexec_image *, int use_hvc) */
FUNC_START kexec_arch_restart
	stp	x29, x30, [sp, #-48]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	msr	daifset, #0xf
	ldr	x19, [x0, #KEXEC_IMAGE_ENTRY]
	ldr	x20, [x0, #KEXEC_IMAGE_R0]
	ldr	x21, [x0, #KEXEC_IMAGE_R1]
	ldr	x22, [x0, #KEXEC_IMAGE_R2]
	mov	x29, x1				/* use_hvc: kept in a register */
	bl	arch_dcache_clean_invalidate_all
	MMU_CACHES_OFF el1
	bl	arch_dcache_clean_invalidate_all
	ic	iallu
	tlbi	vmalle1
	dsb	sy
	isb
	cbz	x29, 1f
	mov	x0, #HVC_SOFT_RESTART
	mov	x1, x19
	mov	x2, x20
	mov	x3, x21
	mov	x4, x22
	hvc	#0
	/* Refused: the entry was checked, so EL2 is not what it should be. */
	ldp	x21, x22, [sp, #32]
	ldp	x19, x20, [sp, #16]
	ldp	x29, x30, [sp], #48
	ret
	/* No EL2: enter the payload at EL1. */
1:	mov	x0, x20
	mov	x1, x21
	mov	x2, x22
	mov	x3, xzr
	br	x19
SYM_END kexec_arch_restart
