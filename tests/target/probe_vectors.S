/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A HYP vector table for tests: installed with HVC_SET_VECTORS, it answers
 * the next hvc by copying HYP's registers into probe_snapshot, setting HVBAR
 * back to probe_return_hvbar and returning PROBE_MAGIC in r0. It is how a
 * test in SVC sees HYP state. It clobbers only r0-r3 and ip, like a stub call.
 */
#include <arch/arm/asm.h>
#include "test_kernel.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

VECTOR_TABLE_START probe_vectors
VECTOR_SLOT probe_vectors, 0x00
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x04
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x08
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x0c
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x10
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x14
	b	probe_hvc
VECTOR_SLOT probe_vectors, 0x18
	b	probe_unexpected
VECTOR_SLOT probe_vectors, 0x1c
	b	probe_unexpected
VECTOR_TABLE_END probe_vectors

/* Store one 32-bit CP15 register at offset of probe_snapshot (r0). */
.macro SNAPSHOT offset, op1, crn, crm, op2
	mrc	p15, \op1, r1, \crn, \crm, \op2
	str	r1, [r0, #\offset]
.endm

LOCAL_CODE_START probe_hvc
	ldr	r0, =probe_snapshot
	SNAPSHOT PROBE_HSCTLR, 4, c1, c0, 0
	SNAPSHOT PROBE_HCR, 4, c1, c1, 0
	SNAPSHOT PROBE_HSTR, 4, c1, c1, 3
	SNAPSHOT PROBE_HCPTR, 4, c1, c1, 2
	SNAPSHOT PROBE_HDCR, 4, c1, c1, 1
	SNAPSHOT PROBE_CNTHCTL, 4, c14, c1, 0
	SNAPSHOT PROBE_VPIDR, 4, c0, c0, 0
	SNAPSHOT PROBE_VMPIDR, 4, c0, c0, 5
	SNAPSHOT PROBE_HVBAR, 4, c12, c0, 0
	SNAPSHOT PROBE_MIDR, 0, c0, c0, 0
	SNAPSHOT PROBE_MPIDR, 0, c0, c0, 5
	SNAPSHOT PROBE_PMCR, 0, c9, c12, 0
	SNAPSHOT PROBE_HTCR, 4, c2, c0, 2
	SNAPSHOT PROBE_HMAIR0, 4, c10, c2, 0
	SNAPSHOT PROBE_HMAIR1, 4, c10, c2, 1
	mrrc	p15, 4, r1, r2, c14		@ CNTVOFF
	str	r1, [r0, #PROBE_CNTVOFF_LOW]
	str	r2, [r0, #PROBE_CNTVOFF_HIGH]
	mrrc	p15, 4, r1, r2, c2		@ HTTBR
	str	r1, [r0, #PROBE_HTTBR_LOW]
	str	r2, [r0, #PROBE_HTTBR_HIGH]
	mrs	r1, spsr
	str	r1, [r0, #PROBE_SPSR]
	ldr	r1, [r0, #PROBE_COUNT]
	add	r1, r1, #1
	str	r1, [r0, #PROBE_COUNT]
	ldr	r1, =probe_return_hvbar
	ldr	r1, [r1]
	mcr	p15, 4, r1, c12, c0, 0
	isb
	ldr	r0, =PROBE_MAGIC
	eret
SYM_END probe_hvc

CODE_START probe_unexpected
1:	b	1b
SYM_END probe_unexpected

	.data
	.balign 4
	.global probe_snapshot, probe_return_hvbar
probe_snapshot:
	.space	PROBE_SIZE
probe_return_hvbar:
	.word	0
