/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Assembly helpers: symbol annotations (a C-callable function vs code that is
 * entered by an exception or an eret and follows no calling convention) and
 * the vector-slot macro that fails the build when a slot overflows.
 */
#ifndef ARCH_ARM_ASM_H
#define ARCH_ARM_ASM_H

#ifdef __ASSEMBLY__
/* clang-format off */

/* A function that follows the AAPCS and may be called from C. */
.macro FUNC_START name
	.global \name
	.type \name, %function
	.balign 4
\name:
.endm

/* Code entered by an exception, an eret or a jump: no calling convention. */
.macro CODE_START name
	.global \name
	.type \name, %function
	.balign 4
\name:
.endm

.macro LOCAL_CODE_START name
	.type \name, %function
	.balign 4
\name:
.endm

.macro SYM_END name
	.size \name, . - \name
.endm

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

.macro VECTOR_SLOT table, offset
	.org \table + \offset
.endm

.macro VECTOR_TABLE_END table
	.org \table + 32
	SYM_END \table
.endm

/* clang-format on */
#endif /* __ASSEMBLY__ */
#endif /* ARCH_ARM_ASM_H */
