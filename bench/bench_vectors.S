/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The floor: a HYP vector table whose trap slot (hvc from SVC) is a bare
 * eret, so an hvc round trip through it does nothing at all in HYP. It is
 * installed with HVC_SET_VECTORS, and it must be able to give HYP back to
 * the boot stub without adding to the measured path. The trap slot is
 * therefore "eretne": the timed hvc is issued with the condition flags clear
 * (bench_timing.S) and returns at once, in one instruction; the restore hvc
 * is issued with Z set (bench_floor_restore), falls through into the next
 * slot and, when r0 holds BENCH_FLOOR_RESTORE_MAGIC, sets HVBAR to r1. That
 * next slot is the IRQ slot: no IRQ is routed to HYP here (HCR.IMO is 0),
 * and one that did arrive would not hold the magic and is reported. Only
 * r0-r3 are used, as in a stub call. Every other slot reports and halts.
 */
#include <arch/arm/asm.h>
#include <core/stub.h>
#include "bench.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

VECTOR_TABLE_START bench_floor_vectors
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_RESET
	b	bench_floor_unexpected_reset
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_UNDEF
	b	bench_floor_unexpected_undef
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_HYP_CALL
	b	bench_floor_unexpected_hyp_call
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_PABORT
	b	bench_floor_unexpected_pabort
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_DABORT
	b	bench_floor_unexpected_dabort
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_HYP_TRAP
	eretne
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_IRQ
	b	bench_floor_hyp_restore
VECTOR_SLOT bench_floor_vectors, HYP_VECTOR_FIQ
	b	bench_floor_unexpected_fiq
VECTOR_TABLE_END bench_floor_vectors

/* The restore hvc (Z set): HVBAR = r1 when r0 holds the magic. */
LOCAL_CODE_START bench_floor_hyp_restore
	ldr	r2, =BENCH_FLOOR_RESTORE_MAGIC
	cmp	r0, r2
	bne	bench_floor_unexpected_irq
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	isb
	mov	r0, #0
	eret
SYM_END bench_floor_hyp_restore

HYP_UNEXPECTED bench_floor, reset, HYP_VECTOR_RESET, bench_floor_name
HYP_UNEXPECTED bench_floor, undef, HYP_VECTOR_UNDEF, bench_floor_name
HYP_UNEXPECTED bench_floor, hyp_call, HYP_VECTOR_HYP_CALL, bench_floor_name
HYP_UNEXPECTED bench_floor, pabort, HYP_VECTOR_PABORT, bench_floor_name
HYP_UNEXPECTED bench_floor, dabort, HYP_VECTOR_DABORT, bench_floor_name
HYP_UNEXPECTED bench_floor, irq, HYP_VECTOR_IRQ, bench_floor_name
HYP_UNEXPECTED bench_floor, fiq, HYP_VECTOR_FIQ, bench_floor_name

/*
 * uint32_t bench_floor_restore(uint32_t hvbar), from SVC: returns 0 when the
 * floor vectors were in place and HVBAR is now hvbar; any other HYP code
 * answers the unknown ID (HVC_STUB_ERR or SMCCC_RET_NOT_SUPPORTED).
 */
FUNC_START bench_floor_restore
	mov	r1, r0
	ldr	r0, =BENCH_FLOOR_RESTORE_MAGIC
	cmp	r0, r0				@ Z set: past the "eretne"
	hvc	#0
	bx	lr
SYM_END bench_floor_restore

	.section .rodata
bench_floor_name:
	.asciz	"bench floor vectors"
