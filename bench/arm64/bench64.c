// SPDX-License-Identifier: BSD-2-Clause
/*
 * The AArch64 bench kernel (make bench ARCH=arm64, tools/bench), the
 * counterpart of bench/bench.c. Run under QEMU with
 * "-icount shift=0,sleep=off", PMCCNTR_EL0 advances by one per instruction
 * executed, at EL2 too once PMCCFILTR_EL0.NSH is set, so every figure is an
 * instruction count, the same on every run. Each figure is the minimum over
 * the repetitions of one timed sequence (bench64_timing.S), less the count
 * of the same sequence with nothing in it; the maximum is printed too.
 *
 * The first generation measures the counter, the caches, every boot-stub
 * call, hyp_install(), hyp_uninstall() and every call of the resident
 * hypervisor; each later generation is the payload of one restart
 * (HVC_SOFT_RESTART, kdump(), kexec(), from the boot stub and from the
 * hypervisor, each BENCH_RESTART_REPETITIONS times) and reports it; the last
 * one measures the floor, whose vectors never give EL2 back, and ends QEMU.
 * What must survive lives in .data, which a restart neither reloads nor clears.
 * The raw lines are bench/bench.c's: bench: repetitions N | restart-repetitions
 * N | check NAME VALUE... | op MIN MAX NAME... | passes N NAME... | note TEXT |
 * error TEXT | done "passes N NAME" gives the set/way passes counted in the
 * figure NAME (count_passes()).
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "bench64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define NANOSECONDS_PER_SECOND 1000000000u

/* CLIDR_EL1 and CCSIDR_EL1 fields (without FEAT_CCIDX). */
#define CLIDR_LOC_SHIFT 24
#define CLIDR_FIELD_MASK 7
#define CLIDR_CTYPE_DATA 2
#define CCSIDR_SETS_SHIFT 13
#define CCSIDR_SETS_MASK 0x7fff
#define CCSIDR_WAYS_SHIFT 3
#define CCSIDR_WAYS_MASK 0x3ff
#define CCSIDR_LINE_MASK 7

#define ID_AA64PFR0_GIC_SHIFT 24
#define ID_AA64PFR0_GIC_MASK 0xf

#define BENCH_BAD_RESTART_ENTRY 3
#define BENCH_UNKNOWN_LOW HVC_FINALISE_EL2
#define BENCH_UNKNOWN_HIGH 0x100
/* HYPSTUB_CALL_QUERY in w0, bits 63:32 set: no call ([A64-CALL-2]). */
#define BENCH_UNKNOWN_WIDE (0x100000000ull | HYPSTUB_CALL_QUERY)

/* How far a restart's cycle count may stray from CNTPCT's (bench.c's). */
#define BENCH_TICKS_SLACK 64

extern const char stub_vectors[];
extern const char bench64_restore_vectors[];
extern const char __image_end[];

typedef uint64_t (*bench_timer)(struct hypstub_regs *regs);

struct bench_range {
	uint64_t min;
	uint64_t max;
};

enum bench_restart_kind {
	BY_HVC,
	BY_KDUMP,
	BY_KEXEC,
};

struct bench_restart_step {
	const char *label;
	const char *path; /* what the figure measures, after the label */
	enum bench_restart_kind kind;
	int with_hyp;	/* hyp_install() first */
	int kernel_mmu; /* kernel_mmu_enable() first, as a crashing kernel */
};

/*
 * The same steps and names as bench/bench_restart.c. How many set/way
 * passes each makes is not written here: count_passes() counts them in the
 * figure.
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
struct bench_progress {
	uint64_t started;
	uint64_t repetitions;
	uint64_t empty_hvc;	 /* bench64_time_empty() */
	uint64_t empty_function; /* bench64_empty_function(), timed */
	uint64_t clean_call;	 /* one "bl arch_dcache_clean_invalidate_all" */
	uint64_t empty_call;	 /* bench64_time_restart_call_empty() */
	uint64_t in_flight;
	uint64_t restarts;
	uint64_t step;
	uint64_t repetition;
	struct bench_range range;
	uint64_t instructions_per_tick;
	uint64_t ticks_before;
	int64_t gap_min, gap_max;
};
static struct bench_progress progress __attribute__((section(".data")));

/* A halt in EL2 code ends QEMU at once instead of hanging. */
void plat_halt(void)
{
	plat_exit(BENCH_EXIT_HALTED);
}

static void bench_error(const char *what, uint64_t actual, uint64_t expected)
	__attribute__((noreturn));
static void bench_error(const char *what, uint64_t actual, uint64_t expected)
{
	kprintf("bench: error %s: got 0x%08x%08x, expected 0x%08x%08x\n", what,
		(uint32_t)(actual >> 32), (uint32_t)actual,
		(uint32_t)(expected >> 32), (uint32_t)expected);
	plat_exit(BENCH_EXIT_ERROR);
}

static void bench_expect(const char *what, uint64_t actual, uint64_t expected)
{
	if (actual != expected)
		bench_error(what, actual, expected);
}

static void range_reset(struct bench_range *range)
{
	range->min = UINT64_MAX;
	range->max = 0;
}

static void range_add(struct bench_range *range, uint64_t value)
{
	if (value < range->min)
		range->min = value;
	if (value > range->max)
		range->max = value;
}

static void report(const char *name, const struct bench_range *range)
{
	kprintf("bench: op %u %u %s\n", (uint32_t)range->min,
		(uint32_t)range->max, name);
}

static uint64_t address_of(const char *symbol)
{
	return (uint64_t)(uintptr_t)symbol;
}

/* The cycle counter on, counting at EL2 too when filter says so. */
static void pmu_start(uint64_t filter)
{
	write_pmcr_el0(read_pmcr_el0() &
		       ~(uint64_t)(PMCR_E | PMCR_D | PMCR_DP));
	isb();
	write_pmccfiltr_el0(filter);
	write_pmcntenset_el0(PMCNTEN_CYCLES);
	write_pmcr_el0((read_pmcr_el0() & ~(uint64_t)(PMCR_D | PMCR_DP)) |
		       PMCR_E | PMCR_C | PMCR_LC);
	isb();
}

static uint64_t measure_empty(void)
{
	struct bench_range range;
	uint64_t i;

	range_reset(&range);
	for (i = 0; i < progress.repetitions; i++) {
		struct hypstub_regs regs = {0};

		range_add(&range, bench64_time_empty(&regs));
	}
	if (range.min != range.max)
		kprintf("bench: check empty-varies %u %u\n",
			(uint32_t)range.min, (uint32_t)range.max);
	return range.min;
}

/* One hvc, repeated: x0 and x1 in, x0 == expected out, then after(). */
static struct bench_range measure_hvc(const char *name, bench_timer timer,
				      uint64_t x0, uint64_t x1,
				      uint64_t expected, void (*after)(void))
{
	struct bench_range range;
	uint64_t i;

	range_reset(&range);
	for (i = 0; i < progress.repetitions; i++) {
		struct hypstub_regs regs = {.r0 = x0, .r1 = x1};
		uint64_t count = timer(&regs);

		bench_expect(name, regs.r0, expected);
		if (count < progress.empty_hvc)
			bench_error("count below the empty measurement", count,
				    progress.empty_hvc);
		range_add(&range, count - progress.empty_hvc);
		if (after)
			after();
	}
	return range;
}

static void bench_hvc(const char *name, bench_timer timer, uint64_t x0,
		      uint64_t x1, uint64_t expected, void (*after)(void))
{
	struct bench_range range =
		measure_hvc(name, timer, x0, x1, expected, after);

	report(name, &range);
}

static uint64_t implementer(void)
{
	struct hypstub_query_result query;

	if (hypstub_query(&query) != 0)
		return 0;
	return query.implementer;
}

/* After HVC_SET_VECTORS(bench64_restore_vectors): its hvc gives EL2 back. */
static void restore_stub_vectors(void)
{
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

	hypstub_hvc(&regs);
	bench_expect("the restore vectors answered", regs.r0, 0);
	bench_expect("the boot stub is back", implementer(),
		     HYPSTUB_IMPL_BOOT_STUB);
}

/*
 * Does the counter count one per instruction, and does it count at EL2? A
 * stub call measured with PMCCFILTR_EL0.NSH clear counts only its
 * instructions at EL1; with NSH set it must count more.
 */
static void check_counter(void)
{
	struct bench_range without_nsh, with_nsh, nops;
	uint64_t i;

	range_reset(&nops);
	for (i = 0; i < progress.repetitions; i++)
		range_add(&nops, bench64_time_nop_block());
	kprintf("bench: check nop-block %u %u\n",
		(uint32_t)(nops.min - progress.empty_hvc),
		(uint32_t)BENCH_NOP_BLOCK);
	if (nops.min - progress.empty_hvc != BENCH_NOP_BLOCK ||
	    nops.min != nops.max) {
		kprintf("bench: error the cycle counter does not count one per "
			"instruction: run QEMU with -icount shift=0,sleep=off "
			"(tools/bench does)\n");
		plat_exit(BENCH_EXIT_ERROR);
	}
	pmu_start(0);
	without_nsh = measure_hvc("HYPSTUB_CALL_QUERY, NSH clear",
				  bench64_time_hvc_imm_0, HYPSTUB_CALL_QUERY, 0,
				  0, NULL);
	pmu_start(PMCCFILTR_NSH);
	kprintf("bench: check pmccfiltr 0x%08x\n",
		(uint32_t)read_pmccfiltr_el0());
	with_nsh = measure_hvc("HYPSTUB_CALL_QUERY, NSH set",
			       bench64_time_hvc_imm_0, HYPSTUB_CALL_QUERY, 0, 0,
			       NULL);
	kprintf("bench: check hyp-counting %u %u\n", (uint32_t)without_nsh.min,
		(uint32_t)with_nsh.min);
	if (with_nsh.min <= without_nsh.min) {
		kprintf("bench: error PMCCNTR_EL0 does not count at EL2 "
			"although PMCCFILTR_EL0.NSH is set\n");
		plat_exit(BENCH_EXIT_ERROR);
	}
}

static void print_caches(void)
{
	uint64_t clidr, ccsidr, level, coherency;

	__asm__ volatile("mrs %0, clidr_el1" : "=r"(clidr));
	coherency = (clidr >> CLIDR_LOC_SHIFT) & CLIDR_FIELD_MASK;
	for (level = 0; level < coherency; level++) {
		uint64_t type = (clidr >> (3 * level)) & CLIDR_FIELD_MASK;

		if (type < CLIDR_CTYPE_DATA)
			continue;
		__asm__ volatile("msr csselr_el1, %0\n\tisb" ::"r"(level << 1));
		__asm__ volatile("mrs %0, ccsidr_el1" : "=r"(ccsidr));
		kprintf("bench: check cache L%u %u %u %u\n",
			(uint32_t)level + 1,
			(uint32_t)((ccsidr >> CCSIDR_SETS_SHIFT) &
				   CCSIDR_SETS_MASK) +
				1,
			(uint32_t)((ccsidr >> CCSIDR_WAYS_SHIFT) &
				   CCSIDR_WAYS_MASK) +
				1,
			1u << ((ccsidr & CCSIDR_LINE_MASK) + 4));
	}
	__asm__ volatile("msr csselr_el1, xzr\n\tisb");
}

static void bench_boot_stub(void)
{
	uint64_t restore = address_of(bench64_restore_vectors);
	uint64_t gic = (read_id_aa64pfr0_el1() >> ID_AA64PFR0_GIC_SHIFT) &
		       ID_AA64PFR0_GIC_MASK;

	bench_hvc("stub: HYPSTUB_CALL_QUERY", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, 0, NULL);
	bench_hvc("stub: HYPSTUB_CALL_UID", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_UID, 0, HYPSTUB_UUID_0, NULL);
	bench_hvc("stub: HYPSTUB_CALL_REVISION", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_REVISION, 0, HYPSTUB_ABI_VERSION, NULL);
	bench_hvc("stub: HYPSTUB_CALL_MEMORY", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_MEMORY, 0, 0, NULL);
	bench_hvc("stub: HVC_RESET_VECTORS", bench64_time_hvc_imm_0,
		  HVC_RESET_VECTORS, 0, 0, NULL);
	bench_hvc("stub: HVC_SET_VECTORS, misaligned (error)",
		  bench64_time_hvc_imm_0, HVC_SET_VECTORS, restore + 4,
		  HVC_STUB_ERR, NULL);
	bench_hvc("stub: HVC_SET_VECTORS, valid table", bench64_time_hvc_imm_0,
		  HVC_SET_VECTORS, restore, 0, restore_stub_vectors);
	bench_hvc("stub: HVC_SOFT_RESTART, bad entry (error)",
		  bench64_time_hvc_imm_0, HVC_SOFT_RESTART,
		  BENCH_BAD_RESTART_ENTRY, HVC_STUB_ERR, NULL);
	bench_hvc(gic ? "stub: HVC_GET_ICH_VTR_EL2 (GICv3)"
		      : "stub: HVC_GET_ICH_VTR_EL2 (no GICv3: error)",
		  bench64_time_hvc_imm_0, HVC_GET_ICH_VTR_EL2, 0,
		  gic ? 0 : HVC_STUB_ERR, NULL);
	bench_hvc("stub: unknown call r0=3", bench64_time_hvc_imm_0,
		  BENCH_UNKNOWN_LOW, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: unknown call r0=0x100", bench64_time_hvc_imm_0,
		  BENCH_UNKNOWN_HIGH, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: unknown call, x0 bits 63:32 set",
		  bench64_time_hvc_imm_0, BENCH_UNKNOWN_WIDE, 0, HVC_STUB_ERR,
		  NULL);
	bench_hvc("stub: hvc #1 (not a stub call)", bench64_time_hvc_imm_1,
		  HYPSTUB_CALL_QUERY, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: HYP_CALL_PING (unknown to the stub)",
		  bench64_time_hvc_imm_0, HYP_CALL_PING, 0, HVC_STUB_ERR, NULL);
	bench_expect("the boot stub answers after its calls", implementer(),
		     HYPSTUB_IMPL_BOOT_STUB);
}

/*
 * The set/way clean alone, arch_dcache_clean_invalidate_all timed around
 * its bl less the second read: exactly what one call of it adds to a path
 * (the bl and every instruction of the function). count_passes() divides
 * by it.
 */
static uint64_t measure_clean(void)
{
	struct bench_range clean;
	uint64_t i;

	range_reset(&clean);
	for (i = 0; i < progress.repetitions; i++) {
		uint64_t count = bench64_time_dcache_clean();

		if (count < progress.empty_hvc)
			bench_error("count below the empty measurement", count,
				    progress.empty_hvc);
		range_add(&clean, count - progress.empty_hvc);
	}
	if (clean.min == 0 || clean.min != clean.max)
		bench_error("a set/way pass does not count the same every time",
			    clean.max, clean.min);
	report("set/way clean, one pass (timed alone)", &clean);
	return clean.min;
}

/*
 * The set/way passes in a figure, counted from the figure itself rather
 * than written down for each path: under QEMU, which models no caches, a
 * pass costs the same progress.clean_call instructions every time (the
 * sets and ways of every level the CPU model reports, the same loop), and
 * everything else any of these paths does is a small fraction of one pass
 * (a few hundred to a few thousand instructions against about 240,000). So
 * the quotient is the number of passes and the remainder the rest of the
 * path. A remainder of half a pass or more would leave the count in doubt:
 * the bench then says so in a note. tools/trace-oracle counts the passes
 * on the instruction trace (DC CISW by DC CISW); this count is the bench's
 * own, from the same run as the figure. Prints "bench: passes N NAME".
 */
static uint64_t count_passes(const char *label, const char *path,
			     const struct bench_range *range)
{
	const char *comma = path[0] ? ", " : "";
	uint64_t clean = progress.clean_call;
	uint64_t passes = range->min / clean;
	uint64_t rest = range->min % clean;

	if (range->max / clean != passes)
		kprintf("bench: note %s%s%s: its repetitions made %u and %u "
			"set/way passes\n",
			label, comma, path, (uint32_t)passes,
			(uint32_t)(range->max / clean));
	if (rest >= clean / 2)
		kprintf("bench: note %s%s%s: %u instructions besides %u "
			"set/way passes of %u: the count of passes is in "
			"doubt\n",
			label, comma, path, (uint32_t)rest, (uint32_t)passes,
			(uint32_t)clean);
	kprintf("bench: passes %u %s%s%s\n", (uint32_t)passes, label, comma,
		path);
	return passes;
}

/* One C function (hyp_install, hyp_uninstall), timed once. */
static uint64_t time_function(const char *name, int (*function)(void),
			      int expected)
{
	int result = 0;
	uint64_t count = bench64_time_function(function, &result);

	bench_expect(name, (uint64_t)(int64_t)result,
		     (uint64_t)(int64_t)expected);
	if (count < progress.empty_function)
		bench_error("count below the empty call", count,
			    progress.empty_function);
	return count - progress.empty_function;
}

/* hyp_install() and hyp_uninstall(), alternately, each timed alone. */
static void bench_install(void)
{
	static const char uninstall_name[] = "hyp_uninstall()";
	struct bench_range install, uninstall;
	uint64_t i;

	range_reset(&install);
	range_reset(&uninstall);
	for (i = 0; i < progress.repetitions; i++) {
		range_add(&install,
			  time_function("hyp_install()", hyp_install, HYP_OK));
		range_add(&uninstall,
			  time_function(uninstall_name, hyp_uninstall, HYP_OK));
	}
	report("hyp_install()", &install);
	report(uninstall_name, &uninstall);
	count_passes(uninstall_name, "", &uninstall);
}

static void reinstall_hypervisor(void)
{
	bench_expect("hyp_install() after HVC_RESET_VECTORS",
		     (uint64_t)(int64_t)hyp_install(), HYP_OK);
}

/* Every call of the resident hypervisor, installed over the boot stub. */
static void bench_resident_hypervisor(void)
{
	static const char reset_name[] = "hyp: HVC_RESET_VECTORS (uninstalls)";
	uint64_t restore = address_of(bench64_restore_vectors);
	uint64_t gic = (read_id_aa64pfr0_el1() >> ID_AA64PFR0_GIC_SHIFT) &
		       ID_AA64PFR0_GIC_MASK;
	struct bench_range reset;

	bench_expect("hyp_install()", (uint64_t)(int64_t)hyp_install(), HYP_OK);
	bench_expect("the resident hypervisor answers", implementer(),
		     HYPSTUB_IMPL_RESIDENT_HYP);

	bench_hvc("hyp: HYP_CALL_PING", bench64_time_hvc_imm_0, HYP_CALL_PING,
		  0, SMCCC_RET_SUCCESS, NULL);
	bench_hvc("hyp: HYP_CALL_FEATURES", bench64_time_hvc_imm_0,
		  HYP_CALL_FEATURES, 0, SMCCC_RET_SUCCESS, NULL);
	bench_hvc("hyp: HYPSTUB_CALL_QUERY", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, 0, NULL);
	reset = measure_hvc(reset_name, bench64_time_hvc_imm_0,
			    HVC_RESET_VECTORS, 0, 0, reinstall_hypervisor);
	report(reset_name, &reset);
	count_passes(reset_name, "", &reset);
	bench_hvc("hyp: HVC_SET_VECTORS, misaligned (error)",
		  bench64_time_hvc_imm_0, HVC_SET_VECTORS, restore + 4,
		  HVC_STUB_ERR, NULL);
	bench_hvc("hyp: HVC_SET_VECTORS, valid table (refused)",
		  bench64_time_hvc_imm_0, HVC_SET_VECTORS, restore,
		  HVC_STUB_ERR, NULL);
	bench_hvc("hyp: HVC_SOFT_RESTART, bad entry (error)",
		  bench64_time_hvc_imm_0, HVC_SOFT_RESTART,
		  BENCH_BAD_RESTART_ENTRY, HVC_STUB_ERR, NULL);
	bench_hvc(gic ? "hyp: HVC_GET_ICH_VTR_EL2 (GICv3)"
		      : "hyp: HVC_GET_ICH_VTR_EL2 (no GICv3: error)",
		  bench64_time_hvc_imm_0, HVC_GET_ICH_VTR_EL2, 0,
		  gic ? 0 : HVC_STUB_ERR, NULL);
	bench_hvc("hyp: unknown call r0=3", bench64_time_hvc_imm_0,
		  BENCH_UNKNOWN_LOW, 0, HVC_STUB_ERR, NULL);
	bench_hvc("hyp: unknown call r0=0x100", bench64_time_hvc_imm_0,
		  BENCH_UNKNOWN_HIGH, 0, SMCCC_RET_NOT_SUPPORTED, NULL);
	/* Not a stub call, so the hypervisor's own "not supported". */
	bench_hvc("hyp: unknown call, x0 bits 63:32 set",
		  bench64_time_hvc_imm_0, BENCH_UNKNOWN_WIDE, 0,
		  SMCCC_RET_NOT_SUPPORTED, NULL);
	bench_hvc("hyp: hvc #1 (not a stub call)", bench64_time_hvc_imm_1,
		  HYPSTUB_CALL_QUERY, 0, HVC_STUB_ERR, NULL);

	bench_expect("the resident hypervisor answers after its calls",
		     implementer(), HYPSTUB_IMPL_RESIDENT_HYP);
	bench_expect("hyp_uninstall()", (uint64_t)(int64_t)hyp_uninstall(),
		     HYP_OK);
	bench_expect("the boot stub answers after hyp_uninstall()",
		     implementer(), HYPSTUB_IMPL_BOOT_STUB);
}

/* ---- the restarts ---- */

static void launch(void) __attribute__((noreturn));
static void launch(void)
{
	const struct bench_restart_step *step = &steps[progress.step];
	struct kexec_image image = {
		.entry = address_of(bench64_restart_entry),
		.r0 = 0,
		.r1 = 0,
		.r2 = 0, /* the counter, written just before the call */
	};
	int result;

	if (step->with_hyp)
		bench_expect("hyp_install() before a restart",
			     (uint64_t)(int64_t)hyp_install(), HYP_OK);
	if (step->kernel_mmu)
		kernel_mmu_enable();
	bench64_arrival.cycles = 0;
	bench64_arrival.ticks = 0;
	progress.in_flight = 1;
	progress.restarts++;
	progress.ticks_before = read_cntpct();
	switch (step->kind) {
	case BY_HVC:
		bench_error("HVC_SOFT_RESTART returned",
			    bench64_restart_hvc(image.entry), 0);
	case BY_KDUMP:
		result = bench64_restart_call(kdump, &image);
		bench_error("kdump() returned", (uint64_t)result, 0);
	case BY_KEXEC:
	default:
		result = bench64_restart_call(kexec, &image);
		bench_error("kexec() returned", (uint64_t)result, 0);
	}
}

static void restarts_start(void) __attribute__((noreturn));
static void restarts_start(void)
{
	struct kexec_image image = {0};
	uint64_t frequency = read_cntfrq();
	uint64_t i;

	progress.empty_call = UINT64_MAX;
	for (i = 0; i < BENCH_RESTART_REPETITIONS; i++) {
		uint64_t count = bench64_time_restart_call_empty(&image);

		if (count < progress.empty_call)
			progress.empty_call = count;
	}
	if (frequency == 0)
		bench_error("CNTFRQ_EL0 is 0: no clock to check the counter by",
			    0, 1);
	progress.instructions_per_tick = NANOSECONDS_PER_SECOND / frequency;
	progress.gap_min = INT64_MAX;
	progress.gap_max = INT64_MIN;
	progress.step = 0;
	progress.repetition = 0;
	range_reset(&progress.range);
	kprintf("bench: restart-repetitions %u\n",
		(uint32_t)BENCH_RESTART_REPETITIONS);
	kprintf("bench: check restart-overhead %u %u\n",
		(uint32_t)progress.empty_hvc, (uint32_t)progress.empty_call);
	launch();
}

/*
 * The step's two rows: the figure, and the figure less the set/way passes
 * counted in it; the first carries the count.
 */
static void report_step(const struct bench_restart_step *step)
{
	const struct bench_range *range = &progress.range;
	uint64_t passes, cleans;

	kprintf("bench: op %u %u %s, %s\n", (uint32_t)range->min,
		(uint32_t)range->max, step->label, step->path);
	passes = count_passes(step->label, step->path, range);
	cleans = passes * progress.clean_call;
	kprintf("bench: op %u %u %s, less its set/way passes\n",
		(uint32_t)(range->min - cleans),
		(uint32_t)(range->max - cleans), step->label);
}

/* Did PMCCNTR_EL0 count every instruction of the restart (CNTPCT's view)? */
static void check_continuity(uint64_t cycles)
{
	uint64_t ticks = bench64_arrival.ticks - progress.ticks_before;
	int64_t gap = (int64_t)(ticks * progress.instructions_per_tick) -
		      (int64_t)cycles;

	if (gap < -BENCH_TICKS_SLACK || gap > BENCH_TICKS_SLACK) {
		kprintf("bench: error PMCCNTR_EL0 counted %u instructions "
			"across a restart, CNTPCT %u ticks of %u: the counter "
			"did not count all the way\n",
			(uint32_t)cycles, (uint32_t)ticks,
			(uint32_t)progress.instructions_per_tick);
		plat_exit(BENCH_EXIT_ERROR);
	}
	if (gap < progress.gap_min)
		progress.gap_min = gap;
	if (gap > progress.gap_max)
		progress.gap_max = gap;
}

/* Last: the floor. Its vectors keep EL2, so nothing runs at EL2 after it. */
static void floor_and_done(void) __attribute__((noreturn));
static void floor_and_done(void)
{
	bench_expect("HVC_SET_VECTORS(floor vectors)",
		     hypstub_set_vectors(address_of(bench64_floor_vectors)), 0);
	/* The bare eret leaves x0 as it was: the stub would answer 0. */
	bench_hvc("floor: hvc to a bare eret", bench64_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, HYPSTUB_CALL_QUERY, NULL);
	kprintf("bench: check restart-ticks %d %d %u\n",
		(int32_t)progress.gap_min, (int32_t)progress.gap_max,
		(uint32_t)progress.instructions_per_tick);
	kprintf("bench: done\n");
	plat_exit(0);
}

static void restart_arrived(unsigned int cpu) __attribute__((noreturn));
static void restart_arrived(unsigned int cpu)
{
	const struct bench_restart_step *step = &steps[progress.step];
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	uint64_t cycles, overhead, figure;

	progress.in_flight = 0;
	bench_expect("the payload starts at EL2", hypstub_boot_mode(),
		     PSR_MODE_HYP);
	bench_expect("the payload's x0", record->r0, 0);
	bench_expect("the payload's x1", record->r1, 0);
	bench_expect("entries of the image, restarts + 1", record->entries,
		     progress.restarts + 1);
	bench_expect("the payload entered at bench64_restart_entry",
		     bench64_arrival.ticks != 0, 1);
	bench_expect("PMCR_EL0.E after a restart", read_pmcr_el0() & PMCR_E,
		     PMCR_E);
	bench_expect("PMCNTENSET_EL0.C after a restart",
		     read_pmcntenset_el0() & PMCNTEN_CYCLES, PMCNTEN_CYCLES);
	bench_expect("PMCCFILTR_EL0 after a restart", read_pmccfiltr_el0(),
		     PMCCFILTR_NSH);

	/* The payload's x2 is the counter read just before the restart. */
	cycles = bench64_arrival.cycles - record->r2;
	check_continuity(cycles);
	overhead =
		step->kind == BY_HVC ? progress.empty_hvc : progress.empty_call;
	if (cycles < overhead)
		bench_error("restart count below the empty measurement", cycles,
			    overhead);
	figure = cycles - overhead;
	range_add(&progress.range, figure);

	if (++progress.repetition == BENCH_RESTART_REPETITIONS) {
		report_step(step);
		progress.step++;
		progress.repetition = 0;
		range_reset(&progress.range);
	}
	if (progress.step == ARRAY_SIZE(steps))
		floor_and_done();
	launch();
}

static uint64_t read_repetitions(void)
{
	uint32_t value = *(volatile uint32_t *)BENCH_REPETITIONS_ADDR;

	if (value == 0)
		return BENCH_DEFAULT_REPETITIONS;
	if (value > BENCH_MAX_REPETITIONS)
		return BENCH_MAX_REPETITIONS;
	return value;
}

void hypstub_main(unsigned int cpu)
{
	uint64_t i;
	int result;

	kernel_cpu_init(cpu);
	if (progress.in_flight)
		restart_arrived(cpu);
	if (progress.started)
		bench_error("entered again without a restart in flight",
			    progress.restarts, 0);
	progress.started = 1;
	bench_expect("the image ends below BENCH_REPETITIONS_ADDR",
		     address_of(__image_end) <= BENCH_REPETITIONS_ADDR, 1);
	if (!hypstub_hyp_available()) {
		kprintf("bench: error not entered at EL2: run QEMU with "
			"-M virt,virtualization=on\n");
		plat_exit(BENCH_EXIT_ERROR);
	}
	progress.repetitions = read_repetitions();
	kprintf("bench: repetitions %u\n", (uint32_t)progress.repetitions);
	kprintf("bench: check cpus %u\n", (uint32_t)PLAT_MAX_CPUS);

	pmu_start(PMCCFILTR_NSH);
	progress.empty_hvc = measure_empty();
	progress.empty_function = UINT64_MAX;
	for (i = 0; i < progress.repetitions; i++) {
		uint64_t count =
			bench64_time_function(bench64_empty_function, &result);

		if (count < progress.empty_function)
			progress.empty_function = count;
	}
	kprintf("bench: check overhead %u %u\n", (uint32_t)progress.empty_hvc,
		(uint32_t)progress.empty_function);

	check_counter();
	print_caches();
	bench_boot_stub();
	progress.clean_call = measure_clean();
	bench_install();
	bench_resident_hypervisor();
	restarts_start();
}
