// SPDX-License-Identifier: BSD-2-Clause
/*
 * The bench kernel (make bench, tools/bench). Run under QEMU with
 * "-icount shift=0,sleep=off", the cycle counter PMCCNTR advances by one per
 * instruction executed, so every figure is an instruction count, the same on
 * every run. Each figure is the minimum over the repetitions of one timed
 * sequence (bench_timing.S), less the count of the same sequence with
 * nothing in it; the maximum is printed too, to show that the repetitions
 * agree. The restart figures come last, from later generations of the
 * kernel (bench_restart.c).
 *
 * It prints raw lines on the UART, which tools/bench turns into a table and
 * build/bench.json:
 *   bench: repetitions N
 *   bench: restart-repetitions N   restarts per restart figure
 *   bench: check NAME VALUE...     what was found: counter, caches, CPUs
 *   bench: op MIN MAX NAME...      one figure, in instructions
 *   bench: passes N NAME...        the set/way passes counted in figure NAME
 *   bench: note TEXT               something the reader should know
 *   bench: error TEXT              then QEMU exits with status 1
 *   bench: done                    then QEMU exits with status 0
 */
#include <arch/arm/sysreg.h>
#include <core/stub.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "bench.h"

/* The exit status when HYP code halted (as the test kernels' 125). */
#define BENCH_EXIT_HALTED 125

/* CLIDR and CCSIDR fields (ARMv7-A ARM, B4.1.20 and B4.1.19). */
#define CLIDR_LOC_SHIFT 24
#define CLIDR_FIELD_MASK 7
#define CLIDR_CTYPE_DATA 2 /* this Ctype and above include a data cache */
#define CCSIDR_SETS_SHIFT 13
#define CCSIDR_SETS_MASK 0x7fff
#define CCSIDR_WAYS_SHIFT 3
#define CCSIDR_WAYS_MASK 0x3ff
#define CCSIDR_LINE_MASK 7

/* An entry address that fails the check of HVC_SOFT_RESTART. */
#define BENCH_BAD_RESTART_ENTRY 3
/* Function IDs nobody implements: the reserved stub call, and a high one. */
#define BENCH_UNKNOWN_LOW HVC_FINALISE_EL2
#define BENCH_UNKNOWN_HIGH 0x100

extern const char stub_vectors[];
extern const char __image_end[];

typedef uint32_t (*bench_timer)(struct hypstub_regs *regs);

static uint32_t repetitions;
static uint32_t empty_hvc_count;      /* bench_time_empty(): the overhead */
static uint32_t empty_function_count; /* bench_empty_function(), timed */

/* A halt in HYP code ends QEMU at once instead of hanging (plat/halt.c). */
void plat_halt(void)
{
	plat_exit(BENCH_EXIT_HALTED);
}

void bench_error(const char *what, uint32_t actual, uint32_t expected)
{
	kprintf("bench: error %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
	plat_exit(BENCH_EXIT_ERROR);
}

void bench_expect(const char *what, uint32_t actual, uint32_t expected)
{
	if (actual != expected)
		bench_error(what, actual, expected);
}

/* Enable the cycle counter, counting in HYP too when filter says so. */
static void pmu_start(uint32_t filter)
{
	write_pmcr(read_pmcr() & ~(uint32_t)(PMCR_E | PMCR_D | PMCR_DP));
	write_pmselr(PMSELR_CYCLE_COUNTER);
	isb();
	write_pmxevtyper(filter);
	write_pmcntenset(PMCNTEN_CYCLES);
	write_pmcr((read_pmcr() & ~(uint32_t)(PMCR_D | PMCR_DP)) | PMCR_E |
		   PMCR_C);
	isb();
}

void bench_range_reset(struct bench_range *range)
{
	range->min = UINT32_MAX;
	range->max = 0;
}

void bench_range_add(struct bench_range *range, uint32_t value)
{
	if (value < range->min)
		range->min = value;
	if (value > range->max)
		range->max = value;
}

void bench_report(const char *name, const struct bench_range *range)
{
	kprintf("bench: op %u %u %s\n", range->min, range->max, name);
}

/* The overhead of a timed hvc: the same sequence without the hvc. */
static uint32_t measure_empty(void)
{
	struct bench_range range;
	uint32_t i;

	bench_range_reset(&range);
	for (i = 0; i < repetitions; i++) {
		struct hypstub_regs regs = {0};

		bench_range_add(&range, bench_time_empty(&regs));
	}
	if (range.min != range.max)
		kprintf("bench: check empty-varies %u %u\n", range.min,
			range.max);
	return range.min;
}

/*
 * One hvc, repeated: r0 and r1 in, r0 == expected out (so a figure never
 * measures a path other than the one it names), then after() if given.
 */
static struct bench_range measure_hvc(const char *name, bench_timer timer,
				      uint32_t r0, uint32_t r1,
				      uint32_t expected, void (*after)(void))
{
	struct bench_range range;
	uint32_t i;

	bench_range_reset(&range);
	for (i = 0; i < repetitions; i++) {
		struct hypstub_regs regs = {.r0 = r0, .r1 = r1};
		uint32_t count = timer(&regs);

		bench_expect(name, regs.r0, expected);
		if (count < empty_hvc_count)
			bench_error("count below the empty measurement", count,
				    empty_hvc_count);
		bench_range_add(&range, count - empty_hvc_count);
		if (after)
			after();
	}
	return range;
}

static void bench_hvc(const char *name, bench_timer timer, uint32_t r0,
		      uint32_t r1, uint32_t expected, void (*after)(void))
{
	struct bench_range range =
		measure_hvc(name, timer, r0, r1, expected, after);

	bench_report(name, &range);
}

/* One C function (hyp_install, hyp_uninstall), timed once. */
static uint32_t time_function(const char *name, int (*function)(void),
			      int expected)
{
	int result = 0;
	uint32_t count = bench_time_function(function, &result);

	bench_expect(name, (uint32_t)result, (uint32_t)expected);
	if (count < empty_function_count)
		bench_error("count below the empty call", count,
			    empty_function_count);
	return count - empty_function_count;
}

static uint32_t address_of(const char *symbol)
{
	return (uint32_t)(uintptr_t)symbol;
}

static uint32_t implementer(void)
{
	struct hypstub_query_result query;

	if (hypstub_query(&query) != 0)
		return 0;
	return query.implementer;
}

static void restore_stub_vectors(void)
{
	bench_expect("restore the stub from the floor vectors",
		     bench_floor_restore(address_of(stub_vectors)), 0);
}

static void reinstall_hypervisor(void)
{
	bench_expect("hyp_install() after HVC_RESET_VECTORS",
		     (uint32_t)hyp_install(), HYP_OK);
}

/*
 * Does the counter count one per instruction, and does it count in HYP? A
 * stub call measured with PMCCFILTR.NSH clear counts only its instructions
 * in SVC; with NSH set it must count more.
 */
static void check_counter(void)
{
	struct bench_range without_nsh, with_nsh, nops;
	uint32_t i;

	bench_range_reset(&nops);
	for (i = 0; i < repetitions; i++)
		bench_range_add(&nops, bench_time_nop_block());
	kprintf("bench: check nop-block %u %u\n", nops.min - empty_hvc_count,
		(uint32_t)BENCH_NOP_BLOCK);
	if (nops.min - empty_hvc_count != BENCH_NOP_BLOCK ||
	    nops.min != nops.max) {
		kprintf("bench: error the cycle counter does not count one per "
			"instruction: run QEMU with -icount shift=0,sleep=off "
			"(tools/bench does)\n");
		plat_exit(BENCH_EXIT_ERROR);
	}

	pmu_start(0);
	without_nsh = measure_hvc("HYPSTUB_CALL_QUERY, NSH clear",
				  bench_time_hvc_imm_0, HYPSTUB_CALL_QUERY, 0,
				  0, NULL);
	pmu_start(PMCCFILTR_NSH);
	write_pmselr(PMSELR_CYCLE_COUNTER);
	isb();
	kprintf("bench: check pmccfiltr 0x%08x\n", read_pmxevtyper());
	with_nsh =
		measure_hvc("HYPSTUB_CALL_QUERY, NSH set", bench_time_hvc_imm_0,
			    HYPSTUB_CALL_QUERY, 0, 0, NULL);
	kprintf("bench: check hyp-counting %u %u\n", without_nsh.min,
		with_nsh.min);
	if (with_nsh.min <= without_nsh.min) {
		kprintf("bench: error PMCCNTR does not count in HYP mode "
			"although PMCCFILTR.NSH is set\n");
		plat_exit(BENCH_EXIT_ERROR);
	}
}

/*
 * The data and unified caches QEMU describes, up to the level of coherency:
 * what the set/way clean of an uninstall walks.
 */
static void print_caches(void)
{
	uint32_t clidr = read_clidr();
	uint32_t coherency = (clidr >> CLIDR_LOC_SHIFT) & CLIDR_FIELD_MASK;
	uint32_t level;

	for (level = 0; level < coherency; level++) {
		uint32_t type = (clidr >> (3 * level)) & CLIDR_FIELD_MASK;
		uint32_t ccsidr;

		if (type < CLIDR_CTYPE_DATA)
			continue;
		write_csselr(level << 1);
		isb();
		ccsidr = read_ccsidr();
		kprintf("bench: check cache L%u %u %u %u\n", level + 1,
			((ccsidr >> CCSIDR_SETS_SHIFT) & CCSIDR_SETS_MASK) + 1,
			((ccsidr >> CCSIDR_WAYS_SHIFT) & CCSIDR_WAYS_MASK) + 1,
			1u << ((ccsidr & CCSIDR_LINE_MASK) + 4));
	}
	write_csselr(0);
	isb();
}

static void bench_floor(void)
{
	bench_expect("HVC_SET_VECTORS(floor vectors)",
		     hypstub_set_vectors(address_of(bench_floor_vectors)), 0);
	/* The bare eret leaves r0 as it was: the stub would answer 0. */
	bench_hvc("floor: hvc to a bare eret", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, HYPSTUB_CALL_QUERY, NULL);
	restore_stub_vectors();
	bench_expect("the boot stub answers after the floor", implementer(),
		     HYPSTUB_IMPL_BOOT_STUB);
}

static void bench_boot_stub(void)
{
	uint32_t floor = address_of(bench_floor_vectors);

	bench_hvc("stub: HYPSTUB_CALL_QUERY", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, 0, NULL);
	bench_hvc("stub: HYPSTUB_CALL_UID", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_UID, 0, HYPSTUB_UUID_0, NULL);
	bench_hvc("stub: HYPSTUB_CALL_REVISION", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_REVISION, 0, HYPSTUB_ABI_VERSION, NULL);
	bench_hvc("stub: HYPSTUB_CALL_MEMORY", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_MEMORY, 0, 0, NULL);
	bench_hvc("stub: HVC_RESET_VECTORS", bench_time_hvc_imm_0,
		  HVC_RESET_VECTORS, 0, 0, NULL);
	bench_hvc("stub: HVC_SET_VECTORS, misaligned (error)",
		  bench_time_hvc_imm_0, HVC_SET_VECTORS, floor + 4,
		  HVC_STUB_ERR, NULL);
	bench_hvc("stub: HVC_SET_VECTORS, valid table", bench_time_hvc_imm_0,
		  HVC_SET_VECTORS, floor, 0, restore_stub_vectors);
	bench_hvc("stub: HVC_SOFT_RESTART, bad entry (error)",
		  bench_time_hvc_imm_0, HVC_SOFT_RESTART,
		  BENCH_BAD_RESTART_ENTRY, HVC_STUB_ERR, NULL);
	bench_hvc("stub: unknown call r0=3", bench_time_hvc_imm_0,
		  BENCH_UNKNOWN_LOW, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: unknown call r0=0x100", bench_time_hvc_imm_0,
		  BENCH_UNKNOWN_HIGH, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: hvc #1 (not a stub call)", bench_time_hvc_imm_1,
		  HYPSTUB_CALL_QUERY, 0, HVC_STUB_ERR, NULL);
	bench_hvc("stub: HYP_CALL_PING (unknown to the stub)",
		  bench_time_hvc_imm_0, HYP_CALL_PING, 0, HVC_STUB_ERR, NULL);
	bench_expect("the boot stub answers after its calls", implementer(),
		     HYPSTUB_IMPL_BOOT_STUB);
}

/*
 * The set/way clean of the data caches alone, arch_dcache_clean_invalidate_all
 * timed around its bl less the second read (as for an hvc): exactly what
 * one call of it adds to a path, the bl and every instruction of the
 * function. bench_count_passes() divides by it. Returns it.
 */
static uint32_t bench_clean(void)
{
	struct bench_range clean;
	uint32_t i;

	bench_range_reset(&clean);
	for (i = 0; i < repetitions; i++) {
		uint32_t count = bench_time_dcache_clean();

		if (count < empty_hvc_count)
			bench_error("count below the empty measurement", count,
				    empty_hvc_count);
		bench_range_add(&clean, count - empty_hvc_count);
	}
	if (clean.min == 0 || clean.min != clean.max)
		bench_error("a set/way pass does not count the same every time",
			    clean.max, clean.min);
	bench_report("set/way clean, one pass (timed alone)", &clean);
	return clean.min;
}

/* hyp_install() and hyp_uninstall(), alternately, each timed alone. */
static void bench_install(uint32_t clean)
{
	static const char uninstall_name[] = "hyp_uninstall()";
	struct bench_range install, uninstall;
	uint32_t i;

	bench_range_reset(&install);
	bench_range_reset(&uninstall);
	for (i = 0; i < repetitions; i++) {
		bench_range_add(&install, time_function("hyp_install()",
							hyp_install, HYP_OK));
		bench_range_add(
			&uninstall,
			time_function(uninstall_name, hyp_uninstall, HYP_OK));
	}
	bench_report("hyp_install()", &install);
	bench_report(uninstall_name, &uninstall);
	bench_count_passes(uninstall_name, "", &uninstall, clean);
}

static void bench_resident_hypervisor(uint32_t clean)
{
	static const char reset_name[] = "hyp: HVC_RESET_VECTORS (uninstalls)";
	uint32_t floor = address_of(bench_floor_vectors);
	struct bench_range reset;

	bench_expect("hyp_install()", (uint32_t)hyp_install(), HYP_OK);
	bench_expect("the resident hypervisor answers", implementer(),
		     HYPSTUB_IMPL_RESIDENT_HYP);

	bench_hvc("hyp: HYP_CALL_PING", bench_time_hvc_imm_0, HYP_CALL_PING, 0,
		  SMCCC_RET_SUCCESS, NULL);
	bench_hvc("hyp: HYP_CALL_FEATURES", bench_time_hvc_imm_0,
		  HYP_CALL_FEATURES, 0, SMCCC_RET_SUCCESS, NULL);
	bench_hvc("hyp: HYPSTUB_CALL_QUERY", bench_time_hvc_imm_0,
		  HYPSTUB_CALL_QUERY, 0, 0, NULL);
	reset = measure_hvc(reset_name, bench_time_hvc_imm_0, HVC_RESET_VECTORS,
			    0, 0, reinstall_hypervisor);
	bench_report(reset_name, &reset);
	bench_count_passes(reset_name, "", &reset, clean);
	bench_hvc("hyp: HVC_SET_VECTORS, misaligned (error)",
		  bench_time_hvc_imm_0, HVC_SET_VECTORS, floor + 4,
		  HVC_STUB_ERR, NULL);
	bench_hvc("hyp: HVC_SET_VECTORS, valid table (refused)",
		  bench_time_hvc_imm_0, HVC_SET_VECTORS, floor, HVC_STUB_ERR,
		  NULL);
	bench_hvc("hyp: HVC_SOFT_RESTART, bad entry (error)",
		  bench_time_hvc_imm_0, HVC_SOFT_RESTART,
		  BENCH_BAD_RESTART_ENTRY, HVC_STUB_ERR, NULL);
	bench_hvc("hyp: unknown call r0=3", bench_time_hvc_imm_0,
		  BENCH_UNKNOWN_LOW, 0, HVC_STUB_ERR, NULL);
	bench_hvc("hyp: unknown call r0=0x100", bench_time_hvc_imm_0,
		  BENCH_UNKNOWN_HIGH, 0, SMCCC_RET_NOT_SUPPORTED, NULL);
	bench_hvc("hyp: hvc #1 (not a stub call)", bench_time_hvc_imm_1,
		  HYPSTUB_CALL_QUERY, 0, HVC_STUB_ERR, NULL);

	bench_expect("the resident hypervisor answers after its calls",
		     implementer(), HYPSTUB_IMPL_RESIDENT_HYP);
	bench_expect("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	bench_expect("the boot stub answers after hyp_uninstall()",
		     implementer(), HYPSTUB_IMPL_BOOT_STUB);
}

static uint32_t read_repetitions(void)
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
	struct bench_restart_costs costs;
	uint32_t i;
	int result;

	kernel_cpu_init(cpu);
	/* A later generation: the payload of one of the bench's restarts. */
	if (bench_restart_in_flight())
		bench_restart_arrived(cpu);
	/* The word tools/bench pokes must lie beyond the image and its .bss. */
	bench_expect("the image ends below BENCH_REPETITIONS_ADDR",
		     address_of(__image_end) <= BENCH_REPETITIONS_ADDR, 1);
	if (!hypstub_hyp_available()) {
		kprintf("bench: error not entered in HYP mode: run QEMU with "
			"-M virt,virtualization=on\n");
		plat_exit(BENCH_EXIT_ERROR);
	}
	repetitions = read_repetitions();
	kprintf("bench: repetitions %u\n", repetitions);
	kprintf("bench: check cpus %u\n", (uint32_t)PLAT_MAX_CPUS);

	pmu_start(PMCCFILTR_NSH);
	empty_hvc_count = measure_empty();
	empty_function_count = UINT32_MAX;
	for (i = 0; i < repetitions; i++) {
		uint32_t count =
			bench_time_function(bench_empty_function, &result);

		if (count < empty_function_count)
			empty_function_count = count;
	}
	kprintf("bench: check overhead %u %u\n", empty_hvc_count,
		empty_function_count);

	check_counter();
	print_caches();
	bench_floor();
	bench_boot_stub();
	costs.clean_call = bench_clean();
	bench_install(costs.clean_call);
	bench_resident_hypervisor(costs.clean_call);
	costs.empty_hvc = empty_hvc_count;
	bench_restarts_start(&costs);
}
