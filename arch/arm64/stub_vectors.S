/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The boot stub's EL2 vectors, AArch64. An hvc from EL1 arrives at the
 * "lower EL, AArch64, synchronous" slot, which saves x0-x4, ESR_EL2 and x30
 * in a struct stub_context and hands it to stub_handle_trap() (core/stub.c).
 * C may clobber x5-x18, which the ABI lets a stub call clobber; x19-x29 it
 * preserves. Every other slot is an exception the stub never expects.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/vectors.h>
#include <core/stub.h>

	.section .text.hypstub, "ax", %progbits

.macro UNEXPECTED_SLOT offset
VECTOR_SLOT stub_vectors, \offset
	mov	x0, #\offset
	ldr	x1, =stub_name
	b	hyp_mode_halt
.endm

VECTOR_TABLE_START stub_vectors
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_SYNC
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_IRQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_FIQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_SERROR
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_SYNC
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_IRQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_FIQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_SERROR
VECTOR_SLOT stub_vectors, EL2_VECTOR_LOWER64_SYNC
	b	stub_hyp_trap
UNEXPECTED_SLOT EL2_VECTOR_LOWER64_IRQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER64_FIQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER64_SERROR
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_SYNC
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_IRQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_FIQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_SERROR
VECTOR_TABLE_END stub_vectors

LOCAL_CODE_START stub_hyp_trap
	sub	sp, sp, #STUB_CTX_SIZE
	stp	x0, x1, [sp, #STUB_CTX_R0]
	stp	x2, x3, [sp, #STUB_CTX_R2]
	str	x4, [sp, #STUB_CTX_IP]
	mrs	x0, esr_el2
	str	x0, [sp, #STUB_CTX_ESR]
	str	x30, [sp, #STUB_CTX_LR]
	mov	x0, sp
	bl	stub_handle_trap
	cmp	x0, #STUB_NEXT_RETURN
	b.ne	1f
	ldr	x30, [sp, #STUB_CTX_LR]
	ldp	x0, x1, [sp, #STUB_CTX_R0]
	ldp	x2, x3, [sp, #STUB_CTX_R2]
	ldr	x4, [sp, #STUB_CTX_IP]
	add	sp, sp, #STUB_CTX_SIZE
	eret
1:	cmp	x0, #STUB_NEXT_SOFT_RESTART
	b.ne	2f
	ldr	x19, [sp, #STUB_CTX_R1]		/* entry */
	ldr	x20, [sp, #STUB_CTX_R2]		/* becomes the payload's x0 */
	ldr	x21, [sp, #STUB_CTX_R3]		/* ... x1 */
	ldr	x22, [sp, #STUB_CTX_IP]		/* ... x2 */
	b	hyp_soft_restart
2:	mov	x0, #EL2_VECTOR_LOWER64_SYNC
	ldr	x1, =stub_name
	b	hyp_mode_halt
SYM_END stub_hyp_trap

	.section .rodata
stub_name:
	.asciz	"boot stub"
