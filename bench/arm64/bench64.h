/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the AArch64 bench kernel's C and assembly (bench/arm64/), and
 * by tools/bench, which must agree on BENCH_REPETITIONS_ADDR. The AArch32
 * kernel's counterpart is bench/bench.h.
 */
#ifndef BENCH_ARM64_BENCH64_H
#include <plat/platform.h>

#define BENCH_ARM64_BENCH64_H

/* Where tools/bench pokes the repetitions per figure; 0: the default. */
#define BENCH_REPETITIONS_ADDR PLAT_PARAM_WORD(0)
#define BENCH_DEFAULT_REPETITIONS 1000
#define BENCH_MAX_REPETITIONS 100000

#define BENCH_EXIT_ERROR 1
#define BENCH_EXIT_HALTED 125

/* PMU registers' bits (Arm ARM for A-profile, D13: PMCR_EL0, PMCCFILTR_EL0). */
#define PMCR_E (1 << 0)	 /* enable the counters */
#define PMCR_C (1 << 2)	 /* reset the cycle counter */
#define PMCR_D (1 << 3)	 /* count every 64th cycle: kept clear */
#define PMCR_DP (1 << 5) /* disable counting where prohibited */
#define PMCR_LC (1 << 6) /* the cycle counter overflows at 64 bits */
#define PMCNTEN_CYCLES (1u << 31)
#define PMCCFILTR_NSH (1 << 27) /* count at EL2 (Non-secure) too */

#define BENCH_NOP_BLOCK 100

/* Each restart is measured this many times, one restart per generation. */
#define BENCH_RESTART_REPETITIONS 2

/* struct bench64_arrival, for bench64_restart_entry. */
#define BENCH_ARRIVAL_CYCLES 0
#define BENCH_ARRIVAL_TICKS 8

#ifndef __ASSEMBLY__
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <stddef.h>
#include <stdint.h>

_Static_assert(offsetof(struct hypstub_regs, r0) == 0 &&
		       offsetof(struct hypstub_regs, ip) == 32 &&
		       sizeof(struct hypstub_regs) == 40,
	       "struct hypstub_regs is x0-x4");

/*
 * The cycle counter's advance across one "hvc #imm" with x0-x4 from *regs
 * (written back after the call). bench64_time_empty() is the same sequence
 * without the hvc: the measurement's own cost.
 */
uint64_t bench64_time_hvc_imm_0(struct hypstub_regs *regs);
uint64_t bench64_time_hvc_imm_1(struct hypstub_regs *regs);
uint64_t bench64_time_empty(struct hypstub_regs *regs);

/* The counter's advance across a call of function(); its result to *result. */
uint64_t bench64_time_function(int (*function)(void), int *result);
int bench64_empty_function(void);

uint64_t bench64_time_nop_block(void);

/* "bl arch_dcache_clean_invalidate_all" between two counter reads. */
uint64_t bench64_time_dcache_clean(void);

/* The floor: a VBAR_EL2 table whose "lower EL, AArch64, sync" slot is eret. */
extern const char bench64_floor_vectors[];

/* The payload's entry: reads PMCCNTR_EL0, then CNTPCT_EL0, then boots. */
extern const char bench64_restart_entry[];

struct bench64_arrival {
	uint64_t cycles; /* PMCCNTR_EL0 at the payload's entry */
	uint64_t ticks;	 /* CNTPCT_EL0 just after it */
};

_Static_assert(offsetof(struct bench64_arrival, cycles) ==
			       BENCH_ARRIVAL_CYCLES &&
		       offsetof(struct bench64_arrival, ticks) ==
			       BENCH_ARRIVAL_TICKS,
	       "struct bench64_arrival as bench64_timing.S writes it");

/* In .data: hypstub_entry's clearing of .bss leaves it alone. */
extern struct bench64_arrival bench64_arrival;

/*
 * HVC_SOFT_RESTART into entry, the payload's x0 = x1 = 0 and x2 = PMCCNTR
 * read just before the hvc. Returns only when the call was refused.
 */
uint64_t bench64_restart_hvc(uint64_t entry);

/*
 * Read PMCCNTR into image->r2 (the payload's x2), then call restart(image).
 * Returns only when the restart failed, with its result.
 */
int bench64_restart_call(int (*restart)(const struct kexec_image *),
			 struct kexec_image *image);

/*
 * The same sequence into a function that reads the counter as the
 * payload's entry does and returns: its count is bench64_restart_call's
 * overhead.
 */
uint64_t bench64_time_restart_call_empty(struct kexec_image *image);

#endif /* !__ASSEMBLY__ */
#endif /* BENCH_ARM64_BENCH64_H */
