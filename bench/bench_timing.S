/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The bench kernel's timed sequences. Each reads the cycle counter
 * (PMCCNTR), runs the code under measurement and reads it again; an isb on
 * either side keeps the reads in program order on real hardware (QEMU does
 * not need it). The "empty" variants are the same instructions without the
 * code under measurement: their count is the overhead bench.c subtracts.
 */
#include <arch/arm/asm.h>
#include "bench.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

.macro READ_CYCLES rd
	isb
	mrc	p15, 0, \rd, c9, c13, 0		@ PMCCNTR
.endm

/*
 * uint32_t name(struct hypstub_regs *regs): r0-r3 and ip from regs, the
 * condition flags cleared (the floor vectors' trap slot is "eretne"), then
 * "hvc #imm" between two counter reads; the registers go back to regs.
 * With hvc=0 the hvc is left out.
 */
.macro TIMED_HVC name, imm, hvc=1
FUNC_START \name
	push	{r4-r6, lr}
	mov	r4, r0
	ldmia	r4, {r0-r3, ip}
	msr	APSR_nzcvq, #0
	READ_CYCLES r5
	.if \hvc
	hvc	#\imm
	.endif
	READ_CYCLES r6
	stmia	r4, {r0-r3, ip}
	sub	r0, r6, r5
	pop	{r4-r6, pc}
SYM_END \name
.endm

TIMED_HVC bench_time_hvc_imm_0, 0
TIMED_HVC bench_time_hvc_imm_1, 1
TIMED_HVC bench_time_empty, 0, hvc=0

/* uint32_t bench_time_function(int (*function)(void), int *result) */
FUNC_START bench_time_function
	push	{r4-r6, lr}
	mov	r4, r0
	mov	r6, r1
	READ_CYCLES r5
	blx	r4
	READ_CYCLES r2
	str	r0, [r6]
	sub	r0, r2, r5
	pop	{r4-r6, pc}
SYM_END bench_time_function

/* int bench_empty_function(void) */
FUNC_START bench_empty_function
	mov	r0, #0
	bx	lr
SYM_END bench_empty_function

/*
 * uint32_t bench_time_nop_block(void): BENCH_NOP_BLOCK nops between the
 * reads. Less bench_time_empty()'s count it must be BENCH_NOP_BLOCK when
 * the counter counts one per instruction; the instructions outside the
 * reads differ from bench_time_empty's, but only those between them count.
 */
FUNC_START bench_time_nop_block
	push	{r4-r6, lr}
	READ_CYCLES r5
	.rept	BENCH_NOP_BLOCK
	nop
	.endr
	READ_CYCLES r6
	sub	r0, r6, r5
	pop	{r4-r6, pc}
SYM_END bench_time_nop_block

/*
 * uint32_t bench_time_dcache_clean(void): the set/way clean and invalidate
 * of every data cache level that uninstalling and every restart run, timed
 * here from SVC (PL1 may use set/way operations).
 * arch_dcache_clean_invalidate_all follows no calling convention: it
 * clobbers r0-r7 and ip, saved here.
 */
FUNC_START bench_time_dcache_clean
	push	{r4-r8, lr}
	READ_CYCLES r8
	bl	arch_dcache_clean_invalidate_all
	READ_CYCLES r0
	sub	r0, r0, r8
	pop	{r4-r8, pc}
SYM_END bench_time_dcache_clean
