/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Data cache maintenance: the whole cache by set/way, which touches no
 * memory, and ranges by address, which reads only its table. Both are safe to
 * run with the caches just turned off: the soft restart and the hypervisor's
 * uninstall depend on that.
 */
#include <arch/arm/asm.h>
#include <arch/arm/cache.h>

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

/*
 * Clean and invalidate to the point of coherency, by address, every line of
 * the count ranges at r0 (struct arch_range, <arch/arm/cache.h>). Touches no
 * memory but the table. Clobbers r0-r5 and the flags; no stack.
 */
FUNC_START arch_dcache_clean_invalidate_ranges
	mrc	p15, 0, r2, c0, c0, 1		@ CTR
	ubfx	r2, r2, #16, #4			@ DminLine: log2(words)
	mov	r3, #4
	lsl	r2, r3, r2			@ the smallest data line, in bytes
	sub	r5, r2, #1
.Lrange:
	subs	r1, r1, #1
	blt	.Lranges_done
	ldr	r3, [r0, #ARCH_RANGE_START]
	ldr	r4, [r0, #ARCH_RANGE_SIZE]
	add	r0, r0, #ARCH_RANGE_BYTES
	add	r4, r4, r3			@ the end
	bic	r3, r3, r5			@ the start's line
.Lline:
	cmp	r3, r4
	bhs	.Lrange
	mcr	p15, 0, r3, c7, c14, 1		@ DCCIMVAC
	add	r3, r3, r2
	b	.Lline
.Lranges_done:
	dsb	sy
	isb
	bx	lr
SYM_END arch_dcache_clean_invalidate_ranges
