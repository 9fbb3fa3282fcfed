// SPDX-License-Identifier: BSD-2-Clause
/*
 * The in-target hvc fuzzer on AArch64 (make fuzz ARCH=arm64,
 * doc/robustness.md), the counterpart of tests/target/fuzz.c. A seeded PRNG
 * drives hvc calls from EL1 at the target the word at FUZZ_PARAM_TARGET
 * names: the boot stub, the resident hypervisor (installed over it), or a
 * guest under the hypervisor, whose own code (tests/target/arm64/
 * guest_code.S) issues random hvc and smc. Function IDs, arguments and
 * immediates come from pools of interesting values and from the PRNG, with
 * 64-bit values everywhere and function IDs whose low 32 bits name a call
 * but whose upper 32 bits are set ([A64-CALL-2]). After every call it
 * checks that x19-x30, sp, NZCV and DAIF are as they were ([A64-CALL-1]),
 * that x0 (and x1-x4 where they are known) is what the spec allows, that no
 * caller's value was run as code, and that the target still answers; every
 * STATE_CHECK_PERIOD calls that EL2's state is unchanged. Valid destructive
 * calls go through controlled vectors (the probe, which hands EL2 back) and
 * a controlled payload (this image, which carries on from its .data state).
 * It ends with the line "fuzz: N calls, V violations, 0 crashes, seed S"; a
 * halt at EL2 ends QEMU with TEST64_EXIT_HALTED, which tools/fuzz counts as
 * a crash.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "guest.h"
#include "test64.h"

#define FUZZ_PARAM_SEED PLAT_PARAM_WORD(0)
#define FUZZ_PARAM_CALLS PLAT_PARAM_WORD(1)
#define FUZZ_PARAM_TARGET PLAT_PARAM_WORD(2)
#define FUZZ_TARGET_STUB 0
#define FUZZ_TARGET_HYP 1
#define FUZZ_TARGET_GUEST 2
#define GUEST_CHUNK 5000
/* The hypervisor's calls: features to run guest (HYP_CALL_FEATURES' r3). */
#define HYP_OWN_CALLS 0x7f

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define STATE_CHECK_PERIOD 256
#define PROGRESS_PERIOD 50000
#define REPORTED_VIOLATIONS 10
#define RESTART_ONE_IN 8
#define VECTOR_TABLE_BYTES 2048
#define INSTRUCTION_BYTES 4
#define SPSR_FLAGS_MASK 0xf0000000ull

/* HVC #imm16 (A64): 1101 0100 000, imm16, 000 10. */
#define HVC_A64 0xd4000002u
#define HVC_A64_MASK 0xffe0001fu
#define HVC_A64_IMM_SHIFT 5

extern const char stub_vectors[];
extern const char hyp_vectors[];

/* fuzz64_frame.S: the hvc sites, two instructions each. */
struct fuzz64_site {
	uint32_t hvc;
	uint32_t branch_back;
};
extern struct fuzz64_site fuzz64_sites[];
extern const uint64_t fuzz64_site_count;
void fuzz64_hvc(struct frame64 *frame, const struct fuzz64_site *site);

/* Kept in .data: the fuzzer carries on after a controlled restart. */
struct fuzz_state {
	uint64_t started;
	uint64_t target;
	uint64_t seed;
	uint64_t prng;
	uint64_t calls;
	uint64_t done;
	uint64_t violations;
	uint64_t restarts;
	uint64_t restart_candidates;
	uint64_t restart_pending;
	uint64_t entries; /* times this image was entered: restarts + 1 */
	uint64_t tokens[3];
	uint64_t have_baseline;
	uint64_t have_ich_vtr;
	uint64_t ich_vtr;
	struct probe64 baseline;
};
static struct fuzz_state fuzz __attribute__((section(".data")));

static uint64_t ram_base, ram_size;
static int gic_system_registers;
static volatile uint64_t canary_runs;

static void canary(void)
{
	canary_runs++;
}

static uint64_t next_random(void)
{
	uint64_t x = fuzz.prng;

	/* xorshift64 */
	x ^= x << 13;
	x ^= x >> 7;
	x ^= x << 17;
	fuzz.prng = x;
	return x;
}

/* Uses the high bits, which xorshift mixes best. */
static uint64_t random_below(uint64_t bound)
{
	return ((next_random() >> 32) * bound) >> 32;
}

static void print64(uint64_t value)
{
	kprintf("0x%08x%08x", (uint32_t)(value >> 32), (uint32_t)value);
}

static void violation(const char *what, uint64_t x0, uint64_t detail)
{
	fuzz.violations++;
	if (fuzz.violations > REPORTED_VIOLATIONS)
		return;
	kprintf("fuzz: VIOLATION at call %u: %s (x0 ", (uint32_t)fuzz.done,
		what);
	print64(x0);
	kprintf(", ");
	print64(detail);
	kprintf(")\n");
}

static int target_is_hyp(void)
{
	return fuzz.target == FUZZ_TARGET_HYP ||
	       fuzz.target == FUZZ_TARGET_GUEST;
}

/* ---- the pools ---- */

static uint64_t ram_end(void)
{
	return ram_base + ram_size;
}

static uint64_t random_in_ram(void)
{
	return ram_base + random_below(ram_size);
}

/* A value whose low 32 bits are w and whose upper 32 bits are not 0. */
static uint64_t with_upper_bits(uint64_t w)
{
	uint64_t upper = next_random() >> 32;

	if (random_below(4) == 0)
		upper = 1;
	else if (random_below(3) == 0)
		upper = 0xffffffff;
	return (upper ? upper : 1) << 32 | (w & 0xffffffff);
}

static const uint64_t discovery_ids[] = {
	HYPSTUB_CALL_UID,
	HYPSTUB_CALL_REVISION,
	HYPSTUB_CALL_QUERY,
	HYPSTUB_CALL_MEMORY,
};

static uint64_t pick_small_or_discovery(void)
{
	if (random_below(2))
		return random_below(HVC_STUB_HCALL_NR + 3);
	return discovery_ids[random_below(ARRAY_SIZE(discovery_ids))];
}

static uint64_t pick_function(void)
{
	switch (random_below(14)) {
	case 0:
	case 1:
	case 2:
		return random_below(HVC_STUB_HCALL_NR + 3);
	case 3:
		return discovery_ids[random_below(ARRAY_SIZE(discovery_ids))];
	case 4: {
		static const uint64_t bases[] = {
			0x80000000, 0x84000000, 0xc4000000, 0x86000000,
			0xc6000000, 0x06000000, 0x8600ff00, 0x8600fe00,
			0xbf000000, 0xc600ff00,
		};
		return bases[random_below(ARRAY_SIZE(bases))] +
		       random_below(0x20);
	}
	case 5: {
		static const uint64_t specials[] = {
			0xffffffff,  HVC_STUB_ERR,	 0x7fffffff,
			0xfffffffe,  0xffffffffffffffff, 0x8000000000000000,
			0x100000000, 0xffffffff00000000,
		};
		return specials[random_below(ARRAY_SIZE(specials))];
	}
	case 6:
	case 7:
		/* A call or a discovery ID in w0, the upper 32 bits set. */
		return with_upper_bits(pick_small_or_discovery());
	case 8:
		return random_below(2) ? (uint64_t)(uintptr_t)canary
				       : random_in_ram() & ~3ull;
	case 9:
		return random_below(0x40000000); /* below RAM */
	case 10:
		/* The hypervisor's own range, and its guest calls. */
		return HYP_CALL_BASE + (random_below(4)
						? random_below(0x40)
						: 0x100 + random_below(4));
	case 11:
		return with_upper_bits(HYP_CALL_BASE + random_below(8));
	default:
		return next_random();
	}
}

static uint64_t pick_argument(void)
{
	switch (random_below(10)) {
	case 0:
		return 0;
	case 1: {
		const uint64_t specials[] = {
			1,
			0xffffffffffffffff,
			0xffffffff,
			ram_base,
			ram_end(),
			ram_end() - INSTRUCTION_BYTES,
			ram_end() - VECTOR_TABLE_BYTES,
			HVC_STUB_ERR,
			0xea1,
			(uint64_t)(uintptr_t)stub_vectors,
		};
		return specials[random_below(ARRAY_SIZE(specials))];
	}
	case 2:
		return (uint64_t)(uintptr_t)probe64_vectors +
		       random_below(2) * random_below(0x800);
	case 3:
		return random_below(2) ? (uint64_t)(uintptr_t)canary
				       : (uint64_t)(uintptr_t)hypstub_entry;
	case 4:
		return random_in_ram();
	case 5:
		return random_in_ram() & ~(uint64_t)(VECTOR_TABLE_BYTES - 1);
	case 6:
		/* An address valid in its low 32 bits only. */
		return with_upper_bits(
			random_below(2) ? random_in_ram()
					: (uint64_t)(uintptr_t)probe64_vectors);
	case 7:
		/* A register ID (HYP_CALL_READ_REGISTER), or 2 MiB-aligned. */
		if (random_below(2))
			return random_below(HYP_REG_COUNT + 2);
		return random_in_ram() & ~(uint64_t)(HYP_GUEST_WINDOW_SIZE - 1);
	default:
		return next_random();
	}
}

/* ---- the sites ---- */

static uint64_t site_count(void)
{
	return fuzz64_site_count;
}

/* The immediate of a site's hvc, from the instruction itself. */
static uint32_t site_immediate(const struct fuzz64_site *site)
{
	if ((site->hvc & HVC_A64_MASK) != HVC_A64) {
		violation("fuzz64_frame.S: a site that is not an hvc", 0,
			  site->hvc);
		return 0;
	}
	return (site->hvc >> HVC_A64_IMM_SHIFT) & 0xffff;
}

/* The last site takes any immediate: rewrite it (the MMU is off). */
static void set_dynamic_immediate(uint32_t immediate)
{
	struct fuzz64_site *site = &fuzz64_sites[site_count() - 1];

	site->hvc = HVC_A64 | immediate << HVC_A64_IMM_SHIFT;
	/* The new instruction must reach the point of unification. */
	__asm__ volatile("dc cvau, %0\n\tdsb ish\n\tic ivau, %0\n\t"
			 "dsb ish\n\tisb" ::"r"(site)
			 : "memory");
}

/* ---- what the spec allows ---- */

static int in_ram(uint64_t address, uint64_t length)
{
	return address >= ram_base && address <= ram_end() &&
	       length <= ram_end() - address;
}

static int vector_table_valid(uint64_t address)
{
	return address % VECTOR_TABLE_BYTES == 0 &&
	       in_ram(address, VECTOR_TABLE_BYTES);
}

static int restart_entry_valid(uint64_t entry)
{
	return entry % INSTRUCTION_BYTES == 0 &&
	       in_ram(entry, INSTRUCTION_BYTES);
}

struct expected {
	uint64_t x0;
	uint32_t known; /* bit n: xn's value is known (n = 1 to 4) */
	uint64_t x[5];
	int installs_probe;
	int uninstalls; /* HVC_RESET_VECTORS took the hypervisor out */
	int ich_vtr;	/* x1 is ICH_VTR_EL2: the same every time */
};

static void keep_arguments(struct expected *e, const struct frame64 *in)
{
	unsigned int reg;

	e->known = 0x1e;
	for (reg = 1; reg <= 4; reg++)
		e->x[reg] = in->in[reg];
}

static void expect_discovery(struct expected *e, uint64_t function)
{
	const int hyp = target_is_hyp();

	switch (function) {
	case HYPSTUB_CALL_UID:
		e->x0 = HYPSTUB_UUID_0;
		e->known = 0xe;
		e->x[1] = HYPSTUB_UUID_1;
		e->x[2] = HYPSTUB_UUID_2;
		e->x[3] = HYPSTUB_UUID_3;
		break;
	case HYPSTUB_CALL_REVISION:
		e->x0 = HYPSTUB_ABI_VERSION;
		e->known = 0x2;
		e->x[1] = 0;
		break;
	case HYPSTUB_CALL_QUERY:
		e->x0 = 0;
		e->known = 0x1e;
		e->x[1] = HYPSTUB_QUERY_MAGIC;
		e->x[2] = HYPSTUB_ABI_VERSION;
		e->x[3] = hyp ? HYPSTUB_RESIDENT_HYP_CALLS
			      : HYPSTUB_BOOT_STUB_CALLS;
		e->x[4] = hyp ? HYPSTUB_IMPL_RESIDENT_HYP
			      : HYPSTUB_IMPL_BOOT_STUB;
		break;
	case HYPSTUB_CALL_MEMORY:
		e->x0 = 0;
		e->known = 0xe;
		e->x[1] = (uint64_t)(uintptr_t)stub_vectors;
		e->x[2] = ram_base;
		e->x[3] = ram_size;
		break;
	default:
		break;
	}
}

/* The hypervisor's own calls ([HYP-CALLS-*]); anything else unknown. */
static void expect_hyp_call(struct expected *e, const struct frame64 *in)
{
	uint64_t function = in->in[0];
	uint64_t index = function & SMCCC_FUNCTION_MASK;

	e->x0 = SMCCC_RET_NOT_SUPPORTED;
	if ((function & ~(uint64_t)SMCCC_FUNCTION_MASK) != HYP_CALL_BASE ||
	    index >= 32 || !(HYP_OWN_CALLS & (1u << index)))
		return;
	e->x0 = SMCCC_RET_SUCCESS;
	switch (function) {
	case HYP_CALL_FEATURES:
		e->known = 0xe;
		e->x[1] = HYP_FEATURES_MAGIC;
		e->x[2] = HYP_VERSION;
		e->x[3] = HYP_OWN_CALLS;
		break;
	case HYP_CALL_READ_REGISTER:
		if (in->in[1] >= HYP_REG_COUNT) {
			e->x0 = SMCCC_RET_INVALID_PARAMETER;
			e->known = 0x2;
			e->x[1] = in->in[1];
		}
		break;
	case HYP_CALL_INIT:
		e->x0 = SMCCC_RET_NOT_REQUIRED;
		break;
	case HYP_CALL_RUN_GUEST:
		/* one_call() made the window invalid. */
		e->x0 = SMCCC_RET_INVALID_PARAMETER;
		break;
	default:
		break;
	}
}

static void expect(struct expected *e, const struct frame64 *in,
		   uint32_t immediate)
{
	uint64_t function = in->in[0];

	*e = (struct expected){.x0 = HVC_STUB_ERR};
	if (immediate != 0) {
		/* [IMM-1]: not a stub call; x1-x4 unchanged. */
		keep_arguments(e, in);
		return;
	}
	switch (function) {
	case HVC_SET_VECTORS:
		/* A resident hypervisor stays ([HYP-STUB-1]). */
		if (!target_is_hyp() && vector_table_valid(in->in[1])) {
			e->x0 = 0;
			e->installs_probe = 1;
		} else if (target_is_hyp()) {
			keep_arguments(e, in);
		}
		return;
	case HVC_SOFT_RESTART:
		return; /* a valid one never gets here */
	case HVC_RESET_VECTORS:
		e->x0 = 0;
		e->uninstalls = target_is_hyp();
		return;
	case HVC_GET_ICH_VTR_EL2:
		if (gic_system_registers) {
			e->x0 = 0;
			e->ich_vtr = 1;
		} else {
			keep_arguments(e, in);
		}
		return;
	default:
		/* Anything else, HVC_FINALISE_EL2 included, is refused. */
		expect_discovery(e, function);
		if (e->x0 != HVC_STUB_ERR)
			return;
		if (target_is_hyp() && function >= HVC_STUB_HCALL_NR)
			expect_hyp_call(e, in);
		else
			keep_arguments(e, in);
		return;
	}
}

/* ---- keeping the target in place ---- */

static void check_frame_damage(const struct frame64 *frame, uint64_t daif);

/*
 * The fuzzer's own calls go through the same frame as the fuzzed ones, so
 * a stub that breaks [A64-CALL-1] is reported as that, not as a crash of
 * whatever C code relied on x19-x30 next.
 */
static uint64_t own_call(uint64_t x0, uint64_t x1, struct frame64 *frame)
{
	uint64_t daif = read_daif();

	*frame = (struct frame64){.in = {x0, x1}};
	fuzz64_hvc(frame, &fuzz64_sites[0]);
	check_frame_damage(frame, daif);
	return frame->out[0];
}

static uint64_t current_implementer(void)
{
	struct frame64 frame;

	if (own_call(HYPSTUB_CALL_QUERY, 0, &frame) != 0 ||
	    frame.out[1] != HYPSTUB_QUERY_MAGIC)
		return 0;
	return frame.out[4];
}

static uint64_t expected_implementer(void)
{
	return target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
			       : HYPSTUB_IMPL_BOOT_STUB;
}

/* The hypervisor in place again for its targets (after an uninstall). */
static void ensure_target(void)
{
	int result;

	if (!target_is_hyp() ||
	    current_implementer() == HYPSTUB_IMPL_RESIDENT_HYP)
		return;
	result = hyp_install();
	if (result != HYP_OK)
		violation("hyp_install() failed", 0, (uint64_t)result);
}

/* Let the probe snapshot EL2 and hand it back; 0 when it did not run. */
static int probe(struct probe64 *snapshot)
{
	struct frame64 frame;

	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	if (own_call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)probe64_vectors,
		     &frame) != 0)
		return 0;
	if (own_call(HYPSTUB_CALL_QUERY, 0, &frame) != P64_MAGIC)
		return 0;
	*snapshot = probe64_snapshot;
	/* The caller's condition flags are not EL2 state. */
	snapshot->spsr &= ~SPSR_FLAGS_MASK;
	snapshot->count = 0;
	return 1;
}

static uint64_t read_hyp_register(uint64_t id)
{
	hypstub_reg_t value = 0;

	if (hyp_call(HYP_CALL_READ_REGISTER, id, 0, 0, &value, NULL, NULL) !=
	    SMCCC_RET_SUCCESS)
		violation("HYP_CALL_READ_REGISTER failed", id, 0);
	return value;
}

/* The hypervisor's EL2, as its own calls show it ([HYP-MMU-1]). */
static void check_hyp_state(void)
{
	uint64_t value = read_hyp_register(HYP_REG_SCTLR);

	if ((value & (SCTLR_M | SCTLR_C | SCTLR_I)) !=
	    (SCTLR_M | SCTLR_C | SCTLR_I))
		violation("SCTLR_EL2: the hypervisor's MMU no longer on", 0,
			  value);
	value = read_hyp_register(HYP_REG_VBAR);
	if (value != (uint64_t)(uintptr_t)hyp_vectors)
		violation("VBAR_EL2 changed", 0, value);
	value = read_hyp_register(HYP_REG_HCR);
	if (value != HCR_EL2_RW)
		violation("HCR_EL2 changed (a guest's left over?)", 0, value);
}

static void check_el2_state(void)
{
	struct probe64 now;

	if (target_is_hyp()) {
		check_hyp_state();
		return;
	}
	if (!probe(&now)) {
		violation("the probe did not run", 0, 0);
		return;
	}
	if (!fuzz.have_baseline) {
		fuzz.baseline = now;
		fuzz.have_baseline = 1;
	} else if (memcmp(&now, &fuzz.baseline, sizeof(now)) != 0) {
		violation("EL2 state changed (x0: HCR_EL2, then SCTLR_EL2)",
			  now.hcr, now.sctlr);
	}
}

/* ---- one call ---- */

static void controlled_restart(struct frame64 *frame)
{
	fuzz.tokens[0] = frame->in[2];
	fuzz.tokens[1] = frame->in[3];
	fuzz.tokens[2] = frame->in[4];
	fuzz.restart_pending = 1;
	fuzz.restarts++;
	fuzz.done++;
	frame->in[1] = (uint64_t)(uintptr_t)hypstub_entry;
	fuzz64_hvc(frame, &fuzz64_sites[0]);
	fuzz.restart_pending = 0;
	violation("a valid HVC_SOFT_RESTART returned", frame->out[0], 0);
}

static void check_restart_arrival(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());

	if (record->r0 != fuzz.tokens[0] || record->r1 != fuzz.tokens[1] ||
	    record->r2 != fuzz.tokens[2])
		violation("payload x0-x2", record->r0, fuzz.tokens[0]);
	if ((record->cpsr & (PSR_MODE_MASK | PSR_AIF_MASK)) !=
	    (PSR_MODE_HYP | PSR_AIF_MASK))
		violation("payload EL or DAIF", 0, record->cpsr);
	if (record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I))
		violation("payload SCTLR_EL2", 0, record->hsctlr);
	if (record->hvbar != (uint64_t)(uintptr_t)stub_vectors)
		violation("payload VBAR_EL2", 0, record->hvbar);
}

static void check_frame_damage(const struct frame64 *frame, uint64_t daif)
{
	uint64_t damage = 0;
	unsigned int reg;

	for (reg = 19; reg <= 30; reg++)
		if (frame->out[reg] != F64_PATTERN((uint64_t)reg))
			damage |= 1ull << reg;
	if (frame->sp_after != frame->sp_before)
		damage |= 1ull << 31;
	if (frame->nzcv_after != frame->nzcv)
		damage |= 1ull << 32;
	if (frame->daif_after != daif)
		damage |= 1ull << 33;
	if (damage)
		violation("x19-x30, sp, NZCV or DAIF changed (bit n: xn; 31 sp,"
			  " 32 NZCV, 33 DAIF)",
			  frame->in[0], damage);
}

static void check_frame(const struct frame64 *frame, const struct expected *e,
			uint64_t daif)
{
	unsigned int reg;

	check_frame_damage(frame, daif);
	if (frame->out[0] != e->x0)
		violation("result", frame->in[0], frame->out[0]);
	for (reg = 1; reg <= 4; reg++)
		if ((e->known & (1u << reg)) && frame->out[reg] != e->x[reg])
			violation("returned register (detail: its number)",
				  frame->in[0], reg);
}

static void one_call(void)
{
	uint64_t pick = random_below(site_count());
	const struct fuzz64_site *site = &fuzz64_sites[pick];
	struct frame64 frame = {
		.in = {pick_function(), pick_argument(), pick_argument(),
		       pick_argument(), pick_argument()},
		.nzcv = next_random() & SPSR_FLAGS_MASK,
	};
	uint64_t daif = read_daif();
	uint32_t immediate;
	struct expected e;

	if (pick == site_count() - 1)
		set_dynamic_immediate(next_random() & 0xffff);
	immediate = site_immediate(site);

	/* A guest runs only from the guest target, with a known guest. */
	if (frame.in[0] == HYP_CALL_RUN_GUEST &&
	    frame.in[1] % HYP_GUEST_WINDOW_SIZE == 0)
		frame.in[1] |= 4;
	/* Destructive calls only through controlled vectors and payloads. */
	if (immediate == 0 && frame.in[0] == HVC_SET_VECTORS &&
	    vector_table_valid(frame.in[1])) {
		frame.in[1] = (uint64_t)(uintptr_t)probe64_vectors;
		probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	}
	if (immediate == 0 && frame.in[0] == HVC_SOFT_RESTART &&
	    restart_entry_valid(frame.in[1])) {
		fuzz.restart_candidates++;
		if (random_below(RESTART_ONE_IN) == 0)
			controlled_restart(&frame);
		frame.in[1] |= 2;
	}
	expect(&e, &frame, immediate);
	fuzz64_hvc(&frame, site);
	fuzz.done++;

	check_frame(&frame, &e, daif);
	if (e.ich_vtr && frame.out[0] == 0) {
		if (!fuzz.have_ich_vtr) {
			fuzz.ich_vtr = frame.out[1];
			fuzz.have_ich_vtr = 1;
		} else if (frame.out[1] != fuzz.ich_vtr) {
			violation("ICH_VTR_EL2 changed", frame.in[0],
				  frame.out[1]);
		}
	}
	if (canary_runs)
		violation("a caller's value was run as code", frame.in[0], 0);
	canary_runs = 0;
	if (e.installs_probe && frame.out[0] == 0 &&
	    own_call(HYPSTUB_CALL_QUERY, 0, &frame) != P64_MAGIC)
		violation("HVC_SET_VECTORS did not install the table", 0,
			  frame.out[0]);
	if (e.uninstalls)
		ensure_target();
	if (current_implementer() != expected_implementer()) {
		violation("the target no longer answers", frame.in[0],
			  current_implementer());
		ensure_target();
	}
}

/* The guest's surface: chunks of random hvc and smc from the test guest. */
static void guest_chunk(void)
{
	uint64_t left = fuzz.calls - fuzz.done;
	struct guest_data data = {.mode = GUEST_MODE_FUZZ,
				  .seed = next_random() | 1};
	uint64_t bad = 0, done = 0, reason;

	data.calls = left < GUEST_CHUNK ? left : GUEST_CHUNK;
	reason = guest_run(&data, &bad, &done);
	if (reason != HYP_GUEST_EXIT_CALL || done != data.calls) {
		violation("the guest did not finish its calls", reason, done);
		done = data.calls;
	}
	fuzz.done += done;
	if (bad) {
		fuzz.violations += bad - 1;
		violation("a guest call got a host answer ([GUEST-2])",
			  guest_data()->last_bad_x0,
			  guest_data()->last_bad_result);
	}
	if (current_implementer() != HYPSTUB_IMPL_RESIDENT_HYP)
		violation("the hypervisor no longer answers the host", 0, 0);
	check_hyp_state();
}

static const char *target_name(uint64_t target)
{
	switch (target) {
	case FUZZ_TARGET_STUB:
		return "boot stub";
	case FUZZ_TARGET_HYP:
		return "resident hypervisor";
	case FUZZ_TARGET_GUEST:
		return "guest";
	default:
		return "unknown";
	}
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	hypstub_memory(&ram_base, &ram_size);
	gic_system_registers = ((read_id_aa64pfr0_el1() >> 24) & 0xf) != 0;
	if (hypstub_boot_mode() != PSR_MODE_HYP) {
		kprintf("fuzz: VIOLATION: not entered at EL2\n");
		plat_exit(1);
	}
	if (!fuzz.started) {
		fuzz.started = 1;
		fuzz.seed = *(volatile uint32_t *)FUZZ_PARAM_SEED;
		fuzz.calls = *(volatile uint32_t *)FUZZ_PARAM_CALLS;
		fuzz.target = *(volatile uint32_t *)FUZZ_PARAM_TARGET;
		/* Both halves of the state non-zero, whatever the seed. */
		fuzz.prng = (fuzz.seed ? fuzz.seed : 1) | 0x9e3779b900000000;
		if (fuzz.calls == 0)
			fuzz.calls = 10000;
		kprintf("fuzz: target %s, seed %u, %u calls, %u hvc sites\n",
			target_name(fuzz.target), (uint32_t)fuzz.seed,
			(uint32_t)fuzz.calls, (uint32_t)site_count());
		if (fuzz.target > FUZZ_TARGET_GUEST) {
			kprintf("fuzz: VIOLATION: target %u: 0 (boot stub), 1 "
				"(hypervisor) or 2 (guest)\n",
				(uint32_t)fuzz.target);
			plat_exit(2);
		}
		ensure_target();
		check_el2_state();
	}
	if (fuzz.restart_pending) {
		fuzz.restart_pending = 0;
		check_restart_arrival();
	} else if (fuzz.entries > 0) {
		/* A restart nobody asked for: a guest's call got out. */
		violation("the machine restarted unasked (a guest's "
			  "HVC_SOFT_RESTART reached the host's stub call?)",
			  fuzz.target, fuzz.done);
		fuzz.calls = fuzz.done;
	}
	fuzz.entries++;
	ensure_target();
	while (fuzz.target == FUZZ_TARGET_GUEST && fuzz.done < fuzz.calls) {
		uint64_t before = fuzz.done;

		guest_chunk();
		if (fuzz.done / PROGRESS_PERIOD != before / PROGRESS_PERIOD)
			kprintf("fuzz: progress %u\n", (uint32_t)fuzz.done);
	}
	while (fuzz.done < fuzz.calls) {
		one_call();
		if (fuzz.done % STATE_CHECK_PERIOD == 0)
			check_el2_state();
		if (fuzz.done % PROGRESS_PERIOD == 0)
			kprintf("fuzz: progress %u\n", (uint32_t)fuzz.done);
	}
	check_el2_state();
	kprintf("fuzz: %u calls, %u violations, 0 crashes, seed %u "
		"(%u valid restarts, %u taken)\n",
		(uint32_t)fuzz.done, (uint32_t)fuzz.violations,
		(uint32_t)fuzz.seed, (uint32_t)fuzz.restart_candidates,
		(uint32_t)fuzz.restarts);
	plat_exit(fuzz.violations ? 1 : 0);
}
