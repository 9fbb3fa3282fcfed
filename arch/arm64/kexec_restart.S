/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of kexec and kdump at EL1, AArch64: mask, turn the EL1
 * MMU and caches off, clean to the point of coherency by VA the payload,
 * its DTB and this code (the only memory anything reads with the caches
 * off from here: doc/kexec.md), invalidate, then HVC_SOFT_RESTART (the
 * payload starts at EL2) or, for a kernel that did not enter at EL2, a
 * jump to the payload at EL1. No set/way operation. From the moment
 * SCTLR_EL1.C is clear until the hvc only registers are used, so no write
 * can reach a line after its clean. Must run identity-mapped.
 */
#include <arch/arm64/asm.h>
#include <core/kexec_extent.h>
#include <hypstub/abi.h>
#include <hypstub/kexec.h>

	.text

/* hypstub_reg_t kexec_arch_restart(const struct kexec_image *, int use_hvc) */
FUNC_START kexec_arch_restart
	stp	x29, x30, [sp, #-(96 + KEXEC_EXTENTS * KEXEC_EXTENT_BYTES)]!
	mov	x29, sp
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	mov	x19, x0
	mov	x23, x1				/* use_hvc */
	/* The extents, computed with the caches on (kexec_extent.c). */
	add	x1, sp, #96
	bl	kexec_arch_extents
	ldp	x24, x25, [sp, #(96 + KEXEC_EXTENT_PAYLOAD * KEXEC_EXTENT_BYTES)]
	ldp	x26, x27, [sp, #(96 + KEXEC_EXTENT_DTB * KEXEC_EXTENT_BYTES)]
	ldr	x20, [x19, #KEXEC_IMAGE_R0]
	ldr	x21, [x19, #KEXEC_IMAGE_R1]
	ldr	x22, [x19, #KEXEC_IMAGE_R2]
	ldr	x19, [x19, #KEXEC_IMAGE_ENTRY]
	msr	daifset, #0xf
	mrs	x28, sctlr_el1			/* given back if the hvc fails */
	MMU_CACHES_OFF el1			/* registers only from here */
	DCACHE_CLEAN_INVALIDATE_RANGE x24, x25, x0, x1
	DCACHE_CLEAN_INVALIDATE_RANGE x26, x27, x0, x1
	adr	x2, kexec_arch_restart
	adr	x3, kexec_arch_restart_end
	sub	x3, x3, x2
	DCACHE_CLEAN_INVALIDATE_RANGE x2, x3, x0, x1
	dsb	sy
	ic	iallu
	tlbi	vmalle1
	dsb	sy
	isb
	cbz	x23, 1f
	mov	x0, #HVC_SOFT_RESTART
	mov	x1, x19
	mov	x2, x20
	mov	x3, x21
	mov	x4, x22
	hvc	#0
	/*
	 * Refused: the entry was checked, so EL2 is not what it should be.
	 * Nothing was written since the caches went off, so turning them
	 * back on finds every line as it was; return with the MMU on.
	 */
	msr	sctlr_el1, x28
	isb
	ldp	x27, x28, [sp, #80]
	ldp	x25, x26, [sp, #64]
	ldp	x23, x24, [sp, #48]
	ldp	x21, x22, [sp, #32]
	ldp	x19, x20, [sp, #16]
	ldp	x29, x30, [sp], #(96 + KEXEC_EXTENTS * KEXEC_EXTENT_BYTES)
	ret
	/* No EL2: enter the payload at EL1. */
1:	mov	x0, x20
	mov	x1, x21
	mov	x2, x22
	mov	x3, xzr
	br	x19
kexec_arch_restart_end:
SYM_END kexec_arch_restart
