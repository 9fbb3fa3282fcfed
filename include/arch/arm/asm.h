/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch32 assembly helpers: the symbol annotations of
 * <arch/asm-symbols.h>, vector tables whose slots fail the build when they
 * overflow, and the sequences several files share.
 */
#ifndef ARCH_ARM_ASM_H
#define ARCH_ARM_ASM_H

#ifdef __ASSEMBLY__
/* The macros below use HYP_VECTOR_*, SCTLR_* and PLAT_MPIDR_CPU_MASK. */
#include <arch/arm/sysreg.h>
#include <arch/arm/vectors.h>
#include <arch/asm-symbols.h>
#include <plat/platform.h>

/* clang-format off */

/*
 * A vector table: VECTOR_TABLE_START, then one VECTOR_SLOT per entry, each
 * holding a single instruction. VECTOR_SLOT moves to the slot's fixed offset
 * with .org, so a slot that outgrows its 4 bytes fails the build ("attempt to
 * move .org backwards" / "invalid .org offset"); VECTOR_TABLE_END pads the
 * table to its 32 bytes and fails the build the same way when it is larger.
 */
.macro VECTOR_TABLE_START name
	.balign 32
	CODE_START \name
.endm

.macro VECTOR_TABLE_END table
	.org \table + 32
	SYM_END \table
.endm

/*
 * A HYP vector slot's target for an exception the code does not expect:
 * report it, naming "who" (a string label), and halt (arch/arm/hyp_halt.S).
 */
.macro HYP_UNEXPECTED prefix, name, offset, who
LOCAL_CODE_START \prefix\()_unexpected_\name
	mov	r0, #\offset
	ldr	r1, =\who
	b	hyp_mode_halt
SYM_END \prefix\()_unexpected_\name
.endm

/*
 * A complete HYP vector table: the HYP trap slot (hvc from PL1) goes to
 * "trap"; every other slot reports an unexpected exception naming "who" and
 * halts. Needs the HYP_VECTOR_* offsets of <core/stub.h>.
 */
.macro HYP_VECTOR_TABLE name, prefix, trap, who
VECTOR_TABLE_START \name
VECTOR_SLOT \name, HYP_VECTOR_RESET
	b	\prefix\()_unexpected_reset
VECTOR_SLOT \name, HYP_VECTOR_UNDEF
	b	\prefix\()_unexpected_undef
VECTOR_SLOT \name, HYP_VECTOR_HYP_CALL
	b	\prefix\()_unexpected_hyp_call
VECTOR_SLOT \name, HYP_VECTOR_PABORT
	b	\prefix\()_unexpected_pabort
VECTOR_SLOT \name, HYP_VECTOR_DABORT
	b	\prefix\()_unexpected_dabort
VECTOR_SLOT \name, HYP_VECTOR_HYP_TRAP
	b	\trap
VECTOR_SLOT \name, HYP_VECTOR_IRQ
	b	\prefix\()_unexpected_irq
VECTOR_SLOT \name, HYP_VECTOR_FIQ
	b	\prefix\()_unexpected_fiq
VECTOR_TABLE_END \name
HYP_UNEXPECTED \prefix, reset, HYP_VECTOR_RESET, \who
HYP_UNEXPECTED \prefix, undef, HYP_VECTOR_UNDEF, \who
HYP_UNEXPECTED \prefix, hyp_call, HYP_VECTOR_HYP_CALL, \who
HYP_UNEXPECTED \prefix, pabort, HYP_VECTOR_PABORT, \who
HYP_UNEXPECTED \prefix, dabort, HYP_VECTOR_DABORT, \who
HYP_UNEXPECTED \prefix, irq, HYP_VECTOR_IRQ, \who
HYP_UNEXPECTED \prefix, fiq, HYP_VECTOR_FIQ, \who
.endm

/* rd = this CPU's index (MPIDR.Aff0 on the platforms supported). */
.macro CPU_INDEX rd
	mrc	p15, 0, \rd, c0, c0, 5		@ MPIDR
	and	\rd, \rd, #PLAT_MPIDR_CPU_MASK
.endm

/*
 * Clear M, C and I of the system control register at op1 (0: SCTLR, PL1;
 * 4: HSCTLR, HYP): that regime's MMU and caches off. Clobbers r0.
 */
.macro MMU_CACHES_OFF op1
	mrc	p15, \op1, r0, c1, c0, 0
	bic	r0, r0, #SCTLR_I
	bic	r0, r0, #(SCTLR_M | SCTLR_C)
	mcr	p15, \op1, r0, c1, c0, 0
	isb
.endm

/*
 * Invalidate the instruction cache, the branch predictor and the HYP TLB,
 * after HYP's MMU changed. Clobbers r0.
 */
.macro HYP_INVALIDATE
	mov	r0, #0
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	mcr	p15, 4, r0, c8, c7, 0		@ TLBIALLH
	dsb	sy
	isb
.endm

/*
 * Turn the HYP MMU and caches off, then clean and invalidate the data cache
 * by set/way and invalidate the instruction cache and HYP TLB. Touches no
 * memory in between, so what the caches held reaches RAM. Clobbers r0-r7,
 * ip and lr.
 */
.macro HYP_MMU_OFF_AND_CLEAN
	MMU_CACHES_OFF 4
	bl	arch_dcache_clean_invalidate_all
	HYP_INVALIDATE
.endm

/* clang-format on */
#endif /* __ASSEMBLY__ */
#endif /* ARCH_ARM_ASM_H */
