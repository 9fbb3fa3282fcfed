/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the bench kernel's C and assembly (bench/), and by tools/bench,
 * which must agree on BENCH_REPETITIONS_ADDR.
 */
#ifndef BENCH_BENCH_H
#include <plat/platform.h>

#define BENCH_BENCH_H

/*
 * Where tools/bench pokes the number of repetitions per figure (QEMU's
 * "-device loader"); 0, the value of untouched RAM, means the default.
 */
#define BENCH_REPETITIONS_ADDR PLAT_PARAM_WORD(0)
#define BENCH_DEFAULT_REPETITIONS 1000
#define BENCH_MAX_REPETITIONS 100000

/* The exit status of a run that stopped with "bench: error". */
#define BENCH_EXIT_ERROR 1

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

/*
 * The restart figures (bench_restart.c): each restart is measured this many
 * times, one restart per generation of the kernel, whatever the repetitions
 * of the other figures. Under -icount two are enough to show they agree.
 */
#define BENCH_RESTART_REPETITIONS 2

/* struct bench_arrival, for bench_restart_entry (bench_payload.S). */
#define BENCH_ARRIVAL_CYCLES 0
#define BENCH_ARRIVAL_TICKS_LOW 4
#define BENCH_ARRIVAL_TICKS_HIGH 8

#ifndef __ASSEMBLY__
#include <arch/arm/sysreg.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
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

/*
 * "bl arch_dcache_clean_invalidate_all" between two counter reads: the bl,
 * the function and the second read (bench_time_empty()'s count).
 */
uint32_t bench_time_dcache_clean(void);

/*
 * The floor: a HYP vector table whose trap slot is a bare eret. Installed
 * with HVC_SET_VECTORS; bench_floor_restore() sets HVBAR back to hvbar.
 */
extern const char bench_floor_vectors[];
uint32_t bench_floor_restore(uint32_t hvbar);

/* ---- shared by bench.c and bench_restart.c ---- */

/* Running minimum and maximum of one figure. */
struct bench_range {
	uint32_t min;
	uint32_t max;
};

void bench_range_reset(struct bench_range *range);
void bench_range_add(struct bench_range *range, uint32_t value);
/* Print "bench: op MIN MAX NAME". */
void bench_report(const char *name, const struct bench_range *range);
/* Print "bench: error ..." and end QEMU with status 1. */
void bench_error(const char *what, uint32_t actual, uint32_t expected)
	__attribute__((noreturn));
void bench_expect(const char *what, uint32_t actual, uint32_t expected);
/*
 * The full set/way passes in a figure, each costing clean instructions:
 * prints "bench: passes N LABEL, PATH" (", PATH" left out when path is "")
 * and returns N.
 */
uint32_t bench_count_passes(const char *label, const char *path,
			    const struct bench_range *range, uint32_t clean);

/* ---- the restart figures: bench_restart.c and bench_payload.S ---- */

/*
 * Measured in the first generation, used by the later ones: the count of
 * the second counter read that ends every hvc measurement
 * (bench_time_empty()), and what one "bl arch_dcache_clean_invalidate_all"
 * adds to a path (the bl and every instruction the function runs).
 */
struct bench_restart_costs {
	uint32_t empty_hvc;
	uint32_t clean_call;
};

/*
 * Called in the first generation once every other figure is printed:
 * measures the restarts, one per generation, then prints "bench: done" and
 * ends QEMU. Never returns.
 */
void bench_restarts_start(const struct bench_restart_costs *costs)
	__attribute__((noreturn));

/*
 * Non-zero when this generation was entered by one of the bench's restarts;
 * bench_restart_arrived() then reports it and carries on. Never returns.
 */
int bench_restart_in_flight(void);
void bench_restart_arrived(unsigned int cpu) __attribute__((noreturn));

/*
 * The payload's entry: it reads the cycle counter (its first two
 * instructions, "isb" and the "mrc", like every other measurement's second
 * read), then CNTPCT, into bench_arrival, and branches to hypstub_entry.
 */
extern const char bench_restart_entry[];

struct bench_arrival {
	uint32_t cycles;    /* PMCCNTR at the payload's entry */
	uint32_t ticks_low; /* CNTPCT just after it */
	uint32_t ticks_high;
};

_Static_assert(offsetof(struct bench_arrival, cycles) == BENCH_ARRIVAL_CYCLES &&
		       offsetof(struct bench_arrival, ticks_low) ==
			       BENCH_ARRIVAL_TICKS_LOW &&
		       offsetof(struct bench_arrival, ticks_high) ==
			       BENCH_ARRIVAL_TICKS_HIGH,
	       "struct bench_arrival as bench_payload.S writes it");

/* In .data, so that hypstub_entry's clearing of .bss leaves it alone. */
extern struct bench_arrival bench_arrival;

/*
 * HVC_SOFT_RESTART into entry with the payload's r0 = 0, r1 = 0xffffffff and
 * r2 = PMCCNTR, read just before the hvc. Returns only when the call was
 * refused, with its r0.
 */
uint32_t bench_restart_hvc(uint32_t entry);

/*
 * Read PMCCNTR into image->r2 (the payload's r2), then call restart(image):
 * kdump() or kexec(). Returns only when the restart failed, with its result.
 */
int bench_restart_call(int (*restart)(const struct kexec_image *),
		       struct kexec_image *image);

/*
 * The same sequence, calling a function that reads the counter as the
 * payload's entry does and returns at once: its count (the store, the
 * argument, the call, and the read) is the overhead of bench_restart_call.
 */
uint32_t bench_time_restart_call_empty(struct kexec_image *image);

#endif /* !__ASSEMBLY__ */
#endif /* BENCH_BENCH_H */
