// SPDX-License-Identifier: BSD-2-Clause
/*
 * The stub-ABI conformance suite on AArch64: the boot stub at EL2, or the
 * resident hypervisor (hyp/arm64, installed first) when the runner pokes
 * TEST_TARGET_HYP at TEST_TARGET_ADDR, reached from EL1 through hvc and the
 * public API. The rules are doc/hyp-abi.md's, with AArch64's registers
 * ([A64-*] and "AArch64" there). Prints TAP and
 * ends QEMU with 0 (all passed) or 1; entered at EL1 (virtualization=off) it
 * runs the SVC-boot tests instead. Like tests/target/conformance.c it can
 * start at a given test and keeps what a soft restart must not wipe in
 * .data.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define CURRENT_EL_EL1 (1 << 2)
#define HIGH_BIT (1ull << 32) /* an address a 32-bit check would miss */

extern const char stub_vectors[];
extern const char hyp_vectors[];

struct suite_state {
	uint64_t started, next_index, restart_pending, passed, failed;
	uint64_t target, have_pre_install;
	uint64_t tokens[3];
	struct probe64 pre_install; /* EL2 before the first install */
};
static struct suite_state suite __attribute__((section(".data")));

static uint64_t daif_at_main, current_el_at_main;

static uint64_t raw_call(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3,
			 uint64_t x4, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {x0, x1, x2, x3, x4};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

static uint64_t implementer(void)
{
	struct hypstub_regs regs;

	if (raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs) != 0 ||
	    regs.r1 != HYPSTUB_QUERY_MAGIC)
		return 0;
	return regs.ip;
}

static int target_is_hyp(void)
{
	return suite.target == TEST_TARGET_HYP;
}

static uint64_t expected_implementer(void)
{
	return target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
			       : HYPSTUB_IMPL_BOOT_STUB;
}

static uint64_t expected_calls(void)
{
	return target_is_hyp() ? HYPSTUB_RESIDENT_HYP_CALLS
			       : HYPSTUB_BOOT_STUB_CALLS;
}

/* What an ID that nobody implements answers: a stub call's or SMCCC's. */
static uint64_t expected_unknown(uint64_t id)
{
	if (id < HVC_STUB_HCALL_NR || !target_is_hyp())
		return HVC_STUB_ERR;
	return SMCCC_RET_NOT_SUPPORTED;
}

/* The target under test (not another) still answers hvc. */
static void check_stub_answers(void)
{
	check_eq(target_is_hyp() ? "the resident hypervisor answers"
				 : "the boot stub answers",
		 implementer(), expected_implementer());
}

static void check_boot_stub_answers(void)
{
	check_eq("the boot stub answers", implementer(),
		 HYPSTUB_IMPL_BOOT_STUB);
}

static uint64_t ram_end(void)
{
	hypstub_reg_t base, size;

	hypstub_memory(&base, &size);
	return base + size;
}

/*
 * Install the probe (the boot stub must be in EL2), let it snapshot EL2 and
 * put the stub back; with dirty, it first sets TCR_EL2, MAIR_EL2 and
 * TTBR0_EL2 to junk, which the EL2 MMU (off) never uses.
 */
static int probe_with(struct probe64 *snapshot, int dirty)
{
	uint64_t count = probe64_snapshot.count;

	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	check_eq("SET_VECTORS(probe)",
		 raw_call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)probe64_vectors,
			  0, 0, 0, NULL),
		 0);
	check_eq("the probe answered",
		 raw_call(HYPSTUB_CALL_QUERY, dirty ? P64_DIRTY : 0, 0x80803510,
			  0x000000ff0044ff04, 0x47654000, NULL),
		 P64_MAGIC);
	check_eq("probe count", probe64_snapshot.count, count + 1);
	*snapshot = probe64_snapshot;
	return probe64_snapshot.count == count + 1;
}

static int probe(struct probe64 *snapshot)
{
	return probe_with(snapshot, 0);
}

/* EL2 as a hypervisor leaves it: each register, and SP_EL2, by name. */
static void check_el2_as_before_install(const char *when)
{
	static const struct {
		const char *name;
		size_t offset;
	} fields[] = {
		{"HCR_EL2", P64_HCR},	      {"CPTR_EL2", P64_CPTR},
		{"HSTR_EL2", P64_HSTR},	      {"MDCR_EL2", P64_MDCR},
		{"CNTHCTL_EL2", P64_CNTHCTL}, {"CNTVOFF_EL2", P64_CNTVOFF},
		{"VPIDR_EL2", P64_VPIDR},     {"VMPIDR_EL2", P64_VMPIDR},
		{"SCTLR_EL2", P64_SCTLR},     {"VBAR_EL2", P64_VBAR},
		{"TCR_EL2", P64_TCR},	      {"MAIR_EL2", P64_MAIR},
		{"TTBR0_EL2", P64_TTBR0},     {"SP_EL2", P64_SP},
	};
	struct probe64 now;
	unsigned int i;
	int before = test64_failures;

	if (!probe(&now))
		return;
	for (i = 0; i < ARRAY_SIZE(fields); i++)
		check_eq(fields[i].name,
			 *(const uint64_t *)((const char *)&now +
					     fields[i].offset),
			 *(const uint64_t *)((const char *)&suite.pre_install +
					     fields[i].offset));
	if (test64_failures != before)
		kprintf("#   ... EL2 after %s is not as before install\n",
			when);
}

/* ---- the tests ---- */

static void test_boot(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());

	check_eq("boot mode HYP (EL2)", hypstub_boot_mode(), PSR_MODE_HYP);
	check_eq("HYP available", (uint64_t)hypstub_hyp_available(), 1);
	check_eq("record: entered at EL2", record->cpsr & PSR_MODE_MASK,
		 PSR_MODE_HYP);
	check_eq("kernel at EL1", current_el_at_main, CURRENT_EL_EL1);
	check_eq("kernel with A, I, F masked", daif_at_main & DAIF_AIF_MASK,
		 DAIF_AIF_MASK);
}

static void test_el2_state(void)
{
	struct probe64 s;
	const uint64_t sctlr_clear =
		SCTLR_M | SCTLR_A | SCTLR_C | SCTLR_I | SCTLR_WXN | SCTLR_EE;

	if (!probe(&s))
		return;
	check_eq("HCR_EL2: RW only", s.hcr, HCR_EL2_RW);
	check_eq("CPTR_EL2: no trap", s.cptr, CPTR_EL2_RES1);
	check_eq("HSTR_EL2", s.hstr, 0);
	check_eq("CNTHCTL_EL2.EL1PCTEN/EL1PCEN", s.cnthctl & 3, 3);
	check_eq("CNTVOFF_EL2", s.cntvoff, 0);
	check_eq("VPIDR_EL2 = MIDR_EL1", s.vpidr, s.midr);
	check_eq("VMPIDR_EL2 = MPIDR_EL1", s.vmpidr, s.mpidr);
	check_eq("SCTLR_EL2 M/A/C/I/WXN/EE", s.sctlr & sctlr_clear, 0);
	check_eq("MDCR_EL2.HPMN = PMCR_EL0.N", s.mdcr & PMCR_N_MASK,
		 (s.pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	check_eq("VBAR_EL2 while the probe ran", s.vbar,
		 (uint64_t)(uintptr_t)probe64_vectors);
	check_eq("the hvc came from EL1h", s.spsr & 0xf, 0x5);
	check_stub_answers();
}

/* UID, MEMORY and what hypstub_query() made of them. */
static void check_discovery(const struct hypstub_query_result *result)
{
	struct hypstub_regs regs;
	uint64_t base, size;

	hypstub_memory(&base, &size);
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0, &regs);
	check_eq("UID x0", regs.r0, HYPSTUB_UUID_0);
	check_eq("UID x1", regs.r1, HYPSTUB_UUID_1);
	check_eq("UID x2", regs.r2, HYPSTUB_UUID_2);
	check_eq("UID x3", regs.r3, HYPSTUB_UUID_3);
	raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0, &regs);
	check_eq("MEMORY x0", regs.r0, 0);
	check_eq("MEMORY x1: the stub's vectors", regs.r1,
		 (uint64_t)(uintptr_t)stub_vectors);
	check_eq("MEMORY x2: RAM base", regs.r2, base);
	check_eq("MEMORY x3: RAM size", regs.r3, size);
	check_eq("hypstub_query() vectors", result->stub_vectors, regs.r1);
	check_eq("hypstub_query() RAM", result->ram_base + result->ram_size,
		 base + size);
}

static void test_query(void)
{
	struct hypstub_regs regs;
	struct hypstub_query_result result;

	check_eq("r0", raw_call(HYPSTUB_CALL_QUERY, 1, 2, 3, 4, &regs), 0);
	check_eq("x1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("x2 version", regs.r2, HYPSTUB_ABI_VERSION);
	check_eq("x3 calls", regs.r3, expected_calls());
	check_eq("x4 implementer", regs.ip, expected_implementer());
	check_eq("hypstub_query()", hypstub_query(&result), 0);
	check_eq("version", result.version, HYPSTUB_ABI_VERSION);
	check_eq("hypstub_query() implementer", result.implementer,
		 expected_implementer());
	check_discovery(&result);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0, 0, 0, &regs);
	check_eq("REVISION x0", regs.r0, HYPSTUB_ABI_VERSION);
	check_eq("REVISION x1", regs.r1, 0);
	check_stub_answers();
}

/*
 * HVC_GET_ICH_VTR_EL2 as the CPU allows it: with the GICv3 system register
 * interface (ID_AA64PFR0_EL1.GIC, readable at EL1), x0 = 0 and x1 the
 * register; without, HVC_STUB_ERR and x1 kept. The runner says which GIC
 * QEMU was given (TEST_GIC_VERSION_ADDR), so a machine option QEMU ignored
 * cannot make the test pass the wrong way.
 */
static void test_ich_vtr(void)
{
	uint64_t expected_gic = *(volatile uint32_t *)TEST_GIC_VERSION_ADDR;
	uint64_t pfr0;
	struct hypstub_regs regs;

	__asm__ volatile("mrs %0, id_aa64pfr0_el1" : "=r"(pfr0));
	kprintf("#   GIC version %u (0: not said); ID_AA64PFR0_EL1.GIC %u\n",
		(uint32_t)expected_gic, (uint32_t)((pfr0 >> 24) & 0xf));
	if (expected_gic == 3)
		check_eq("GICv3 system registers present", (pfr0 >> 24) & 0xf,
			 1);
	else if (expected_gic == 2)
		check_eq("no GICv3 system registers", (pfr0 >> 24) & 0xf, 0);
	raw_call(HVC_GET_ICH_VTR_EL2, 7, 7, 7, 7, &regs);
	if (((pfr0 >> 24) & 0xf) == 0) {
		check_eq("x0 without GICv3", regs.r0, HVC_STUB_ERR);
		check_eq("x1 kept", regs.r1, 7);
	} else {
		/* ICH_VTR_EL2.ListRegs is the number of list registers - 1. */
		uint64_t list_registers = (regs.r1 & 0x1f) + 1;

		check_eq("x0 with GICv3", regs.r0, 0);
		kprintf("#   ICH_VTR_EL2 0x%08x: %u list registers\n",
			(uint32_t)regs.r1, (uint32_t)list_registers);
		check_eq("x1 is ICH_VTR_EL2 (RES0 bits 18:5 clear)",
			 regs.r1 & 0x7ffe0, 0);
		check_eq("x1 is not the argument", regs.r1 == 7, 0);
	}
	check_eq("x2 kept", regs.r2, 7);
	check_stub_answers();
}

/* With the hypervisor as the target, make sure it is installed. */
static void ensure_target(void)
{
	int result;

	if (!target_is_hyp() || hyp_installed())
		return;
	if (!suite.have_pre_install) {
		/* Start dirty: EL2 registers the hypervisor takes over. */
		if (!probe_with(&suite.pre_install, 1))
			return;
		suite.have_pre_install = 1;
	}
	result = hyp_install();
	if (result != HYP_OK) {
		kprintf("#   hyp_install(): %s\n", hyp_error_string(result));
		check_eq("hyp_install()", (uint64_t)(int64_t)result, HYP_OK);
	}
}

typedef void (*hvc64_function)(struct frame64 *frame);

static void framed(const char *call, hvc64_function hvc, uint64_t x0,
		   uint64_t x1, uint64_t nzcv, uint64_t expected)
{
	struct frame64 frame = {.in = {x0, x1, 2, 3, 4}, .nzcv = nzcv};
	int reg, before = test64_failures;

	hvc(&frame);
	check_eq("x0", frame.out[0], expected);
	for (reg = 19; reg <= 30; reg++)
		check_eq("x19-x30 preserved", frame.out[reg],
			 F64_PATTERN((uint64_t)reg));
	check_eq("sp preserved", frame.sp_after, frame.sp_before);
	check_eq("NZCV preserved", frame.nzcv_after, nzcv);
	check_eq("DAIF preserved", frame.daif_after, daif_at_main);
	if (test64_failures != before)
		kprintf("#   ... in %s\n", call);
}

static void framed_hyp_calls(uint64_t nzcv)
{
	framed("HYP_CALL_PING", hvc64_imm_0, HYP_CALL_PING, 1, nzcv, 0);
	framed("HYP_CALL_FEATURES", hvc64_imm_0, HYP_CALL_FEATURES, 0, nzcv, 0);
	framed("HYP_CALL_READ_REGISTER", hvc64_imm_0, HYP_CALL_READ_REGISTER,
	       HYP_REG_SCTLR, nzcv, 0);
	framed("HYP_CALL_READ_REGISTER(bad)", hvc64_imm_0,
	       HYP_CALL_READ_REGISTER, HYP_REG_COUNT, nzcv,
	       SMCCC_RET_INVALID_PARAMETER);
	framed("HYP_CALL_TLB_FLUSH", hvc64_imm_0, HYP_CALL_TLB_FLUSH, 0, nzcv,
	       0);
	framed("HYP_CALL_MMU_CHECK", hvc64_imm_0, HYP_CALL_MMU_CHECK, 0, nzcv,
	       0);
	framed("HYP_CALL_INIT (again)", hvc64_imm_0, HYP_CALL_INIT, 0, nzcv,
	       SMCCC_RET_NOT_REQUIRED);
}

static void test_preservation(void)
{
	static const uint64_t flags[] = {0, 0xf0000000, 0x50000000, 0xa0000000};
	const uint64_t probe_table = (uint64_t)(uintptr_t)probe64_vectors;
	unsigned int i;

	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		framed("QUERY", hvc64_imm_0, HYPSTUB_CALL_QUERY, 0, flags[i],
		       0);
		framed("RESET_VECTORS", hvc64_imm_0, HVC_RESET_VECTORS, 0,
		       flags[i], 0);
		/* On the hypervisor that was an uninstall: install it again. */
		ensure_target();
		framed("SET_VECTORS(misaligned)", hvc64_imm_0, HVC_SET_VECTORS,
		       probe_table + 0x400, flags[i], HVC_STUB_ERR);
		/* The hypervisor refuses it, and answers the query itself. */
		framed("SET_VECTORS(probe)", hvc64_imm_0, HVC_SET_VECTORS,
		       probe_table, flags[i],
		       target_is_hyp() ? HVC_STUB_ERR : 0);
		framed("the next hvc", hvc64_imm_0, HYPSTUB_CALL_QUERY, 0,
		       flags[i], target_is_hyp() ? 0 : P64_MAGIC);
		framed("SOFT_RESTART(outside RAM)", hvc64_imm_0,
		       HVC_SOFT_RESTART, ram_end(), flags[i], HVC_STUB_ERR);
		framed("reserved call 3", hvc64_imm_0, HVC_FINALISE_EL2, 0,
		       flags[i], HVC_STUB_ERR);
		framed("unknown 0x100", hvc64_imm_0, 0x100, 0, flags[i],
		       expected_unknown(0x100));
		if (target_is_hyp())
			framed_hyp_calls(flags[i]);
		framed("hvc #1", hvc64_imm_1, HYPSTUB_CALL_QUERY, 0, flags[i],
		       HVC_STUB_ERR);
		framed("hvc #0xea1", hvc64_imm_ea1, HYPSTUB_CALL_QUERY, 0,
		       flags[i], HVC_STUB_ERR);
		framed("hvc #0xffff", hvc64_imm_ffff, HYPSTUB_CALL_QUERY, 0,
		       flags[i], HVC_STUB_ERR);
	}
	check_stub_answers();
}

static void test_set_vectors_refused(void)
{
	const uint64_t table = (uint64_t)(uintptr_t)probe64_vectors;
	const uint64_t bad[] = {
		table + 4,	  table + 0x80,
		table + 0x400,	  0,
		0x08000000,	  PLAT_RAM_BASE - 2048,
		ram_end(),	  ram_end() - 1024,
		table | HIGH_BIT, 0xfffffffffffff800,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		int before = test64_failures;

		check_eq("SET_VECTORS refused",
			 raw_call(HVC_SET_VECTORS, bad[i], 0, 0, 0, NULL),
			 HVC_STUB_ERR);
		if (test64_failures != before)
			kprintf("#   ... with x1 0x%08x%08x\n",
				(uint32_t)(bad[i] >> 32), (uint32_t)bad[i]);
	}
	check_stub_answers();
}

static void test_reset(void)
{
	check_eq("RESET_VECTORS", raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL),
		 0);
	check_stub_answers();
}

static volatile uint64_t canary_runs;

static void canary(void)
{
	canary_runs++;
}

static void test_unknown(void)
{
	const uint64_t canary_address = (uint64_t)(uintptr_t)canary;
	const uint64_t ids[] = {
		canary_address,
		HVC_FINALISE_EL2,
		HVC_STUB_HCALL_NR,
		0x100,
		0x84000000,
		0xc4000003,
		HVC_STUB_ERR,
		HIGH_BIT | HYPSTUB_CALL_QUERY, /* not 4 once 64 bits are read */
		HIGH_BIT | HVC_SOFT_RESTART,   /* not a restart */
		HIGH_BIT | HVC_RESET_VECTORS,  /* not an uninstall */
		HIGH_BIT | HVC_SET_VECTORS,
		0xffffffffffffffff,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = test64_failures;

		check_eq("unknown call",
			 raw_call(ids[i], canary_address, 0, 0, 0, NULL),
			 expected_unknown(ids[i]));
		if (test64_failures != before)
			kprintf("#   ... with x0 0x%08x%08x\n",
				(uint32_t)(ids[i] >> 32), (uint32_t)ids[i]);
	}
	check_eq("x0 never ran as code", canary_runs, 0);
	check_stub_answers();
}

static void test_soft_restart_refused(void)
{
	const uint64_t entry = (uint64_t)(uintptr_t)hypstub_entry;
	const uint64_t bad[] = {entry + 1,	   entry + 2,  0,
				ram_end(),	   0x08000000, entry | HIGH_BIT,
				0xfffffffffffffffc};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++)
		check_eq("SOFT_RESTART refused",
			 raw_call(HVC_SOFT_RESTART, bad[i], 1, 2, 3, NULL),
			 HVC_STUB_ERR);
	check_stub_answers();
}

/* ---- the resident hypervisor ---- */

static void test_hyp_installed(void)
{
	check_eq("hyp_installed()", (uint64_t)hyp_installed(), 1);
	check_eq("HYPSTUB_CALL_QUERY implementer", implementer(),
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("hyp_install() again", (uint64_t)(int64_t)hyp_install(),
		 (uint64_t)(int64_t)HYP_ERR_ALREADY_INSTALLED);
	check_eq("still installed", (uint64_t)hyp_installed(), 1);
}

static void test_hyp_refuses_set_vectors(void)
{
	uint64_t count = probe64_snapshot.count;

	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	check_eq("SET_VECTORS(valid table)",
		 raw_call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)probe64_vectors,
			  0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("SET_VECTORS(the stub's own)",
		 hypstub_set_vectors((uint64_t)(uintptr_t)stub_vectors),
		 HVC_STUB_ERR);
	check_stub_answers();
	check_eq("the probe did not run", probe64_snapshot.count, count);
}

static void test_hyp_features(void)
{
	hypstub_reg_t magic, version, bitmap;

	check_eq(
		"HYP_CALL_FEATURES",
		hyp_call(HYP_CALL_FEATURES, 0, 0, 0, &magic, &version, &bitmap),
		0);
	check_eq("magic", magic, HYP_FEATURES_MAGIC);
	check_eq("version", version, HYP_VERSION);
	/* features, ping, read register, TLB flush, MMU check, init, guest */
	check_eq("implemented calls", bitmap, 0x7f);
	check_eq("HYP_CALL_PING",
		 hyp_call(HYP_CALL_PING, 1, 2, 3, NULL, NULL, NULL), 0);
	/* tests/target/arm64/guest.c runs guests; here only a refusal. */
	check_eq("HYP_CALL_RUN_GUEST(a misaligned window)",
		 hyp_call(HYP_CALL_RUN_GUEST, PLAT_RAM_BASE + 0x04001000, 0, 0,
			  NULL, NULL, NULL),
		 SMCCC_RET_INVALID_PARAMETER);
}

static void test_hyp_mmu_on(void)
{
	hypstub_reg_t sctlr, address, translated;

	check_eq("HYP_CALL_MMU_CHECK",
		 hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, &sctlr, &address,
			  &translated),
		 0);
	check_eq("SCTLR_EL2.M, C and I set",
		 sctlr & (SCTLR_M | SCTLR_C | SCTLR_I),
		 SCTLR_M | SCTLR_C | SCTLR_I);
	check_eq("the handler's code translates to itself (identity map)",
		 translated, address);
	check_eq("the handler is in RAM",
		 address >= PLAT_RAM_BASE && address < ram_end(), 1);
}

static void test_hyp_read_register(void)
{
	static const uint64_t refused[] = {
		HYP_REG_COUNT, HYP_REG_COUNT + 1,	 0x100,
		0x80000000,    HIGH_BIT | HYP_REG_SCTLR, 0xffffffffffffffff};
	hypstub_reg_t value;
	unsigned int i;

	check_eq("read SCTLR_EL2",
		 hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0, &value,
			  NULL, NULL),
		 0);
	check_eq("SCTLR_EL2.M", value & SCTLR_M, SCTLR_M);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_VBAR, 0, 0, &value, NULL,
		 NULL);
	check_eq("VBAR_EL2 is the hypervisor's", value,
		 (uint64_t)(uintptr_t)hyp_vectors);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_HCR, 0, 0, &value, NULL, NULL);
	check_eq("HCR_EL2: RW only (nVHE, no traps)", value, HCR_EL2_RW);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_MAIR, 0, 0, &value, NULL,
		 NULL);
	check_eq("MAIR_EL2", value, 0x04ff);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_TCR, 0, 0, &value, NULL, NULL);
	check_eq("TCR_EL2.T0SZ: 4 GiB", value & 0x3f, 32);
	check_eq("TCR_EL2.TG0: 4 KiB", (value >> 14) & 3, 0);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_TTBR, 0, 0, &value, NULL,
		 NULL);
	check_eq("TTBR0_EL2 in RAM",
		 value >= PLAT_RAM_BASE && value < ram_end(), 1);
	for (i = 0; i < ARRAY_SIZE(refused); i++)
		check_eq("register outside the allow-list",
			 hyp_call(HYP_CALL_READ_REGISTER, refused[i], 0, 0,
				  NULL, NULL, NULL),
			 SMCCC_RET_INVALID_PARAMETER);
}

static void test_hyp_tlb_flush_and_init(void)
{
	check_eq("HYP_CALL_TLB_FLUSH",
		 hyp_call(HYP_CALL_TLB_FLUSH, 0, 0, 0, NULL, NULL, NULL), 0);
	check_eq("HYP_CALL_INIT when initialised",
		 hyp_call(HYP_CALL_INIT, 0, 0, 0, NULL, NULL, NULL),
		 SMCCC_RET_NOT_REQUIRED);
	test_hyp_mmu_on();
	check_stub_answers();
}

static void test_hyp_unknown_calls(void)
{
	const uint64_t canary_address = (uint64_t)(uintptr_t)canary;
	const uint64_t ids[] = {
		HYP_CALL_BASE + 7,
		HYP_CALL_TEST_FAULT,
		HYP_CALL_BASE + 0x20,
		0x8600ffff,
		0xc6000001, /* SMC64 vendor hypervisor: not ours */
		0x06000001, /* a yielding call */
		0x84000000, /* PSCI_VERSION: a secure service */
		0x85000001, /* another owner */
		HIGH_BIT | HYP_CALL_PING,
		HIGH_BIT | HYP_CALL_INIT,
		canary_address,
	};
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = test64_failures;

		check_eq("unknown ID",
			 raw_call(ids[i], canary_address, 0, 0, 0, NULL),
			 SMCCC_RET_NOT_SUPPORTED);
		if (test64_failures != before)
			kprintf("#   ... with x0 0x%08x%08x\n",
				(uint32_t)(ids[i] >> 32), (uint32_t)ids[i]);
	}
	check_eq("x0 was not run as code", canary_runs, 0);
	check_stub_answers();
}

static void test_hyp_reset_vectors(void)
{
	check_eq("HVC_RESET_VECTORS",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_boot_stub_answers();
	check_eq("hyp_installed() is false", (uint64_t)hyp_installed(), 0);
	check_el2_as_before_install("HVC_RESET_VECTORS");
	check_eq("hyp_uninstall() with nothing installed",
		 (uint64_t)(int64_t)hyp_uninstall(),
		 (uint64_t)(int64_t)HYP_ERR_NOT_INSTALLED);
	check_eq("hyp_install()", (uint64_t)(int64_t)hyp_install(), HYP_OK);
	check_eq("hyp_uninstall()", (uint64_t)(int64_t)hyp_uninstall(), HYP_OK);
	check_boot_stub_answers();
	check_el2_as_before_install("hyp_uninstall()");
}

#define LIFECYCLE_CYCLES 1000

static void test_hyp_lifecycle(void)
{
	struct hypstub_regs first, last;
	uint64_t cycle, ping_failures = 0, install_failures = 0;

	check_eq("hyp_uninstall()", (uint64_t)(int64_t)hyp_uninstall(), HYP_OK);
	raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &first);
	for (cycle = 0; cycle < LIFECYCLE_CYCLES; cycle++) {
		if (hyp_install() != HYP_OK)
			install_failures++;
		if (hyp_call(HYP_CALL_PING, 0, 0, 0, NULL, NULL, NULL) != 0)
			ping_failures++;
		if (hyp_uninstall() != HYP_OK)
			install_failures++;
	}
	check_eq("install/uninstall failures", install_failures, 0);
	check_eq("ping failures", ping_failures, 0);
	raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &last);
	check_eq("the stub answers as on the first call",
		 memcmp(&first, &last, sizeof(first)) == 0, 1);
	check_boot_stub_answers();
	check_el2_as_before_install("1000 cycles");
	kprintf("#   %u install/uninstall cycles\n", (uint32_t)cycle);
}

static void test_soft_restart(void)
{
	suite.tokens[0] = 0x5a5a5a5a00000000 + suite.next_index;
	suite.tokens[1] = 0xffffffffffffffff;
	suite.tokens[2] = 0x4000000012345678;
	suite.restart_pending = 1;
	hypstub_soft_restart((hypstub_reg_t)(uintptr_t)hypstub_entry,
			     suite.tokens[0], suite.tokens[1], suite.tokens[2]);
	suite.restart_pending = 0;
	check_eq("SOFT_RESTART returned", 1, 0);
}

/* The image entered again: the boot stub it installs answers, not the hyp. */
static void check_arrival(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());

	check_eq("payload x0", record->r0, suite.tokens[0]);
	check_eq("payload x1", record->r1, suite.tokens[1]);
	check_eq("payload x2", record->r2, suite.tokens[2]);
	check_eq("payload at EL2", record->cpsr & PSR_MODE_MASK, PSR_MODE_HYP);
	check_eq("payload A, I, F masked", record->cpsr & PSR_AIF_MASK,
		 PSR_AIF_MASK);
	check_eq("payload SCTLR_EL2.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("payload SCTLR_EL1.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("payload VBAR_EL2", record->hvbar,
		 (uint64_t)(uintptr_t)stub_vectors);
	check_eq("the image was entered again", record->entries >= 2, 1);
	check_boot_stub_answers();
}

#define ON_STUB (1 << TEST_TARGET_STUB)
#define ON_HYP (1 << TEST_TARGET_HYP)
#define ON_BOTH (ON_STUB | ON_HYP)

struct test_case {
	const char *rules;
	const char *name;
	void (*run)(void);
	uint64_t targets;
};

static const struct test_case tests[] = {
	{"[A64-BOOT-1] [BOOT-1] [BOOT-2]", "entered at EL2, kernel at EL1",
	 test_boot, ON_BOTH},
	{"[A64-BOOT-2] [SET-VECTORS-1]", "EL2 state after boot", test_el2_state,
	 ON_STUB},
	{"[HYP-INSTALL-1]", "installed from EL1, answers as the hypervisor",
	 test_hyp_installed, ON_HYP},
	{"[QUERY-1] [API-1] [HYP-STUB-4] [DISCOVERY-1] [DISCOVERY-2] "
	 "[DISCOVERY-3] [DISCOVERY-4]",
	 "discovery calls", test_query, ON_BOTH},
	{"[ICH-VTR-1] [ICH-VTR-2]", "HVC_GET_ICH_VTR_EL2 as the GIC allows",
	 test_ich_vtr, ON_BOTH},
	{"[A64-CALL-1] [CALL-3] [IMM-1] [HYP-CALLS-1]",
	 "x19-x30, sp, NZCV and DAIF preserved around every call",
	 test_preservation, ON_BOTH},
	{"[SET-VECTORS-2] [SET-VECTORS-3] [A64-CALL-2]",
	 "misaligned (2 KiB), outside RAM, 64-bit tables refused",
	 test_set_vectors_refused, ON_BOTH},
	{"[HYP-STUB-3]", "HVC_SET_VECTORS refused by the hypervisor",
	 test_hyp_refuses_set_vectors, ON_HYP},
	{"[RESET-VECTORS-1]", "reset on the stub", test_reset, ON_STUB},
	{"[HYP-CALLS-2]", "features and ping", test_hyp_features, ON_HYP},
	{"[HYP-MMU-1]", "calls run with the EL2 MMU on", test_hyp_mmu_on,
	 ON_HYP},
	{"[HYP-CALLS-3]", "register reads limited to the allow-list",
	 test_hyp_read_register, ON_HYP},
	{"[HYP-CALLS-4] [HYP-INSTALL-3]", "TLB flush; init only once",
	 test_hyp_tlb_flush_and_init, ON_HYP},
	{"[UNKNOWN-1] [UNKNOWN-2] [A64-CALL-2] [FINALISE-1]",
	 "unknown IDs refused, never run, all 64 bits read", test_unknown,
	 ON_BOTH},
	{"[HYP-CALLS-5] [A64-CALL-2]", "unknown SMCCC IDs not supported",
	 test_hyp_unknown_calls, ON_HYP},
	{"[SOFT-RESTART-5] [A64-CALL-2]", "bad entries refused",
	 test_soft_restart_refused, ON_BOTH},
	{"[HYP-STUB-2] [HYP-INSTALL-4]",
	 "HVC_RESET_VECTORS gives EL2 back as it was", test_hyp_reset_vectors,
	 ON_HYP},
	{"[HYP-LIFE-1]", "1000 install/uninstall cycles", test_hyp_lifecycle,
	 ON_HYP},
	{"[SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4] [A64-RESTART-1] [HYP-STUB-1]",
	 "payload entered at EL2 with the documented state", test_soft_restart,
	 ON_BOTH},
};

static int applies(uint64_t index)
{
	return (tests[index].targets & (1u << suite.target)) != 0;
}

/* The TAP number of a test: its place among those for this target. */
static uint32_t test_number(uint64_t index)
{
	uint64_t i;
	uint32_t number = 0;

	for (i = 0; i <= index; i++)
		number += applies(i);
	return number;
}

static void report(uint64_t index)
{
	if (test64_failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", test_number(index),
			tests[index].rules, tests[index].name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", test_number(index),
			tests[index].rules, tests[index].name);
	}
}

/* ---- entered at EL1 ---- */

static volatile uint32_t undef_count;

static int count_undef(uint32_t address)
{
	(void)address;
	undef_count++;
	return 1;
}

static void run_el1_suite(void)
{
	struct hypstub_query_result result;
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

	kprintf("1..1\n");
	test64_failures = 0;
	kernel_undef_hook = count_undef;
	check_eq("boot mode SVC (EL1)", hypstub_boot_mode(), PSR_MODE_SVC);
	check_eq("HYP not available", (uint64_t)hypstub_hyp_available(), 0);
	check_eq("hypstub_set_vectors", hypstub_set_vectors(PLAT_RAM_BASE),
		 HVC_STUB_ERR);
	check_eq("hypstub_reset_vectors", hypstub_reset_vectors(),
		 HVC_STUB_ERR);
	check_eq("hypstub_query", hypstub_query(&result), HVC_STUB_ERR);
	check_eq("no hvc issued", undef_count, 0);
	/* The control: a raw hvc does reach something below, or UNDEFs. */
	hypstub_hvc(&regs);
	kprintf("#   a raw hvc: %s, x0 0x%08x\n",
		undef_count ? "UNDEFINED" : "answered", (uint32_t)regs.r0);
	check_eq("a raw hvc is seen",
		 undef_count == 1 || regs.r0 != HYPSTUB_CALL_QUERY, 1);
	kprintf("%s 1 - [SVC-BOOT-1] [SVC-BOOT-2] [A64-BOOT-1] entered at "
		"EL1: no stub, no hvc\n",
		test64_failures ? "not ok" : "ok");
	kprintf("# summary: %u passed, %u failed\n", test64_failures ? 0 : 1,
		test64_failures ? 1 : 0);
	plat_exit(test64_failures ? 1 : 0);
}

void hypstub_main(unsigned int cpu)
{
	daif_at_main = read_daif();
	__asm__ volatile("mrs %0, CurrentEL" : "=r"(current_el_at_main));
	kernel_cpu_init(cpu);
	if (hypstub_boot_mode() != PSR_MODE_HYP)
		run_el1_suite();
	if (!suite.started) {
		suite.started = 1;
		suite.next_index = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		suite.target = *(volatile uint32_t *)TEST_TARGET_ADDR;
		if (suite.target > TEST_TARGET_HYP) {
			kprintf("Bail out! no such target %u\n",
				(uint32_t)suite.target);
			plat_exit(2);
		}
		kprintf("# target: %s\n", target_is_hyp()
						  ? "the resident hypervisor"
						  : "the boot stub");
		if (suite.next_index == 0)
			kprintf("1..%u\n", test_number(ARRAY_SIZE(tests) - 1));
	}
	if (suite.restart_pending) {
		suite.restart_pending = 0;
		test64_failures = 0;
		check_arrival();
		report(suite.next_index++);
	}
	for (; suite.next_index < ARRAY_SIZE(tests); suite.next_index++) {
		uint64_t index = suite.next_index;

		if (!applies(index))
			continue;
		kprintf("# running %u %u %s\n", test_number(index),
			(uint32_t)index, tests[index].rules);
		test64_failures = 0;
		ensure_target();
		tests[index].run();
		report(index);
	}
	kprintf("# summary: %u passed, %u failed\n", (uint32_t)suite.passed,
		(uint32_t)suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}
