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
/* clang-format on */

#endif /* __ASSEMBLY__ */
#endif /* ARCH_ARM64_ASM_H */
