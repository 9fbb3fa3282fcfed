// SPDX-License-Identifier: BSD-2-Clause
/*
 * The restart figures of the bench kernel: HVC_SOFT_RESTART, kdump() and
 * kexec(), from the hvc (or the call's first instruction) to the payload's
 * first instruction. The payload is this image, entered again at
 * bench_restart_entry (bench_payload.S), which reads the cycle counter before
 * hypstub_entry runs. Each restart ends a generation of the kernel; the next
 * one reports it and starts the next restart. What must survive lives in
 * .data, which a restart neither reloads nor clears (as in
 * tests/target/kexec.c).
 *
 * The PMU is set up once, in the first generation, and never again: the boot
 * entry leaves it alone (it sets HDCR.HPMN to PMCR.N, which keeps every
 * counter PL1's, and resets nothing). Each generation checks that PMCR.E,
 * the cycle counter's enable and PMCCFILTR.NSH are still set, and that the
 * count agrees with CNTPCT, which counts in every mode, over the same
 * restart: had the counter stopped anywhere on the way (in HYP, or with the
 * MMUs off), the two would disagree by the instructions it missed.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "bench.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define NANOSECONDS_PER_SECOND 1000000000u

/*
 * How far the cycle count of a restart may stray from CNTPCT's (times the
 * instructions per tick) before the bench says the counter stopped: one
 * tick either way for CNTPCT's granularity, plus the few instructions
 * between each CNTPCT read and the cycle counter read next to it. A counter
 * that missed the HYP part would be off by a set/way clean, 10^5 or more.
 */
#define BENCH_TICKS_SLACK 64

enum bench_restart_kind {
	BY_HVC,	  /* HVC_SOFT_RESTART issued by the bench */
	BY_KDUMP, /* kdump() */
	BY_KEXEC, /* kexec() */
};

struct bench_restart_step {
	const char *label;
	const char *path; /* what the figure measures, after the label */
	enum bench_restart_kind kind;
	int with_hyp;	/* hyp_install() first */
	int kernel_mmu; /* kernel_mmu_enable() first */
};

/*
 * The same steps and names as bench/arm64/bench64.c. How many set/way
 * passes each makes is not written here: bench_count_passes() counts them
 * in the figure (tools/trace-oracle counts them on the instruction trace).
 */
static const struct bench_restart_step steps[] = {
	{"stub: HVC_SOFT_RESTART", "hvc to payload entry", BY_HVC, 0, 0},
	{"hyp: HVC_SOFT_RESTART", "hvc to payload entry", BY_HVC, 1, 0},
	{"kdump(), boot stub", "kernel MMU on, to payload", BY_KDUMP, 0, 1},
	{"kdump(), hypervisor", "kernel MMU on, to payload", BY_KDUMP, 1, 1},
	{"kexec(), boot stub", "kernel MMU on, to payload", BY_KEXEC, 0, 1},
	{"kexec(), hypervisor", "kernel MMU on, to payload", BY_KEXEC, 1, 1},
};

/* Kept in .data across restarts. */
struct bench_restart_progress {
	uint32_t in_flight; /* a restart was started: this generation ends it */
	uint32_t restarts;  /* restarts started */
	uint32_t step;	    /* index into steps[] */
	uint32_t repetition; /* of this step */
	struct bench_range range;
	struct bench_restart_costs costs;
	uint32_t empty_call; /* bench_time_restart_call_empty() */
	uint32_t instructions_per_tick;
	uint64_t ticks_before; /* CNTPCT just before the counter's first read */
	int32_t gap_min;       /* CNTPCT's count less PMCCNTR's, over all */
	int32_t gap_max;
};
static struct bench_restart_progress progress __attribute__((section(".data")));

int bench_restart_in_flight(void)
{
	return progress.in_flight != 0;
}

static uint32_t read_pmccfiltr(void)
{
	write_pmselr(PMSELR_CYCLE_COUNTER);
	isb();
	return read_pmxevtyper();
}

static void launch(void) __attribute__((noreturn));
static void launch(void)
{
	const struct bench_restart_step *step = &steps[progress.step];
	struct kexec_image image = {
		.entry = (uint32_t)(uintptr_t)bench_restart_entry,
		.r0 = 0,
		.r1 = KEXEC_LINUX_MACHINE_DT,
		.r2 = 0, /* the counter, written just before the call */
	};
	int result;

	if (step->with_hyp)
		bench_expect("hyp_install() before a restart",
			     (uint32_t)hyp_install(), HYP_OK);
	if (step->kernel_mmu)
		kernel_mmu_enable();
	bench_arrival.cycles = 0;
	bench_arrival.ticks_low = 0;
	bench_arrival.ticks_high = 0;
	progress.in_flight = 1;
	progress.restarts++;
	progress.ticks_before = read_cntpct();
	switch (step->kind) {
	case BY_HVC:
		bench_error("HVC_SOFT_RESTART returned",
			    bench_restart_hvc(image.entry), 0);
	case BY_KDUMP:
		result = bench_restart_call(kdump, &image);
		bench_error("kdump() returned", (uint32_t)result, 0);
	case BY_KEXEC:
	default:
		result = bench_restart_call(kexec, &image);
		bench_error("kexec() returned", (uint32_t)result, 0);
	}
}

void bench_restarts_start(const struct bench_restart_costs *costs)
{
	struct kexec_image image = {0};
	uint32_t frequency = read_cntfrq();
	uint32_t i;

	progress.costs = *costs;
	progress.empty_call = UINT32_MAX;
	for (i = 0; i < BENCH_RESTART_REPETITIONS; i++) {
		uint32_t count = bench_time_restart_call_empty(&image);

		if (count < progress.empty_call)
			progress.empty_call = count;
	}
	if (frequency == 0)
		bench_error("CNTFRQ is 0: no clock to check the counter by", 0,
			    1);
	progress.instructions_per_tick = NANOSECONDS_PER_SECOND / frequency;
	progress.gap_min = INT32_MAX;
	progress.gap_max = INT32_MIN;
	progress.step = 0;
	progress.repetition = 0;
	bench_range_reset(&progress.range);
	kprintf("bench: restart-repetitions %u\n",
		(uint32_t)BENCH_RESTART_REPETITIONS);
	kprintf("bench: check restart-overhead %u %u\n", costs->empty_hvc,
		progress.empty_call);
	launch();
}

/*
 * The set/way passes in a figure, counted from the figure itself rather
 * than written down for each path: under QEMU, which models no caches, a
 * pass costs the same "clean" instructions every time (the sets and ways of
 * every level the CPU model reports, the same loop), and everything else
 * any of these paths does is a small fraction of one pass (a few hundred to
 * a few thousand instructions against about 195,000). So the quotient is
 * the number of passes and the remainder the rest of the path. A remainder
 * of half a pass or more would leave the count in doubt: the bench then
 * says so in a note. Prints "bench: passes N NAME".
 */
uint32_t bench_count_passes(const char *label, const char *path,
			    const struct bench_range *range, uint32_t clean)
{
	const char *comma = path[0] ? ", " : "";
	uint32_t passes = range->min / clean;
	uint32_t rest = range->min % clean;

	if (range->max / clean != passes)
		kprintf("bench: note %s%s%s: its repetitions made %u and %u "
			"set/way passes\n",
			label, comma, path, passes, range->max / clean);
	if (rest >= clean / 2)
		kprintf("bench: note %s%s%s: %u instructions besides %u "
			"set/way passes of %u: the count of passes is in "
			"doubt\n",
			label, comma, path, rest, passes, clean);
	kprintf("bench: passes %u %s%s%s\n", passes, label, comma, path);
	return passes;
}

/*
 * The step's two rows: the figure, and the figure less the set/way passes
 * counted in it; the first carries the count.
 */
static void report_step(const struct bench_restart_step *step)
{
	const struct bench_range *range = &progress.range;
	uint32_t passes, cleans;

	kprintf("bench: op %u %u %s, %s\n", range->min, range->max, step->label,
		step->path);
	passes = bench_count_passes(step->label, step->path, range,
				    progress.costs.clean_call);
	cleans = passes * progress.costs.clean_call;
	kprintf("bench: op %u %u %s, less its set/way passes\n",
		range->min - cleans, range->max - cleans, step->label);
}

/*
 * Did PMCCNTR count every instruction of the restart? CNTPCT, read next to
 * each end, counts one tick per instructions_per_tick instructions in every
 * mode; the gap is its count less the cycle counter's, in instructions.
 */
static void check_continuity(uint32_t cycles)
{
	uint64_t ticks = ((uint64_t)bench_arrival.ticks_high << 32 |
			  bench_arrival.ticks_low) -
			 progress.ticks_before;
	int64_t gap = (int64_t)(ticks * progress.instructions_per_tick) -
		      (int64_t)cycles;

	if (gap < -BENCH_TICKS_SLACK || gap > BENCH_TICKS_SLACK) {
		kprintf("bench: error PMCCNTR counted %u instructions across a "
			"restart, CNTPCT %u ticks of %u: the counter did not "
			"count all the way\n",
			cycles, (uint32_t)ticks,
			progress.instructions_per_tick);
		plat_exit(BENCH_EXIT_ERROR);
	}
	if ((int32_t)gap < progress.gap_min)
		progress.gap_min = (int32_t)gap;
	if ((int32_t)gap > progress.gap_max)
		progress.gap_max = (int32_t)gap;
}

void bench_restart_arrived(unsigned int cpu)
{
	const struct bench_restart_step *step = &steps[progress.step];
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	uint32_t cycles, overhead, figure;

	progress.in_flight = 0;
	/* Entered the way the restart said, at bench_restart_entry. */
	bench_expect("the payload starts in HYP", hypstub_boot_mode(),
		     PSR_MODE_HYP);
	bench_expect("the payload's r0", record->r0, 0);
	bench_expect("the payload's r1", record->r1, KEXEC_LINUX_MACHINE_DT);
	bench_expect("entries of the image, restarts + 1", record->entries,
		     progress.restarts + 1);
	bench_expect("the payload entered at bench_restart_entry",
		     bench_arrival.ticks_low != 0 ||
			     bench_arrival.ticks_high != 0,
		     1);
	/* The PMU as the first generation set it up. */
	bench_expect("PMCR.E after a restart", read_pmcr() & PMCR_E, PMCR_E);
	bench_expect("PMCNTENSET.C after a restart",
		     read_pmcntenset() & PMCNTEN_CYCLES, PMCNTEN_CYCLES);
	bench_expect("PMCCFILTR after a restart", read_pmccfiltr(),
		     PMCCFILTR_NSH);

	/* The payload's r2 is the counter read just before the restart. */
	cycles = bench_arrival.cycles - record->r2;
	check_continuity(cycles);
	overhead = step->kind == BY_HVC ? progress.costs.empty_hvc
					: progress.empty_call;
	if (cycles < overhead)
		bench_error("restart count below the empty measurement", cycles,
			    overhead);
	figure = cycles - overhead;
	bench_range_add(&progress.range, figure);

	if (++progress.repetition == BENCH_RESTART_REPETITIONS) {
		report_step(step);
		progress.step++;
		progress.repetition = 0;
		bench_range_reset(&progress.range);
	}
	if (progress.step == ARRAY_SIZE(steps)) {
		kprintf("bench: check restart-ticks %d %d %u\n",
			progress.gap_min, progress.gap_max,
			progress.instructions_per_tick);
		kprintf("bench: done\n");
		plat_exit(0);
	}
	launch();
}
