/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Clean and invalidate every data and unified cache level up to the level of
 * coherency by set/way. Touches no memory, so it is safe with the caches just
 * turned off. Clobbers x0-x10 and the flags; no stack.
 */
#include <arch/arm64/asm.h>

	.section .text.hypstub, "ax", %progbits

FUNC_START arch_dcache_clean_invalidate_all
	dmb	sy
	mrs	x0, clidr_el1
	ubfx	x3, x0, #24, #3			/* LoC */
	lsl	x3, x3, #1			/* in CSSELR's level format */
	cbz	x3, 5f
	mov	x1, #0				/* level << 1 */
1:	add	x2, x1, x1, lsr #1		/* level * 3: its Ctype */
	lsr	x4, x0, x2
	and	x4, x4, #7
	cmp	x4, #2				/* 2 and above: a data cache */
	b.lt	4f
	msr	csselr_el1, x1
	isb
	mrs	x4, ccsidr_el1
	and	x5, x4, #7
	add	x5, x5, #4			/* log2(line length) */
	ubfx	x6, x4, #3, #10			/* ways - 1 */
	clz	w7, w6				/* the way field's shift */
	ubfx	x4, x4, #13, #15		/* sets - 1 */
2:	mov	x8, x6
3:	lsl	x9, x8, x7
	orr	x9, x9, x1
	lsl	x10, x4, x5
	orr	x9, x9, x10
	dc	cisw, x9
	subs	x8, x8, #1
	b.ge	3b
	subs	x4, x4, #1
	b.ge	2b
4:	add	x1, x1, #2
	cmp	x3, x1
	b.gt	1b
5:	msr	csselr_el1, xzr
	dsb	sy
	isb
	ret
SYM_END arch_dcache_clean_invalidate_all
