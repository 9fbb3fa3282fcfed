/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 bench kernel's timed sequences and vector tables
 * (bench/arm64/bench64.c). Each sequence reads the cycle counter
 * (PMCCNTR_EL0), runs the code under measurement and reads it again; an isb
 * before each read keeps it in program order on real hardware (QEMU does
 * not need it). The "empty" variants are the same instructions without the
 * code under measurement: their count is what bench64.c subtracts.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/vectors.h>
#include <hypstub/abi.h>
#include <hypstub/kexec.h>
#include "bench64.h"

	.text

.macro READ_CYCLES xd
	isb
	mrs	\xd, pmccntr_el0
.endm

/*
 * uint64_t name(struct hypstub_regs *regs): x0-x4 from regs, then
 * "hvc #imm" between two counter reads; the registers go back to regs.
 * With hvc=0 the hvc is left out.
 */
.macro TIMED_HVC name, imm, hvc=1
FUNC_START \name
	stp	x19, x30, [sp, #-32]!
	stp	x20, x21, [sp, #16]
	mov	x19, x0
	ldp	x0, x1, [x19]
	ldp	x2, x3, [x19, #16]
	ldr	x4, [x19, #32]
	READ_CYCLES x20
	.if \hvc
	hvc	#\imm
	.endif
	READ_CYCLES x21
	stp	x0, x1, [x19]
	stp	x2, x3, [x19, #16]
	str	x4, [x19, #32]
	sub	x0, x21, x20
	ldp	x20, x21, [sp, #16]
	ldp	x19, x30, [sp], #32
	ret
SYM_END \name
.endm

TIMED_HVC bench64_time_hvc_imm_0, 0
TIMED_HVC bench64_time_hvc_imm_1, 1
TIMED_HVC bench64_time_empty, 0, hvc=0

/* uint64_t bench64_time_function(int (*function)(void), int *result) */
FUNC_START bench64_time_function
	stp	x19, x30, [sp, #-32]!
	stp	x20, x21, [sp, #16]
	mov	x19, x1
	mov	x16, x0
	READ_CYCLES x20
	blr	x16
	READ_CYCLES x21
	str	w0, [x19]
	sub	x0, x21, x20
	ldp	x20, x21, [sp, #16]
	ldp	x19, x30, [sp], #32
	ret
SYM_END bench64_time_function

/* int bench64_empty_function(void) */
FUNC_START bench64_empty_function
	mov	w0, #0
	ret
SYM_END bench64_empty_function

/* uint64_t bench64_time_nop_block(void): BENCH_NOP_BLOCK nops timed. */
FUNC_START bench64_time_nop_block
	READ_CYCLES x1
	.rept	BENCH_NOP_BLOCK
	nop
	.endr
	READ_CYCLES x2
	sub	x0, x2, x1
	ret
SYM_END bench64_time_nop_block

/*
 * uint64_t bench64_time_dcache_clean(void): the set/way clean of every
 * data cache level that every restart runs, timed from EL1 (EL1 may use
 * set/way operations). arch_dcache_clean_invalidate_all clobbers x0-x10.
 */
FUNC_START bench64_time_dcache_clean
	stp	x29, x30, [sp, #-16]!
	READ_CYCLES x11
	bl	arch_dcache_clean_invalidate_all
	READ_CYCLES x0
	sub	x0, x0, x11
	ldp	x29, x30, [sp], #16
	ret
SYM_END bench64_time_dcache_clean

/* uint64_t bench64_restart_hvc(uint64_t entry) */
FUNC_START bench64_restart_hvc
	mov	x1, x0
	mov	x0, #HVC_SOFT_RESTART
	mov	x2, #0
	mov	x3, #0
	READ_CYCLES x4				/* becomes the payload's x2 */
	hvc	#0
	ret
SYM_END bench64_restart_hvc

/* int bench64_restart_call(int (*restart)(const struct kexec_image *), image) */
FUNC_START bench64_restart_call
	stp	x29, x30, [sp, #-16]!
	mov	x16, x0
	mov	x0, x1
	READ_CYCLES x2
	str	x2, [x0, #KEXEC_IMAGE_R2]
	blr	x16
	ldp	x29, x30, [sp], #16
	ret
SYM_END bench64_restart_call

/* uint64_t bench64_time_restart_call_empty(struct kexec_image *image) */
FUNC_START bench64_time_restart_call_empty
	stp	x19, x30, [sp, #-16]!
	mov	x19, x0
	adr	x16, bench64_payload_like
	READ_CYCLES x2
	str	x2, [x0, #KEXEC_IMAGE_R2]
	blr	x16
	ldr	x2, [x19, #KEXEC_IMAGE_R2]
	sub	x0, x0, x2
	ldp	x19, x30, [sp], #16
	ret
SYM_END bench64_time_restart_call_empty

/* The payload entry's first two instructions, then a return. */
LOCAL_CODE_START bench64_payload_like
	READ_CYCLES x0
	ret
SYM_END bench64_payload_like

/*
 * The restart payload's entry, at EL2 with the MMU off: the counter first
 * (isb and mrs, like every measurement's second read), then CNTPCT, into
 * bench64_arrival; x0-x2 are left for hypstub_entry to record.
 */
CODE_START bench64_restart_entry
	READ_CYCLES x5
	mrs	x6, cntpct_el0
	ldr	x7, =bench64_arrival
	stp	x5, x6, [x7, #BENCH_ARRIVAL_CYCLES]
	b	hypstub_entry
SYM_END bench64_restart_entry

/* ---- vector tables ---- */

.macro HALT_SLOT table, offset
VECTOR_SLOT \table, \offset
	mov	x0, #\offset
	ldr	x1, =\table\()_name
	b	hyp_mode_halt
.endm

.macro HALT_SLOTS_BEFORE_LOWER64 table
HALT_SLOT \table, EL2_VECTOR_CURRENT_SP0_SYNC
HALT_SLOT \table, EL2_VECTOR_CURRENT_SP0_IRQ
HALT_SLOT \table, EL2_VECTOR_CURRENT_SP0_FIQ
HALT_SLOT \table, EL2_VECTOR_CURRENT_SP0_SERROR
HALT_SLOT \table, EL2_VECTOR_CURRENT_SPX_SYNC
HALT_SLOT \table, EL2_VECTOR_CURRENT_SPX_IRQ
HALT_SLOT \table, EL2_VECTOR_CURRENT_SPX_FIQ
HALT_SLOT \table, EL2_VECTOR_CURRENT_SPX_SERROR
.endm

.macro HALT_SLOTS_AFTER_LOWER64_SYNC table
HALT_SLOT \table, EL2_VECTOR_LOWER64_IRQ
HALT_SLOT \table, EL2_VECTOR_LOWER64_FIQ
HALT_SLOT \table, EL2_VECTOR_LOWER64_SERROR
HALT_SLOT \table, EL2_VECTOR_LOWER32_SYNC
HALT_SLOT \table, EL2_VECTOR_LOWER32_IRQ
HALT_SLOT \table, EL2_VECTOR_LOWER32_FIQ
HALT_SLOT \table, EL2_VECTOR_LOWER32_SERROR
.endm

/*
 * The floor: an hvc from EL1 meets a bare eret. It never gives EL2 back,
 * so bench64.c measures it last, after every other figure.
 */
VECTOR_TABLE_START bench64_floor_vectors
HALT_SLOTS_BEFORE_LOWER64 bench64_floor_vectors
VECTOR_SLOT bench64_floor_vectors, EL2_VECTOR_LOWER64_SYNC
	eret
HALT_SLOTS_AFTER_LOWER64_SYNC bench64_floor_vectors
VECTOR_TABLE_END bench64_floor_vectors

/*
 * A valid table for "HVC_SET_VECTORS, valid table": the next hvc sets
 * VBAR_EL2 back to the boot stub's vectors and returns 0.
 */
VECTOR_TABLE_START bench64_restore_vectors
HALT_SLOTS_BEFORE_LOWER64 bench64_restore_vectors
VECTOR_SLOT bench64_restore_vectors, EL2_VECTOR_LOWER64_SYNC
	ldr	x1, =stub_vectors
	msr	vbar_el2, x1
	isb
	mov	x0, #0
	eret
HALT_SLOTS_AFTER_LOWER64_SYNC bench64_restore_vectors
VECTOR_TABLE_END bench64_restore_vectors

	.section .rodata
bench64_floor_vectors_name:
	.asciz	"bench floor vectors"
bench64_restore_vectors_name:
	.asciz	"bench restore vectors"

	.data
	.balign	8
	.global	bench64_arrival
bench64_arrival:
	.quad	0, 0
