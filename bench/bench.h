/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the bench kernel's C and assembly (bench/), and by tools/bench,
 * which must agree on BENCH_REPETITIONS_ADDR.
 */
#ifndef BENCH_BENCH_H
#define BENCH_BENCH_H

/*
 * Where tools/bench pokes the number of repetitions per figure (QEMU's
 * "-device loader"); 0, the value of untouched RAM, means the default.
 */
#define BENCH_REPETITIONS_ADDR 0x40f00000
#define BENCH_DEFAULT_REPETITIONS 1000
#define BENCH_MAX_REPETITIONS 100000

/*
 * r0 of the hvc that makes the floor vectors give HYP back: with the
 * condition flags' Z set it falls through the bare "eretne" of the trap slot
 * into the restore code, which sets HVBAR to r1.
 */
#define BENCH_FLOOR_RESTORE_MAGIC 0xbe4c0de5

/* PMU registers' bits (ARMv7-A ARM, chapter C12). */
#define PMCR_E (1 << 0)	 /* enable the counters */
#define PMCR_C (1 << 2)	 /* reset the cycle counter */
#define PMCR_D (1 << 3)	 /* count every 64th cycle: kept clear */
#define PMCR_DP (1 << 5) /* disable counting where prohibited */
#define PMCNTEN_CYCLES (1u << 31)
#define PMSELR_CYCLE_COUNTER 31 /* PMXEVTYPER is then PMCCFILTR */
#define PMCCFILTR_NSH (1 << 27) /* count in Non-secure HYP mode too */

/* The nops bench_time_nop_block() times. */
#define BENCH_NOP_BLOCK 100

#ifndef __ASSEMBLY__
#include <hypstub/hypstub.h>
#include <stddef.h>
#include <stdint.h>

/* bench_timing.S loads and stores r0-r3 and ip with one ldmia/stmia. */
_Static_assert(offsetof(struct hypstub_regs, r0) == 0 &&
		       offsetof(struct hypstub_regs, ip) == 16 &&
		       sizeof(struct hypstub_regs) == 20,
	       "struct hypstub_regs is r0-r3 then ip");

/*
 * Each returns the cycle counter's advance across one "hvc #imm" with r0-r3
 * and ip loaded from *regs (written back after the call), and the condition
 * flags clear (Z = 0). bench_time_empty() is the same sequence without the
 * hvc: the measurement's own cost, subtracted from every figure.
 */
uint32_t bench_time_hvc_imm_0(struct hypstub_regs *regs);
uint32_t bench_time_hvc_imm_1(struct hypstub_regs *regs);
uint32_t bench_time_empty(struct hypstub_regs *regs);

/*
 * The counter's advance across a call of function(), whose result goes to
 * *result. bench_empty_function() returns at once: timing it gives the
 * overhead to subtract.
 */
uint32_t bench_time_function(int (*function)(void), int *result);
int bench_empty_function(void);

/* A fixed block of BENCH_NOP_BLOCK nops, timed: checks "one per insn". */
uint32_t bench_time_nop_block(void);

/* arch_dcache_clean_invalidate_all(), called and timed like a function. */
uint32_t bench_time_dcache_clean(void);

/*
 * The floor: a HYP vector table whose trap slot is a bare eret. Installed
 * with HVC_SET_VECTORS; bench_floor_restore() sets HVBAR back to hvbar.
 */
extern const char bench_floor_vectors[];
uint32_t bench_floor_restore(uint32_t hvbar);

#endif /* !__ASSEMBLY__ */
#endif /* BENCH_BENCH_H */
