// SPDX-License-Identifier: BSD-2-Clause
/*
 * The in-target hvc fuzzer (make fuzz, doc/robustness.md). A seeded PRNG
 * drives hvc calls from SVC at the boot stub or at the resident hypervisor
 * (the word at FUZZ_PARAM_TARGET): function IDs, arguments and immediates
 * from pools of interesting values and from the PRNG. After every call it
 * checks that only r0-r3 and ip changed, that the result is one the spec
 * allows, and that the target still answers; now and then that HYP's state
 * is unchanged. Valid destructive calls go through controlled vectors (the
 * probe, which hands HYP back) and a controlled payload (this image, which
 * carries on from its .data state). It ends with the line
 * "fuzz: N calls, V violations, C crashes, seed S"; a halt in HYP ends QEMU
 * with TEST_EXIT_HALTED, which the runner counts as a crash.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "guest.h"
#include "test_kernel.h"

#define TEST_TARGET_GUEST 2 /* the guest's hvcs, under the hypervisor */
#define GUEST_CHUNK 5000

#define FUZZ_PARAM_SEED PLAT_PARAM_WORD(0)
#define FUZZ_PARAM_CALLS PLAT_PARAM_WORD(1)
#define FUZZ_PARAM_TARGET PLAT_PARAM_WORD(2)

#define RAM_END ((uint32_t)PLAT_RAM_BASE + PLAT_RAM_SIZE)
#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define STATE_CHECK_PERIOD 256
#define PROGRESS_PERIOD 50000
#define REPORTED_VIOLATIONS 10
#define HYP_OWN_CALLS 0x7f

extern const char stub_vectors[];
extern const char hyp_vectors[];

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

/* Kept in .data: the fuzzer carries on after a controlled restart. */
struct fuzz_state {
	uint32_t started;
	uint32_t target;
	uint32_t seed;
	uint32_t prng;
	uint32_t calls;
	uint32_t done;
	uint32_t violations;
	uint32_t restarts;
	uint32_t restart_candidates;
	uint32_t restart_pending;
	uint32_t tokens[3];
	uint32_t have_baseline;
	struct probe_snapshot baseline;
};
static struct fuzz_state fuzz __attribute__((section(".data")));

static volatile uint32_t canary_runs;

static void canary(void)
{
	canary_runs++;
}

static uint32_t next_random(void)
{
	uint32_t x = fuzz.prng;

	x ^= x << 13;
	x ^= x >> 17;
	x ^= x << 5;
	fuzz.prng = x;
	return x;
}

/* Uses the high bits, which xorshift mixes best. */
static uint32_t random_below(uint32_t bound)
{
	return (uint32_t)(((uint64_t)next_random() * bound) >> 32);
}

static void violation(const char *what, uint32_t r0, uint32_t detail)
{
	fuzz.violations++;
	if (fuzz.violations <= REPORTED_VIOLATIONS)
		kprintf("fuzz: VIOLATION at call %u: %s (r0 0x%08x, 0x%08x)\n",
			fuzz.done, what, r0, detail);
}

static int target_is_hyp(void)
{
	return fuzz.target == TEST_TARGET_HYP ||
	       fuzz.target == TEST_TARGET_GUEST;
}

/* ---- the pools ---- */

static uint32_t random_in_ram(void)
{
	return PLAT_RAM_BASE + random_below(PLAT_RAM_SIZE);
}

static uint32_t pick_function(void)
{
	switch (random_below(10)) {
	case 0:
	case 1:
	case 2:
		return random_below(HVC_STUB_HCALL_NR + 3);
	case 3:
		return HYP_CALL_BASE + random_below(0x40);
	case 4: {
		static const uint32_t bases[] = {
			0x80000000, 0x84000000, 0xc4000000, 0x86000000,
			0xc6000000, 0x06000000, 0x8600ff00, 0xbf000000,
		};
		return bases[random_below(ARRAY_SIZE(bases))] +
		       random_below(0x20);
	}
	case 5: {
		static const uint32_t specials[] = {
			0xffffffff,
			HVC_STUB_ERR,
			0x7fffffff,
			0xfffffffe,
		};
		return specials[random_below(ARRAY_SIZE(specials))];
	}
	case 6:
		return random_below(2) ? (uint32_t)(uintptr_t)canary
				       : random_in_ram() & ~3u;
	case 7:
		return random_below(0x40000000); /* below RAM */
	default:
		return next_random();
	}
}

static uint32_t pick_argument(void)
{
	switch (random_below(8)) {
	case 0:
		return 0;
	case 1: {
		static const uint32_t specials[] = {
			1,	     0xffffffff,   PLAT_RAM_BASE, RAM_END,
			RAM_END - 4, RAM_END - 32, HVC_STUB_ERR,  0xea1,
		};
		return specials[random_below(ARRAY_SIZE(specials))];
	}
	case 2:
		return (uint32_t)(uintptr_t)probe_vectors +
		       random_below(2) * random_below(32);
	case 3:
		return (uint32_t)(uintptr_t)canary;
	case 4:
		return random_in_ram();
	case 5:
		return random_below(HYP_REG_COUNT + 2);
	default:
		return next_random();
	}
}

typedef void (*hvc_frame_function)(struct hvc_frame *frame);

/* The table entry that means "any immediate, from the PRNG". */
#define RANDOM_IMMEDIATE 0x10000

static const struct {
	uint32_t immediate;
	hvc_frame_function hvc;
} immediates[] = {
	{0, hvc_frame_imm_0},	      {0, hvc_frame_imm_0},
	{0, hvc_frame_imm_0},	      {0, hvc_frame_imm_0},
	{1, hvc_frame_imm_1},	      {2, hvc_frame_imm_2},
	{0xea0, hvc_frame_imm_ea0},   {0xea1, hvc_frame_imm_ea1},
	{0x1234, hvc_frame_imm_1234}, {0x7fff, hvc_frame_imm_7fff},
	{0x8000, hvc_frame_imm_8000}, {0xa5a5, hvc_frame_imm_a5a5},
	{0xc0de, hvc_frame_imm_c0de}, {0xfffe, hvc_frame_imm_fffe},
	{0xffff, hvc_frame_imm_ffff},
};

/* ---- what the spec allows ---- */

static int vector_table_valid(uint32_t address)
{
	return address % 32 == 0 && address >= PLAT_RAM_BASE &&
	       address <= RAM_END - 32;
}

static int restart_entry_valid(uint32_t entry)
{
	return entry % 4 == 0 && entry >= PLAT_RAM_BASE && entry <= RAM_END - 4;
}

struct expected {
	uint32_t r0;
	uint32_t known; /* bit n: rn's value is known (bit 4 for ip) */
	uint32_t r[5];
	int installs_probe;
	int uninstalls;
};

static void expect_query(struct expected *e)
{
	e->r0 = 0;
	e->known = 0x1f;
	e->r[1] = HYPSTUB_QUERY_MAGIC;
	e->r[2] = HYPSTUB_ABI_VERSION;
	e->r[3] = target_is_hyp() ? HYPSTUB_RESIDENT_HYP_CALLS
				  : HYPSTUB_BOOT_STUB_CALLS;
	e->r[4] = target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
				  : HYPSTUB_IMPL_BOOT_STUB;
}

/* The other discovery calls, from either target ([DISCOVERY-1,2,4]). */
static void expect_discovery(struct expected *e, const struct hvc_frame *in)
{
	uint32_t base, size;

	e->known = 0x1f;
	e->r[1] = in->in_r1;
	e->r[2] = in->in_r2;
	e->r[3] = in->in_r3;
	e->r[4] = in->in_ip;
	switch (in->in_r0) {
	case HYPSTUB_CALL_UID:
		e->r0 = HYPSTUB_UUID_0;
		e->r[1] = HYPSTUB_UUID_1;
		e->r[2] = HYPSTUB_UUID_2;
		e->r[3] = HYPSTUB_UUID_3;
		break;
	case HYPSTUB_CALL_REVISION:
		e->r0 = HYPSTUB_ABI_VERSION;
		e->r[1] = 0;
		break;
	default:
		hypstub_memory(&base, &size);
		e->r0 = 0;
		e->r[1] = (uint32_t)(uintptr_t)stub_vectors;
		e->r[2] = base;
		e->r[3] = size;
		break;
	}
}

static void expect_hyp_call(struct expected *e, const struct hvc_frame *in)
{
	uint32_t index = in->in_r0 & SMCCC_FUNCTION_MASK;

	e->r0 = SMCCC_RET_NOT_SUPPORTED;
	if ((in->in_r0 & ~(uint32_t)SMCCC_FUNCTION_MASK) != HYP_CALL_BASE ||
	    index >= 32 || !(HYP_OWN_CALLS & (1u << index)))
		return;
	e->r0 = 0;
	switch (in->in_r0) {
	case HYP_CALL_FEATURES:
		e->known = 0xf;
		e->r[1] = HYP_FEATURES_MAGIC;
		e->r[2] = HYP_VERSION;
		e->r[3] = HYP_OWN_CALLS;
		break;
	case HYP_CALL_READ_REGISTER:
		if (in->in_r1 >= HYP_REG_COUNT)
			e->r0 = SMCCC_RET_INVALID_PARAMETER;
		break;
	case HYP_CALL_INIT:
		e->r0 = SMCCC_RET_NOT_REQUIRED;
		break;
	case HYP_CALL_RUN_GUEST:
		e->r0 = SMCCC_RET_INVALID_PARAMETER;
		break;
	default:
		break;
	}
}

static void expect(struct expected *e, const struct hvc_frame *in,
		   uint32_t immediate)
{
	*e = (struct expected){.r0 = HVC_STUB_ERR, .known = 1};
	if (immediate != 0) {
		/* Not a stub call: r0 = error, nothing else changes. */
		e->known = 0x1f;
		e->r[1] = in->in_r1;
		e->r[2] = in->in_r2;
		e->r[3] = in->in_r3;
		e->r[4] = in->in_ip;
		return;
	}
	switch (in->in_r0) {
	case HVC_SET_VECTORS:
		if (!target_is_hyp() && vector_table_valid(in->in_r1)) {
			e->r0 = 0;
			e->installs_probe = 1;
		}
		return;
	case HVC_SOFT_RESTART:
		return; /* a valid one never gets here */
	case HVC_RESET_VECTORS:
		e->r0 = 0;
		e->uninstalls = target_is_hyp();
		return;
	case HYPSTUB_CALL_QUERY:
		expect_query(e);
		return;
	case HYPSTUB_CALL_UID:
	case HYPSTUB_CALL_REVISION:
	case HYPSTUB_CALL_MEMORY:
		expect_discovery(e, in);
		return;
	default:
		if (in->in_r0 >= HVC_STUB_HCALL_NR && target_is_hyp())
			expect_hyp_call(e, in);
		return;
	}
}

/* ---- keeping the target in place ---- */

static uint32_t current_implementer(void)
{
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

	hypstub_hvc(&regs);
	return regs.r0 == 0 && regs.r1 == HYPSTUB_QUERY_MAGIC ? regs.ip : 0;
}

static uint32_t expected_implementer(void)
{
	return target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
			       : HYPSTUB_IMPL_BOOT_STUB;
}

static void ensure_target(void)
{
	if (target_is_hyp() &&
	    current_implementer() != HYPSTUB_IMPL_RESIDENT_HYP &&
	    hyp_install() != HYP_OK)
		violation("hyp_install() failed", 0, 0);
}

/* Let the probe snapshot HYP and hand it back; 0 when it did not run. */
static int probe(struct probe_snapshot *snapshot)
{
	struct hypstub_regs regs = {.r0 = HVC_SET_VECTORS};

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	regs.r1 = (uint32_t)(uintptr_t)probe_vectors;
	hypstub_hvc(&regs);
	if (regs.r0 != 0)
		return 0;
	regs = (struct hypstub_regs){.r0 = HYPSTUB_CALL_QUERY};
	hypstub_hvc(&regs);
	*snapshot = probe_snapshot;
	return regs.r0 == PROBE_MAGIC;
}

static void check_hyp_state(void)
{
	struct probe_snapshot now;
	uint32_t value = 0;

	if (!target_is_hyp()) {
		if (!probe(&now)) {
			violation("the probe did not run", 0, 0);
			return;
		}
		if (!fuzz.have_baseline) {
			fuzz.baseline = now;
			fuzz.have_baseline = 1;
		} else if (memcmp(&now, &fuzz.baseline,
				  offsetof(struct probe_snapshot, count)) !=
			   0) {
			violation("HYP state changed", now.hsctlr, now.hcr);
		}
		return;
	}
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0, &value, NULL,
		 NULL);
	if ((value & (SCTLR_M | SCTLR_C | SCTLR_I)) !=
	    (SCTLR_M | SCTLR_C | SCTLR_I))
		violation("HYP MMU no longer on", 0, value);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_VBAR, 0, 0, &value, NULL,
		 NULL);
	if (value != (uint32_t)(uintptr_t)hyp_vectors)
		violation("HVBAR changed", 0, value);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_HCR, 0, 0, &value, NULL, NULL);
	if (value != 0)
		violation("HCR changed", 0, value);
}

/* ---- one call ---- */

static void controlled_restart(struct hvc_frame *frame)
{
	fuzz.tokens[0] = frame->in_r2;
	fuzz.tokens[1] = frame->in_r3;
	fuzz.tokens[2] = frame->in_ip;
	fuzz.restart_pending = 1;
	fuzz.restarts++;
	fuzz.done++;
	frame->in_r1 = (uint32_t)(uintptr_t)hypstub_entry;
	hvc_frame_imm_0(frame);
	fuzz.restart_pending = 0;
	violation("a valid HVC_SOFT_RESTART returned", frame->out[0], 0);
}

static void check_restart_arrival(void)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(0);

	if (record->r0 != fuzz.tokens[0] || record->r1 != fuzz.tokens[1] ||
	    record->r2 != fuzz.tokens[2])
		violation("payload registers", record->r0, fuzz.tokens[0]);
	if ((record->cpsr & (PSR_MODE_MASK | PSR_AIF_MASK)) !=
	    (PSR_MODE_HYP | PSR_AIF_MASK))
		violation("payload mode or masks", 0, record->cpsr);
	if (record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I))
		violation("payload HSCTLR", 0, record->hsctlr);
	if (record->hvbar != (uint32_t)(uintptr_t)stub_vectors)
		violation("payload HVBAR", 0, record->hvbar);
}

static void one_call(void)
{
	uint32_t pick = random_below(ARRAY_SIZE(immediates));
	uint32_t immediate = immediates[pick].immediate;
	struct hvc_frame frame = {
		.in_r0 = pick_function(),
		.in_r1 = pick_argument(),
		.in_r2 = pick_argument(),
		.in_r3 = pick_argument(),
		.in_ip = pick_argument(),
		.in_flags = next_random() & 0xf0000000,
	};
	uint32_t damage, reg, cpsr = read_cpsr();
	struct expected e;

	if (immediate == RANDOM_IMMEDIATE) {
		immediate = next_random() & 0xffff;
		hvc_frame_set_immediate(immediate);
	}

	/* Destructive calls only through controlled vectors and payloads. */
	if (immediate == 0 && frame.in_r0 == HVC_SET_VECTORS &&
	    vector_table_valid(frame.in_r1)) {
		frame.in_r1 = (uint32_t)(uintptr_t)probe_vectors;
		probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	}
	/* A guest runs only from the guest target, with a known guest. */
	if (frame.in_r0 == HYP_CALL_RUN_GUEST &&
	    frame.in_r1 % HYP_GUEST_WINDOW_SIZE == 0)
		frame.in_r1 |= 4;
	if (immediate == 0 && frame.in_r0 == HVC_SOFT_RESTART &&
	    restart_entry_valid(frame.in_r1)) {
		fuzz.restart_candidates++;
		if (random_below(64) == 0)
			controlled_restart(&frame);
		frame.in_r1 |= 2;
	}
	expect(&e, &frame, immediate);
	immediates[pick].hvc(&frame);
	fuzz.done++;

	damage =
		hvc_frame_damage(&frame, cpsr & (PSR_MODE_MASK | PSR_AIF_MASK));
	if (damage)
		violation("registers other than r0-r3 and ip changed",
			  frame.in_r0, damage);
	if (frame.out[0] != e.r0)
		violation("result", frame.in_r0, frame.out[0]);
	for (reg = 1; reg <= 4; reg++) {
		uint32_t out = frame.out[reg == 4 ? 12 : reg];

		if ((e.known & (1u << reg)) && out != e.r[reg])
			violation("returned register", frame.in_r0, reg);
	}
	if (canary_runs)
		violation("a caller's value was run as code", frame.in_r0, 0);
	canary_runs = 0;
	if (e.installs_probe && frame.out[0] == 0) {
		struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

		hypstub_hvc(&regs);
		if (regs.r0 != PROBE_MAGIC)
			violation("HVC_SET_VECTORS did not install the table",
				  0, regs.r0);
	}
	if (e.uninstalls)
		ensure_target();
	if (current_implementer() != expected_implementer()) {
		violation("the target no longer answers", frame.in_r0,
			  current_implementer());
		ensure_target();
	}
}

/* The guest's hvc surface: chunks of random hvcs from the test guest. */
static void guest_chunk(void)
{
	uint32_t calls = fuzz.calls - fuzz.done;
	struct guest_data data = {.mode = GUEST_MODE_FUZZ,
				  .seed = next_random() | 1};
	uint32_t bad = 0, done = 0, reason;

	data.calls = calls < GUEST_CHUNK ? calls : GUEST_CHUNK;
	reason = guest_run(&data, &bad, &done);
	if (reason != HYP_GUEST_EXIT_CALL || done != data.calls) {
		violation("the guest did not finish its calls", reason, done);
		done = data.calls;
	}
	fuzz.done += done;
	if (bad) {
		fuzz.violations += bad - 1;
		violation("a guest hvc got a host answer",
			  guest_data()->last_bad_r0,
			  guest_data()->last_bad_result);
	}
	if (current_implementer() != HYPSTUB_IMPL_RESIDENT_HYP)
		violation("the hypervisor no longer answers the host", 0, 0);
	check_hyp_state();
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	if (!fuzz.started) {
		fuzz.started = 1;
		fuzz.seed = *(volatile uint32_t *)FUZZ_PARAM_SEED;
		fuzz.calls = *(volatile uint32_t *)FUZZ_PARAM_CALLS;
		fuzz.target = *(volatile uint32_t *)FUZZ_PARAM_TARGET;
		fuzz.prng = fuzz.seed ? fuzz.seed : 1;
		if (fuzz.calls == 0)
			fuzz.calls = 10000;
		kprintf("fuzz: target %s, seed %u, %u calls\n",
			fuzz.target == TEST_TARGET_GUEST ? "guest"
			: target_is_hyp()		 ? "resident hypervisor"
							 : "boot stub",
			fuzz.seed, fuzz.calls);
		ensure_target();
		check_hyp_state();
	}
	if (fuzz.restart_pending) {
		fuzz.restart_pending = 0;
		check_restart_arrival();
	}
	ensure_target();
	while (fuzz.target == TEST_TARGET_GUEST && fuzz.done < fuzz.calls) {
		uint32_t before = fuzz.done;

		guest_chunk();
		if (fuzz.done / PROGRESS_PERIOD != before / PROGRESS_PERIOD)
			kprintf("fuzz: progress %u\n", fuzz.done);
	}
	while (fuzz.done < fuzz.calls) {
		one_call();
		if (fuzz.done % STATE_CHECK_PERIOD == 0)
			check_hyp_state();
		if (fuzz.done % PROGRESS_PERIOD == 0)
			kprintf("fuzz: progress %u\n", fuzz.done);
	}
	if (!target_is_hyp())
		check_hyp_state();
	kprintf("fuzz: %u calls, %u violations, 0 crashes, seed %u "
		"(%u valid restarts, %u taken)\n",
		fuzz.done, fuzz.violations, fuzz.seed, fuzz.restart_candidates,
		fuzz.restarts);
	plat_exit(fuzz.violations ? 1 : 0);
}
