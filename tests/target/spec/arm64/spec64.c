// SPDX-License-Identifier: BSD-2-Clause
/*
 * The AArch64 spec kernel: the rules doc/hyp-abi.md v2 added, checked the
 * way a caller sees them: the error rule on x1-x4 and the registers an
 * AArch64 call preserves, the discovery calls' untouched registers, and the
 * payload's whole entry state after HVC_SOFT_RESTART. Same protocol as the
 * other conformance kernels (tools/run-conformance).
 */
#include <core/fdt.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../../arm64/test64.h"
#include "spec64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define CURRENT_EL2 (2u << 2)
#define DAIF_ALL 0x3c0u
#define SCTLR_M (1u << 0)
#define SCTLR_A (1u << 1)
#define SCTLR_C (1u << 2)
#define SCTLR_SA (1u << 3)
#define SCTLR_I (1u << 12)
#define SCTLR_WXN (1u << 19)
#define SCTLR_EE (1u << 25)
#define HCR_RW (1ull << 31)
#define CPTR_RES1 0x33ffu
#define MDCR_HPMN_MASK 0x1fu
#define PMCR_N(pmcr) (((pmcr) >> 11) & 0x1f)
#define SCTLR_EL1_UCI (1u << 26) /* harmless with the MMU off */

static struct {
	uint64_t started;
	uint64_t next_index;
	uint64_t restart_pending;
	uint64_t tokens[3];
	uint64_t stub_vectors;
	uint64_t before[S64_EL1_COUNT];
	uint64_t failures_before_restart;
	uint64_t passed, failed;
} suite __attribute__((section(".data")));

static void check_true(const char *what, int condition)
{
	check_eq(what, (uint64_t) !!condition, 1);
}

static uint64_t raw_call(uint64_t x0, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {x0, 0x1111111111111111, 0x2222222222222222,
				    0x3333333333333333, 0x4444444444444444};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

/* ---- [ERR-1] on AArch64 ---- */

struct error_case64 {
	const char *what;
	void (*hvc)(struct frame64 *frame);
	uint64_t x0, x1;
};

static void test_error_rule(void)
{
	hypstub_reg_t base, size;

	hypstub_memory(&base, &size);
	{
		unsigned int i, reg;
		const struct error_case64 cases[] = {
			{"SET_VECTORS misaligned", hvc64_imm_0, HVC_SET_VECTORS,
			 base + 0x10400},
			{"SET_VECTORS past RAM", hvc64_imm_0, HVC_SET_VECTORS,
			 base + size},
			{"SET_VECTORS with bit 32 set", hvc64_imm_0,
			 HVC_SET_VECTORS, base + 0x10000 + (1ull << 32)},
			{"SOFT_RESTART misaligned", hvc64_imm_0,
			 HVC_SOFT_RESTART, base + 0x10002},
			{"SOFT_RESTART past RAM", hvc64_imm_0, HVC_SOFT_RESTART,
			 base + size},
			{"SOFT_RESTART with bit 32 set", hvc64_imm_0,
			 HVC_SOFT_RESTART, base + 0x100000 + (1ull << 32)},
			{"call 3", hvc64_imm_0, HVC_FINALISE_EL2,
			 0x1111111111111111},
			{"ID 5", hvc64_imm_0, HVC_STUB_HCALL_NR,
			 0x1111111111111111},
			{"ID 0x8600ff02", hvc64_imm_0, 0x8600ff02,
			 0x1111111111111111},
			{"ID 0x1_8600ff01 (UID with bit 32)", hvc64_imm_0,
			 0x18600ff01ull, 0x1111111111111111},
			{"ID 0x1_00000001 (restart with bit 32)", hvc64_imm_0,
			 0x100000001ull, base + 0x100000},
			{"hvc #1, QUERY", hvc64_imm_1, HYPSTUB_CALL_QUERY,
			 0x1111111111111111},
			{"hvc #0xea1, UID", hvc64_imm_ea1, HYPSTUB_CALL_UID,
			 0x1111111111111111},
		};

		for (i = 0; i < ARRAY_SIZE(cases); i++) {
			const struct error_case64 *c = &cases[i];
			struct frame64 frame;
			int before = test64_failures;

			memset(&frame, 0, sizeof(frame));

			frame.in[0] = c->x0;
			frame.in[1] = c->x1;
			frame.in[2] = 0x2222222222222222;
			frame.in[3] = 0x3333333333333333;
			frame.in[4] = 0x4444444444444444;
			frame.nzcv = 0x60000000;
			c->hvc(&frame);
			check_eq("x0", frame.out[0], HVC_STUB_ERR);
			check_eq("x1 unchanged", frame.out[1], c->x1);
			check_eq("x2 unchanged", frame.out[2], frame.in[2]);
			check_eq("x3 unchanged", frame.out[3], frame.in[3]);
			check_eq("x4 unchanged", frame.out[4], frame.in[4]);
			for (reg = 19; reg <= 30; reg++)
				check_eq("x19-x30 preserved", frame.out[reg],
					 F64_PATTERN(reg));
			check_eq("sp preserved", frame.sp_after,
				 frame.sp_before);
			check_eq("NZCV preserved", frame.nzcv_after,
				 frame.nzcv);
			check_eq("DAIF preserved", frame.daif_after, DAIF_ALL);
			if (test64_failures != before)
				kprintf("#   ... in case \"%s\"\n", c->what);
		}
	}
	check_eq("the boot stub still answers",
		 raw_call(HYPSTUB_CALL_UID, NULL), HYPSTUB_UUID_0);
}

/* ---- discovery leaves the registers it does not answer in ---- */

static void test_discovery_registers(void)
{
	struct hypstub_regs regs;
	hypstub_reg_t base, size;

	raw_call(HYPSTUB_CALL_UID, &regs);
	check_eq("UID x0", regs.r0, HYPSTUB_UUID_0);
	check_eq("UID x3", regs.r3, HYPSTUB_UUID_3);
	check_eq("UID x4 unchanged", regs.ip, 0x4444444444444444);
	raw_call(HYPSTUB_CALL_REVISION, &regs);
	check_eq("REVISION x0", regs.r0, HYPSTUB_ABI_VERSION);
	check_eq("REVISION x1", regs.r1, 0);
	check_eq("REVISION x2 unchanged", regs.r2, 0x2222222222222222);
	check_eq("REVISION x3 unchanged", regs.r3, 0x3333333333333333);
	check_eq("REVISION x4 unchanged", regs.ip, 0x4444444444444444);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	hypstub_memory(&base, &size);
	check_eq("MEMORY x0", regs.r0, 0);
	check_eq("MEMORY x2", regs.r2, base);
	check_eq("MEMORY x3", regs.r3, size);
	check_eq("MEMORY x4 unchanged", regs.ip, 0x4444444444444444);
}

/* ---- versioning and RAM ---- */

static void test_versioning(void)
{
	struct hypstub_query_result result;
	struct hypstub_regs query, revision;
	uint64_t n;

	raw_call(HYPSTUB_CALL_REVISION, &revision);
	raw_call(HYPSTUB_CALL_QUERY, &query);
	check_eq("REVISION major is 2", revision.r0, 2);
	check_eq("REVISION minor is 0", revision.r1, 0);
	check_eq("QUERY's version is REVISION's", query.r2, revision.r0);
	check_eq("hypstub_query()", hypstub_query(&result), 0);
	check_eq("hypstub_query() version", result.version, revision.r0);
	check_eq("hypstub_query() calls", result.calls, query.r3);
	check_true("calls 1 and 2 reported", (query.r3 & 0x6) == 0x6);
	check_true("call 3 not reported", !(query.r3 & (1u << 3)));
	check_true("no bit from HVC_STUB_HCALL_NR up",
		   (query.r3 >> HVC_STUB_HCALL_NR) == 0);
	for (n = 0; n < HVC_STUB_HCALL_NR; n++) {
		if (query.r3 & (1u << n))
			continue;
		check_eq("a call whose bit is clear", raw_call(n, NULL),
			 HVC_STUB_ERR);
	}
}

static void test_ram(void)
{
	struct hypstub_regs regs;
	hypstub_reg_t base, size;
	uint32_t dtb_base = 0, dtb_size = 0;

	hypstub_memory(&base, &size);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	check_eq("MEMORY x2 = hypstub_memory() base", regs.r2, base);
	check_eq("MEMORY x3 = hypstub_memory() size", regs.r3, size);
	check_eq("the DTB's /memory",
		 (uint64_t)fdt_memory_range((const void *)PLAT_DTB_ADDR,
					    PLAT_RAM_MIN_SIZE, &dtb_base,
					    &dtb_size),
		 FDT_OK);
	check_eq("RAM base is the DTB's", base, dtb_base);
	check_eq("RAM size is the DTB's", size, dtb_size);
}

/*
 * HVC_GET_ICH_VTR_EL2 and the error rule: the registers it does not answer
 * in are left alone, with or without GICv3 (the runner pokes which GIC it
 * gave QEMU at TEST_GIC_VERSION_ADDR; 0 when it did not say).
 */
static void test_ich_vtr_registers(void)
{
	uint64_t gic = *(volatile uint32_t *)TEST_GIC_VERSION_ADDR;
	uint64_t pfr0;
	struct frame64 frame;
	int has_gicv3;

	__asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
	has_gicv3 = ((pfr0 >> 24) & 0xf) != 0;
	if (gic == 3)
		check_true("GICv3 system registers, as poked", has_gicv3);
	else if (gic == 2)
		check_true("no GICv3 system registers, as poked", !has_gicv3);
	memset(&frame, 0, sizeof(frame));
	frame.in[0] = HVC_GET_ICH_VTR_EL2;
	frame.in[1] = 0x1111111111111111;
	frame.in[2] = 0x2222222222222222;
	frame.in[3] = 0x3333333333333333;
	frame.in[4] = 0x4444444444444444;
	hvc64_imm_0(&frame);
	if (has_gicv3) {
		check_eq("x0 = 0", frame.out[0], 0);
		check_true("x1 = ICH_VTR_EL2, not the marker",
			   frame.out[1] != frame.in[1]);
	} else {
		check_eq("x0 = HVC_STUB_ERR", frame.out[0], HVC_STUB_ERR);
		check_eq("x1 unchanged", frame.out[1], frame.in[1]);
	}
	check_eq("x2 unchanged", frame.out[2], frame.in[2]);
	check_eq("x3 unchanged", frame.out[3], frame.in[3]);
	check_eq("x4 unchanged", frame.out[4], frame.in[4]);
}

/* ---- the payload's entry state ---- */

static void test_entry_state(void)
{
	struct hypstub_regs regs;
	uint64_t dirty[S64_EL1_COUNT];

	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	suite.stub_vectors = regs.r1;
	suite.tokens[0] = 0x5a5a5a5a00000000ull + suite.next_index;
	suite.tokens[1] = 0xa5a5a5a5a5a5a5a5ull;
	suite.tokens[2] = 0x0123456789abcdefull;
	spec64_snapshot[S64_TAKEN] = 0;
	/* Start dirty: every preserved EL1 register gets a value of its own. */
	spec64_el1_read(dirty);
	dirty[0] |= SCTLR_EL1_UCI;
	dirty[1] = 0x47a5a000;
	dirty[2] = 0x0000000045554000ull;
	dirty[3] = 0x0000000046664000ull;
	dirty[4] = 0x0000000000002510ull;
	dirty[5] = 0x44ff0400bb04ff00ull;
	dirty[6] = 0xc0de42;
	dirty[7] = 0x7e57c0de7e57c0deull;
	dirty[8] = 0x7e57f00d7e57f00dull;
	dirty[9] = 0x7e57da7a7e57da7aull;
	dirty[10] = 0x47b0b000;
	dirty[11] = 0x40badbad;
	dirty[12] = 0x600003c5;
	spec64_el1_write(dirty);
	spec64_el1_read(suite.before);
	suite.failures_before_restart = (uint64_t)test64_failures;
	suite.restart_pending = 1;
	hypstub_soft_restart((hypstub_reg_t)(uintptr_t)spec64_payload_entry,
			     suite.tokens[0], suite.tokens[1], suite.tokens[2]);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

static void check_entry_state(void)
{
	static const char *const el1_names[S64_EL1_COUNT] = {
		"SCTLR_EL1", "VBAR_EL1",    "TTBR0_EL1",      "TTBR1_EL1",
		"TCR_EL1",   "MAIR_EL1",    "CONTEXTIDR_EL1", "TPIDR_EL0",
		"TPIDR_EL1", "TPIDRRO_EL0", "SP_EL0",	      "ELR_EL1",
		"SPSR_EL1",
	};
	const uint64_t *s = spec64_snapshot;
	const uint64_t mci = SCTLR_M | SCTLR_C | SCTLR_I;
	unsigned int i;

	check_eq("the payload entry ran", s[S64_TAKEN], S64_TAKEN_MAGIC);
	/* [ENTRY-A64-1], [A64-RESTART-1] */
	check_eq("x0 = caller's x2", s[S64_X0], suite.tokens[0]);
	check_eq("x1 = caller's x3", s[S64_X1], suite.tokens[1]);
	check_eq("x2 = caller's x4", s[S64_X2], suite.tokens[2]);
	check_eq("x3 = 0", s[S64_X3], 0);
	check_eq("CurrentEL = EL2", s[S64_CURRENTEL], CURRENT_EL2);
	check_eq("SPSel = 1 (EL2h)", s[S64_SPSEL], 1);
	check_eq("DAIF all set", s[S64_DAIF], DAIF_ALL);
	/* [ENTRY-A64-2], [SOFT-RESTART-3], [SOFT-RESTART-4] */
	check_eq("VBAR_EL2 = the boot stub's vectors (MEMORY x1)",
		 s[S64_VBAR_EL2], suite.stub_vectors);
	check_eq("SCTLR_EL2.M, C, I = 0", s[S64_SCTLR_EL2] & mci, 0);
	check_eq("SCTLR_EL2.A, SA, WXN, EE = 0",
		 s[S64_SCTLR_EL2] & (SCTLR_A | SCTLR_SA | SCTLR_WXN | SCTLR_EE),
		 0);
	check_eq("HCR_EL2 = RW only", s[S64_HCR], HCR_RW);
	check_eq("CPTR_EL2 = RES1 only", s[S64_CPTR], CPTR_RES1);
	check_eq("MDCR_EL2 = HPMN only",
		 s[S64_MDCR] & ~(uint64_t)MDCR_HPMN_MASK, 0);
	check_eq("MDCR_EL2.HPMN = PMCR_EL0.N", s[S64_MDCR] & MDCR_HPMN_MASK,
		 PMCR_N(s[S64_PMCR]));
	check_eq("HSTR_EL2 = 0", s[S64_HSTR], 0);
	check_eq("CNTHCTL_EL2 = EL1PCTEN | EL1PCEN", s[S64_CNTHCTL], 3);
	check_eq("CNTVOFF_EL2 = 0", s[S64_CNTVOFF], 0);
	check_eq("VPIDR_EL2 = MIDR_EL1", s[S64_VPIDR], s[S64_MIDR]);
	check_eq("VMPIDR_EL2 = MPIDR_EL1", s[S64_VMPIDR], s[S64_MPIDR]);
	/* [ENTRY-A64-3] */
	check_eq("SCTLR_EL1.M, C, I = 0", s[S64_EL1] & mci, 0);
	check_eq("SCTLR_EL1's other bits preserved", s[S64_EL1] & ~mci,
		 suite.before[0] & ~mci);
	for (i = 1; i < S64_EL1_COUNT; i++) {
		int before = test64_failures;

		check_eq("EL1 register preserved", s[S64_EL1 + i],
			 suite.before[i]);
		if (test64_failures != before)
			kprintf("#   ... %s\n", el1_names[i]);
	}
	check_true("the dirty values were really there",
		   suite.before[7] == 0x7e57c0de7e57c0deull &&
			   (suite.before[0] & SCTLR_EL1_UCI));
}

struct test_case {
	const char *rules;
	const char *name;
	void (*run)(void);
	void (*after_restart)(void);
};

static const struct test_case tests[] = {
	{"[ERR-1] [A64-CALL-1] [A64-CALL-2] [UNKNOWN-1] [UNKNOWN-2] [IMM-1] "
	 "[SET-VECTORS-2] [SET-VECTORS-3] [SOFT-RESTART-5] [FINALISE-1]",
	 "every error: x0 the error, x1-x4 unchanged, x19-x30 preserved",
	 test_error_rule, NULL},
	{"[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-4]",
	 "discovery leaves the registers it does not answer in",
	 test_discovery_registers, NULL},
	{"[VERSION-1] [VERSION-2] [QUERY-2]",
	 "version 2, and the promises every version keeps", test_versioning,
	 NULL},
	{"[RAM-1] [BOOT-5]", "one RAM range, reported alike by everyone",
	 test_ram, NULL},
	{"[ICH-VTR-1] [ICH-VTR-2] [ERR-1]",
	 "HVC_GET_ICH_VTR_EL2 leaves the registers it does not answer in",
	 test_ich_vtr_registers, NULL},
	{"[ENTRY-A64-1] [ENTRY-A64-2] [ENTRY-A64-3] [A64-RESTART-1] "
	 "[SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4]",
	 "the payload's entry state, every register of the table",
	 test_entry_state, check_entry_state},
};

static void report(uint64_t index)
{
	if (test64_failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", (uint32_t)index + 1,
			tests[index].rules, tests[index].name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", (uint32_t)index + 1,
			tests[index].rules, tests[index].name);
	}
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	if (!hypstub_hyp_available()) {
		kprintf("Bail out! the spec kernel needs EL2\n");
		plat_exit(2);
	}
	if (!suite.started) {
		suite.started = 1;
		suite.next_index = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		if (suite.next_index == 0)
			kprintf("1..%u\n", (uint32_t)ARRAY_SIZE(tests));
	}
	if (suite.restart_pending) {
		suite.restart_pending = 0;
		/* What failed before the restart still counts. */
		test64_failures = (int)suite.failures_before_restart;
		tests[suite.next_index].after_restart();
		report(suite.next_index++);
	}
	for (; suite.next_index < ARRAY_SIZE(tests); suite.next_index++) {
		uint64_t index = suite.next_index;

		kprintf("# running %u %u %s\n", (uint32_t)index + 1,
			(uint32_t)index, tests[index].rules);
		test64_failures = 0;
		tests[index].run();
		report(index);
	}
	kprintf("# summary: %u passed, %u failed\n", (uint32_t)suite.passed,
		(uint32_t)suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}
