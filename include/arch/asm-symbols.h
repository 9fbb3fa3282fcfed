/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Symbol annotations for assembly, both architectures: a C-callable function
 * (FUNC_START) versus code entered by an exception, an eret or a jump, which
 * follows no calling convention and so gets no function type, as Linux's
 * SYM_CODE_* (CODE_START, LOCAL_CODE_START); each ends
 * with SYM_END, which gives it a size. And VECTOR_SLOT, which moves to a
 * vector slot's fixed offset with .org, so a slot that outgrows its room
 * fails the build ("attempt to move .org backwards" / "invalid .org
 * offset").
 */
#ifndef ARCH_ASM_SYMBOLS_H
#define ARCH_ASM_SYMBOLS_H

#ifdef __ASSEMBLY__
/* clang-format off */
.macro FUNC_START name
	.global \name
	.type \name, %function
	.balign 4
\name:
.endm

.macro CODE_START name
	.global \name
	.type \name, %notype
	.balign 4
\name:
.endm

.macro LOCAL_CODE_START name
	.type \name, %notype
	.balign 4
\name:
.endm

.macro SYM_END name
	.size \name, . - \name
.endm

.macro VECTOR_SLOT table, offset
	.org \table + \offset
.endm
/* clang-format on */
#endif /* __ASSEMBLY__ */
#endif /* ARCH_ASM_SYMBOLS_H */
