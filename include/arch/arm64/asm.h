/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch64 assembly helpers: the symbol annotations of <arch/asm-symbols.h>
 * and the vector table macros.
 * An AArch64 vector table has sixteen 128-byte slots; each VECTOR_SLOT moves
 * to its fixed offset with .org, so a slot that outgrows its 128 bytes fails
 * the build, and so does a table larger than 2 KiB.
 */
#ifndef ARCH_ARM64_ASM_H
#define ARCH_ARM64_ASM_H

#ifdef __ASSEMBLY__
#include <arch/arm64/sysreg.h>
#include <arch/asm-symbols.h>
#include <plat/platform.h>

/* clang-format off */
.macro VECTOR_TABLE_START name
	.balign 2048
	CODE_START \name
.endm

.macro VECTOR_TABLE_END table
	.org \table + 2048
	SYM_END \table
.endm

/* xd = this CPU's index (MPIDR_EL1.Aff0 on the platforms supported). */
.macro CPU_INDEX xd
	mrs	\xd, mpidr_el1
	and	\xd, \xd, #PLAT_MPIDR_CPU_MASK
.endm

/* Clear M, C and I of SCTLR_\el: that regime's MMU and caches off. */
.macro MMU_CACHES_OFF el
	mrs	x0, sctlr_\el
	bic	x0, x0, #SCTLR_I
	bic	x0, x0, #SCTLR_C
	bic	x0, x0, #SCTLR_M
	msr	sctlr_\el, x0
	isb
.endm

/*
 * Clean and invalidate to the point of coherency, by virtual address, every
 * data cache line of [\start, \start + \size): DC CIVAC on each line of the
 * smallest size CTR_EL0.DminLine reports, so no line is skipped whatever
 * the levels' sizes. Registers only (it runs with the caches off): \start
 * and \size are consumed, \line and \mask clobbered, with the flags.
 * Nothing for a size of 0. No DSB: the caller issues one after its last
 * range.
 */
.macro DCACHE_CLEAN_INVALIDATE_RANGE start, size, line, mask
	cbz	\size, .Lclean_done\@
	add	\size, \start, \size		/* the end */
	mrs	\line, ctr_el0
	ubfx	\line, \line, #16, #4		/* DminLine: log2(words) */
	mov	\mask, #4
	lsl	\line, \mask, \line		/* the smallest line, in bytes */
	sub	\mask, \line, #1
	bic	\start, \start, \mask		/* the first line */
.Lclean_line\@:
	dc	civac, \start
	add	\start, \start, \line
	cmp	\start, \size
	b.lo	.Lclean_line\@
.Lclean_done\@:
.endm
/* clang-format on */

#endif /* __ASSEMBLY__ */
#endif /* ARCH_ARM64_ASM_H */
