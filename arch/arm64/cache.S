/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Data cache maintenance, AArch64. The restart paths clean by virtual
 * address only, to the point of coherency: the arm64 boot protocol asks
 * for the loaded image to be cleaned that way, set/way operations being
 * unsuitable where system caches or other coherent masters exist. Both
 * functions are safe to run with the caches just turned off: they touch
 * no memory but a table that is never written at run time.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/cache.h>

	.section .text.hypstub, "ax", %progbits

/*
 * void arch_dcache_clean_invalidate_ranges(const struct arch_range *ranges,
 *                                          uint64_t count)
 * Clean and invalidate to the point of coherency, by VA, every line of the
 * count ranges at x0. Clobbers x0-x5 and the flags; no stack.
 */
FUNC_START arch_dcache_clean_invalidate_ranges
	dmb	sy
1:	cbz	x1, 2f
	sub	x1, x1, #1
	ldr	x2, [x0, #ARCH_RANGE_START]
	ldr	x3, [x0, #ARCH_RANGE_SIZE]
	add	x0, x0, #ARCH_RANGE_BYTES
	DCACHE_CLEAN_INVALIDATE_RANGE x2, x3, x4, x5
	b	1b
2:	dsb	sy
	isb
	ret
SYM_END arch_dcache_clean_invalidate_ranges

/*
 * Clean and invalidate every data and unified cache level up to the level of
 * coherency by set/way. No restart path uses it any more (they clean by
 * VA); make bench times it, as the cost a set/way pass would add. Touches
 * no memory. Clobbers x0-x10 and the flags; no stack.
 */
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
