/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A VBAR_EL2 table for tests: installed with HVC_SET_VECTORS, it answers the
 * next hvc by copying EL2's registers into probe64_snapshot, setting
 * VBAR_EL2 back to probe64_return_vbar and returning P64_MAGIC in x0. With
 * x1 = P64_DIRTY it first writes x2, x3 and x4 to TCR_EL2, MAIR_EL2 and
 * TTBR0_EL2 (test64.h). It clobbers only x0-x2.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/vectors.h>
#include "test64.h"

	.text

.macro STUCK offset
VECTOR_SLOT probe64_vectors, \offset
1:	b	1b
.endm

VECTOR_TABLE_START probe64_vectors
STUCK EL2_VECTOR_CURRENT_SP0_SYNC
STUCK EL2_VECTOR_CURRENT_SP0_IRQ
STUCK EL2_VECTOR_CURRENT_SP0_FIQ
STUCK EL2_VECTOR_CURRENT_SP0_SERROR
STUCK EL2_VECTOR_CURRENT_SPX_SYNC
STUCK EL2_VECTOR_CURRENT_SPX_IRQ
STUCK EL2_VECTOR_CURRENT_SPX_FIQ
STUCK EL2_VECTOR_CURRENT_SPX_SERROR
VECTOR_SLOT probe64_vectors, EL2_VECTOR_LOWER64_SYNC
	b	probe64_hvc
STUCK EL2_VECTOR_LOWER64_IRQ
STUCK EL2_VECTOR_LOWER64_FIQ
STUCK EL2_VECTOR_LOWER64_SERROR
STUCK EL2_VECTOR_LOWER32_SYNC
STUCK EL2_VECTOR_LOWER32_IRQ
STUCK EL2_VECTOR_LOWER32_FIQ
STUCK EL2_VECTOR_LOWER32_SERROR
VECTOR_TABLE_END probe64_vectors

.macro SNAPSHOT offset, register
	mrs	x1, \register
	str	x1, [x0, #\offset]
.endm

LOCAL_CODE_START probe64_hvc
	ldr	x0, =P64_DIRTY
	cmp	x1, x0
	b.ne	1f
	msr	tcr_el2, x2
	msr	mair_el2, x3
	msr	ttbr0_el2, x4
	isb
1:	ldr	x0, =probe64_snapshot
	SNAPSHOT P64_HCR, hcr_el2
	SNAPSHOT P64_CPTR, cptr_el2
	SNAPSHOT P64_HSTR, hstr_el2
	SNAPSHOT P64_MDCR, mdcr_el2
	SNAPSHOT P64_CNTHCTL, cnthctl_el2
	SNAPSHOT P64_CNTVOFF, cntvoff_el2
	SNAPSHOT P64_VPIDR, vpidr_el2
	SNAPSHOT P64_VMPIDR, vmpidr_el2
	SNAPSHOT P64_MIDR, midr_el1
	SNAPSHOT P64_MPIDR, mpidr_el1
	SNAPSHOT P64_SCTLR, sctlr_el2
	SNAPSHOT P64_VBAR, vbar_el2
	SNAPSHOT P64_TCR, tcr_el2
	SNAPSHOT P64_MAIR, mair_el2
	SNAPSHOT P64_TTBR0, ttbr0_el2
	mov	x1, sp
	str	x1, [x0, #P64_SP]
	SNAPSHOT P64_SPSR, spsr_el2
	SNAPSHOT P64_PMCR, pmcr_el0
	ldr	x1, [x0, #P64_COUNT]
	add	x1, x1, #1
	str	x1, [x0, #P64_COUNT]
	ldr	x1, =probe64_return_vbar
	ldr	x1, [x1]
	msr	vbar_el2, x1
	isb
	ldr	x0, =P64_MAGIC
	eret
SYM_END probe64_hvc

	.data
	.balign 8
	.global probe64_snapshot, probe64_return_vbar
probe64_snapshot:
	.space	P64_SIZE
probe64_return_vbar:
	.quad	0
