/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The restart figures' timed sequences (bench_restart.c). A restart does not
 * come back, so the two counter reads are in two generations of the kernel:
 * the caller reads PMCCNTR last thing before the restart and hands the value
 * to the payload in its r2 (HVC_SOFT_RESTART's ip, or the kexec image's r2),
 * which hypstub_entry records in the boot record; the payload's entry,
 * bench_restart_entry, reads PMCCNTR first thing, before hypstub_entry, into
 * bench_arrival (.data, which a restart neither reloads nor clears).
 */
#include <arch/arm/asm.h>
#include <hypstub/abi.h>
#include <hypstub/kexec.h>
#include "bench.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

/* The same read as bench_timing.S's: isb, then PMCCNTR. */
.macro READ_CYCLES rd
	isb
	mrc	p15, 0, \rd, c9, c13, 0		@ PMCCNTR
.endm

/*
 * The payload's entry, in HYP (or SVC) with the MMU and caches off: its first
 * two instructions are the counter read that ends the measurement. Then
 * CNTPCT, an independent clock that counts in every mode, for the check that
 * PMCCNTR kept counting through the restart. r0-r2 are the payload's
 * registers and are left alone for hypstub_entry to record; r3-r6 are free
 * (hypstub_entry sets them before it reads them).
 */
CODE_START bench_restart_entry
	READ_CYCLES r3
	ldr	r4, =bench_arrival
	str	r3, [r4, #BENCH_ARRIVAL_CYCLES]
	mrrc	p15, 0, r5, r6, c14		@ CNTPCT
	str	r5, [r4, #BENCH_ARRIVAL_TICKS_LOW]
	str	r6, [r4, #BENCH_ARRIVAL_TICKS_HIGH]
	b	hypstub_entry
SYM_END bench_restart_entry

/*
 * uint32_t bench_restart_hvc(uint32_t entry): HVC_SOFT_RESTART with r2, r3
 * and ip (the payload's r0, r1, r2) = 0, 0xffffffff and the counter. The
 * measured path starts at the hvc.
 */
FUNC_START bench_restart_hvc
	push	{r4, lr}
	mov	r1, r0
	mov	r0, #HVC_SOFT_RESTART
	mov	r2, #0
	mvn	r3, #0				@ KEXEC_LINUX_MACHINE_DT
	READ_CYCLES ip
	hvc	#0
	pop	{r4, pc}			@ refused: r0 says why
SYM_END bench_restart_hvc

/*
 * The counter into image->r2, then restart(image). r4 = the function, r5 =
 * the image; the counter is read into r6. Between the read and the function's
 * first instruction: str, mov, blx. bench_time_restart_call_empty() runs the
 * same three, so its count is what bench_restart_call adds to the function.
 */
.macro RESTART_CALL
	READ_CYCLES r6
	str	r6, [r5, #KEXEC_IMAGE_R2]
	mov	r0, r5
	blx	r4
.endm

/* int bench_restart_call(int (*restart)(const struct kexec_image *), image) */
FUNC_START bench_restart_call
	push	{r4-r6, lr}
	mov	r4, r0
	mov	r5, r1
	RESTART_CALL
	pop	{r4-r6, pc}			@ failed: r0 is restart()'s result
SYM_END bench_restart_call

/* uint32_t bench_time_restart_call_empty(struct kexec_image *image) */
FUNC_START bench_time_restart_call_empty
	push	{r4-r6, lr}
	ldr	r4, =bench_empty_restart
	mov	r5, r0
	RESTART_CALL
	sub	r0, r0, r6
	pop	{r4-r6, pc}
SYM_END bench_time_restart_call_empty

/* A restart that arrives at once: the payload entry's read, returned. */
LOCAL_CODE_START bench_empty_restart
	READ_CYCLES r0
	bx	lr
SYM_END bench_empty_restart

	.data
	.balign 4
	.global bench_arrival
	.type bench_arrival, %object
bench_arrival:
	.space	BENCH_ARRIVAL_TICKS_HIGH + 4
	.size	bench_arrival, . - bench_arrival
