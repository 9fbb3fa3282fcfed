/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Whole-cache maintenance by set/way. It touches no memory, so it is safe to
 * run with the caches just turned off: the soft-restart path depends on that.
 */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.section .text.hypstub, "ax", %progbits

/*
 * Clean and invalidate every data and unified cache level up to the level of
 * coherency (CLIDR.LoC). Clobbers r0-r7, ip and the flags; no stack.
 */
FUNC_START arch_dcache_clean_invalidate_all
	dmb
	mrc	p15, 1, r0, c0, c0, 1		@ CLIDR
	ubfx	r3, r0, #24, #3			@ LoC
	lsls	r3, r3, #1			@ LoC in CSSELR's level format
	beq	.Ldone
	mov	r1, #0				@ level << 1
.Llevel:
	add	r2, r1, r1, lsr #1		@ level * 3: this level's Ctype
	lsr	r4, r0, r2
	and	r4, r4, #7
	cmp	r4, #2				@ 2 and above have a data cache
	blt	.Lnext_level
	mcr	p15, 2, r1, c0, c0, 0		@ CSSELR: data cache of this level
	isb
	mrc	p15, 1, r4, c0, c0, 0		@ CCSIDR
	and	r5, r4, #7
	add	r5, r5, #4			@ log2(line length in bytes)
	ubfx	r6, r4, #3, #10			@ ways - 1
	clz	r7, r6				@ the way field's shift
	ubfx	r4, r4, #13, #15		@ sets - 1
.Lset:
	mov	r2, r6
.Lway:
	orr	ip, r1, r2, lsl r7
	orr	ip, ip, r4, lsl r5
	mcr	p15, 0, ip, c7, c14, 2		@ DCCISW
	subs	r2, r2, #1
	bge	.Lway
	subs	r4, r4, #1
	bge	.Lset
.Lnext_level:
	add	r1, r1, #2
	cmp	r3, r1
	bgt	.Llevel
.Ldone:
	mov	r1, #0
	mcr	p15, 2, r1, c0, c0, 0		@ CSSELR back to level 1
	dsb	sy
	isb
	bx	lr
SYM_END arch_dcache_clean_invalidate_all
