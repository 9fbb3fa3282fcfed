// SPDX-License-Identifier: BSD-2-Clause
/*
 * The AArch32 spec kernel: the rules doc/hyp-abi.md v2 added, checked the
 * way a caller sees them (hvc and the public API): the error rule, the
 * discovery calls' untouched registers, versioning, RAM, a Thumb caller,
 * the payload's whole entry state after HVC_SOFT_RESTART, and what another
 * CPU does meanwhile. Same protocol as tests/target/conformance.c: TAP on
 * the UART, "# running NUMBER INDEX RULES" before each test for
 * tools/run-conformance, the target (boot stub or resident hypervisor)
 * poked at TEST_TARGET_ADDR. Run it with --smp 2.
 */
#include <arch/arm/sysreg.h>
#include <core/fdt.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

#include "../test_kernel.h"
#include "spec.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define CPSR_T (1u << 5)
#define CPSR_E (1u << 9)
#define CPSR_J (1u << 24)
#define SCTLR_TRE (1u << 28)
#define SCTLR_AFE (1u << 29)
#define HDCR_HPMN_MASK 0x1fu
#define PMCR_N(pmcr) (((pmcr) >> 11) & 0x1f)
#define CNTHCTL_PL1 3u

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

/* The PL1 registers the restart must preserve, as read back before it. */
struct pl1_state {
	uint32_t sctlr, vbar, ttbr0, ttbr1, ttbcr, dacr, prrr, nmrr;
	uint32_t contextidr, tpidrurw, tpidruro, tpidrprw;
	uint32_t banked[SNAP_BANKED_COUNT];
};

/* Kept in .data: it must survive the soft restart into this same image. */
static struct {
	uint32_t started;
	uint32_t target;
	uint32_t next_index;
	uint32_t restart_pending;
	uint32_t tokens[3];
	uint32_t stub_vectors;
	struct pl1_state before;
	uint32_t spin_before_restart;
	uint32_t ram_base, ram_size, copy_base, copy_size, saved_magic;
	uint32_t failures_before_restart;
	uint32_t passed, failed;
} suite __attribute__((section(".data")));

static int failures;

static void check_eq(const char *what, uint32_t actual, uint32_t expected)
{
	if (actual == expected)
		return;
	failures++;
	kprintf("#   FAILED: %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
}

static void check_true(const char *what, int condition)
{
	check_eq(what, (uint32_t) !!condition, 1);
}

static int target_is_hyp(void)
{
	return suite.target == TEST_TARGET_HYP;
}

static uint32_t raw_call(uint32_t r0, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {r0, 0x11111111, 0x22222222, 0x33333333,
				    0xcccccccc};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

static uint32_t expected_implementer(void)
{
	return target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
			       : HYPSTUB_IMPL_BOOT_STUB;
}

static void check_target_answers(const char *when)
{
	struct hypstub_regs regs;

	raw_call(HYPSTUB_CALL_QUERY, &regs);
	if (regs.r0 != 0 || regs.r1 != HYPSTUB_QUERY_MAGIC ||
	    regs.ip != expected_implementer()) {
		kprintf("#   after %s:\n", when);
		check_eq("the target still answers HYPSTUB_CALL_QUERY", regs.ip,
			 expected_implementer());
	}
}

/* ---- [ERR-1]: every error leaves r1-r3 and ip as they were ---- */

struct error_case {
	const char *what;
	void (*hvc)(struct hvc_frame *frame);
	uint32_t r0, r1;
	uint32_t on_stub, on_hyp;
};

static void test_error_rule(void)
{
	const uint32_t ram_base = PLAT_RAM_BASE;
	uint32_t base, size;
	unsigned int i;

	hypstub_memory(&base, &size);
	{
		const struct error_case cases[] = {
			{"SET_VECTORS misaligned", hvc_frame_imm_0,
			 HVC_SET_VECTORS, ram_base + 0x1004, HVC_STUB_ERR,
			 HVC_STUB_ERR},
			{"SET_VECTORS past RAM", hvc_frame_imm_0,
			 HVC_SET_VECTORS, base + size, HVC_STUB_ERR,
			 HVC_STUB_ERR},
			{"SET_VECTORS (resident hypervisor: always)",
			 hvc_frame_imm_0, HVC_SET_VECTORS, ram_base + 0x1000,
			 HVC_SET_VECTORS, HVC_STUB_ERR},
			{"SOFT_RESTART Thumb entry", hvc_frame_imm_0,
			 HVC_SOFT_RESTART, ram_base + 0x1001, HVC_STUB_ERR,
			 HVC_STUB_ERR},
			{"SOFT_RESTART past RAM", hvc_frame_imm_0,
			 HVC_SOFT_RESTART, base + size, HVC_STUB_ERR,
			 HVC_STUB_ERR},
			{"call 3", hvc_frame_imm_0, HVC_FINALISE_EL2,
			 0x11111111, HVC_STUB_ERR, HVC_STUB_ERR},
			{"call 4 (reserved on AArch32)", hvc_frame_imm_0,
			 HVC_GET_ICH_VTR_EL2, 0x11111111, HVC_STUB_ERR,
			 HVC_STUB_ERR},
			{"ID 5", hvc_frame_imm_0, HVC_STUB_HCALL_NR, 0x11111111,
			 HVC_STUB_ERR, SMCCC_RET_NOT_SUPPORTED},
			{"ID 0x8600ff02", hvc_frame_imm_0, 0x8600ff02,
			 0x11111111, HVC_STUB_ERR, SMCCC_RET_NOT_SUPPORTED},
			{"ID 0xc600ff01 (SMC64)", hvc_frame_imm_0, 0xc600ff01,
			 0x11111111, HVC_STUB_ERR, SMCCC_RET_NOT_SUPPORTED},
			{"ID 0x40100000 (an address)", hvc_frame_imm_0,
			 0x40100000, 0x11111111, HVC_STUB_ERR,
			 SMCCC_RET_NOT_SUPPORTED},
			{"hvc #1, QUERY", hvc_frame_imm_1, HYPSTUB_CALL_QUERY,
			 0x11111111, HVC_STUB_ERR, HVC_STUB_ERR},
			{"hvc #0xea1, UID", hvc_frame_imm_ea1, HYPSTUB_CALL_UID,
			 0x11111111, HVC_STUB_ERR, HVC_STUB_ERR},
			{"hvc #0xffff, RESET_VECTORS", hvc_frame_imm_ffff,
			 HVC_RESET_VECTORS, 0x11111111, HVC_STUB_ERR,
			 HVC_STUB_ERR},
		};

		for (i = 0; i < ARRAY_SIZE(cases); i++) {
			const struct error_case *c = &cases[i];
			uint32_t expected =
				target_is_hyp() ? c->on_hyp : c->on_stub;
			struct hvc_frame frame = {0};
			int before = failures;

			/* Only error cases here: the one success is skipped. */
			if (expected == HVC_SET_VECTORS)
				continue;
			frame.in_r0 = c->r0;
			frame.in_r1 = c->r1;
			frame.in_r2 = 0x22222222;
			frame.in_r3 = 0x33333333;
			frame.in_ip = 0xcccccccc;
			frame.in_flags = 0x50000000;
			c->hvc(&frame);
			check_eq("r0", frame.out[0], expected);
			check_eq("r1 unchanged", frame.out[1], c->r1);
			check_eq("r2 unchanged", frame.out[2], 0x22222222);
			check_eq("r3 unchanged", frame.out[3], 0x33333333);
			check_eq("ip unchanged", frame.out[12], 0xcccccccc);
			check_eq("nothing else changed",
				 hvc_frame_damage(&frame,
						  PSR_MODE_SVC | PSR_AIF_MASK),
				 0);
			if (failures != before)
				kprintf("#   ... in case \"%s\"\n", c->what);
		}
	}
	check_target_answers("the errors");
}

/* ---- discovery leaves the registers it does not answer in ---- */

static void test_discovery_registers(void)
{
	struct hypstub_regs regs;
	uint32_t base, size;

	raw_call(HYPSTUB_CALL_UID, &regs);
	check_eq("UID r0", regs.r0, HYPSTUB_UUID_0);
	check_eq("UID r3", regs.r3, HYPSTUB_UUID_3);
	check_eq("UID ip unchanged", regs.ip, 0xcccccccc);
	raw_call(HYPSTUB_CALL_REVISION, &regs);
	check_eq("REVISION r0", regs.r0, HYPSTUB_ABI_VERSION);
	check_eq("REVISION r1", regs.r1, 0);
	check_eq("REVISION r2 unchanged", regs.r2, 0x22222222);
	check_eq("REVISION r3 unchanged", regs.r3, 0x33333333);
	check_eq("REVISION ip unchanged", regs.ip, 0xcccccccc);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	hypstub_memory(&base, &size);
	check_eq("MEMORY r0", regs.r0, 0);
	check_eq("MEMORY r2", regs.r2, base);
	check_eq("MEMORY r3", regs.r3, size);
	check_eq("MEMORY ip unchanged", regs.ip, 0xcccccccc);
}

/* ---- versioning ---- */

static void test_versioning(void)
{
	struct hypstub_query_result result;
	struct hypstub_regs query, revision;
	uint32_t n;

	raw_call(HYPSTUB_CALL_REVISION, &revision);
	raw_call(HYPSTUB_CALL_QUERY, &query);
	check_eq("REVISION major is 2", revision.r0, 2);
	check_eq("REVISION minor is 0", revision.r1, 0);
	check_eq("QUERY's version is REVISION's", query.r2, revision.r0);
	check_eq("hypstub_query()", hypstub_query(&result), 0);
	check_eq("hypstub_query() version", result.version, revision.r0);
	check_eq("hypstub_query() calls", result.calls, query.r3);
	/* The promises every version keeps. */
	check_true("calls 1 and 2 reported", (query.r3 & 0x6) == 0x6);
	check_true("no bit from HVC_STUB_HCALL_NR up",
		   (query.r3 >> HVC_STUB_HCALL_NR) == 0);
	for (n = 0; n < HVC_STUB_HCALL_NR; n++) {
		if (query.r3 & (1u << n))
			continue;
		check_eq("a call whose bit is clear", raw_call(n, NULL),
			 HVC_STUB_ERR);
	}
	check_target_answers("the unreported calls");
}

/* ---- RAM ---- */

static void test_ram(void)
{
	struct hypstub_regs regs;
	uint32_t base, size, dtb_base = 0, dtb_size = 0;

	hypstub_memory(&base, &size);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	check_eq("MEMORY r2 = hypstub_memory() base", regs.r2, base);
	check_eq("MEMORY r3 = hypstub_memory() size", regs.r3, size);
	check_eq("the DTB's /memory",
		 (uint32_t)fdt_memory_range((const void *)PLAT_DTB_ADDR,
					    PLAT_RAM_MIN_SIZE, &dtb_base,
					    &dtb_size),
		 FDT_OK);
	check_eq("RAM base is the DTB's", base, dtb_base);
	check_eq("RAM size is the DTB's", size, dtb_size);
	if (!target_is_hyp())
		return;
	/* The boot stub under the hypervisor reports the same range. */
	check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	check_eq("the boot stub's RAM base", regs.r2, base);
	check_eq("the boot stub's RAM size", regs.r3, size);
	check_eq("hyp_install()", (uint32_t)hyp_install(), HYP_OK);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	check_eq("the hypervisor's RAM base again", regs.r2, base);
	check_eq("the hypervisor's RAM size again", regs.r3, size);
}

/* ---- a Thumb caller ---- */

static void test_thumb_caller(void)
{
	uint32_t regs[7] = {
		HYPSTUB_CALL_QUERY, 0x11111111, 0x22222222, 0x33333333,
		0xcccccccc,	    0,		0};

	spec_thumb_hvc(regs);
	check_eq("QUERY from Thumb: r0", regs[0], 0);
	check_eq("QUERY from Thumb: magic", regs[1], HYPSTUB_QUERY_MAGIC);
	check_eq("QUERY from Thumb: implementer", regs[4],
		 expected_implementer());
	check_eq("the next instructions ran as Thumb", regs[5], 0x7407);
	check_eq("mode after the call", regs[6] & PSR_MODE_MASK, PSR_MODE_SVC);

	regs[0] = HVC_FINALISE_EL2;
	regs[1] = 0x11111111;
	regs[2] = 0x22222222;
	regs[3] = 0x33333333;
	regs[4] = 0xcccccccc;
	regs[5] = 0;
	spec_thumb_hvc(regs);
	check_eq("an error from Thumb: r0", regs[0], HVC_STUB_ERR);
	check_eq("r1 unchanged", regs[1], 0x11111111);
	check_eq("r2 unchanged", regs[2], 0x22222222);
	check_eq("r3 unchanged", regs[3], 0x33333333);
	check_eq("ip unchanged", regs[4], 0xcccccccc);
	check_eq("back in Thumb", regs[5], 0x7407);
}

/* ---- another CPU ---- */

static void wait_for_spin(uint32_t after, const char *what)
{
	uint32_t i;

	for (i = 0; i < 10000000 && spec_spin_count <= after; i++)
		;
	check_true(what, spec_spin_count > after);
}

static void test_other_cpu_started(void)
{
	int32_t result;

	if (PLAT_MAX_CPUS < 2 ||
	    plat_psci_affinity_info(plat_cpu_mpidr(1)) == PSCI_AFFINITY_ON) {
		check_true("CPU 1 is off before the test", 0);
		return;
	}
	result = plat_psci_cpu_on(plat_cpu_mpidr(1),
				  (uint32_t)(uintptr_t)spec_spin_entry, 0);
	if (result != PSCI_RET_SUCCESS) {
		kprintf("#   CPU_ON: %d (run with --smp 2)\n", (int)result);
		check_eq("CPU_ON for CPU 1", (uint32_t)result,
			 PSCI_RET_SUCCESS);
		return;
	}
	wait_for_spin(0, "CPU 1 counts");
}

/* Runs in the restarted image. */
static void test_other_cpu_after_restart(void)
{
	check_eq("CPU 1 still on",
		 (uint32_t)plat_psci_affinity_info(plat_cpu_mpidr(1)),
		 PSCI_AFFINITY_ON);
	check_true("CPU 1 counted before the restart",
		   suite.spin_before_restart > 0);
	wait_for_spin(spec_spin_count, "CPU 1 still runs the old image");
	check_true("CPU 1 did not enter the payload", !hypstub_cpu_entered(1));
}

/* ---- the payload's entry state ---- */

static void read_pl1_state(struct pl1_state *s)
{
	__asm__ volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(s->sctlr));
	__asm__ volatile("mrc p15, 0, %0, c12, c0, 0" : "=r"(s->vbar));
	__asm__ volatile("mrc p15, 0, %0, c2, c0, 0" : "=r"(s->ttbr0));
	__asm__ volatile("mrc p15, 0, %0, c2, c0, 1" : "=r"(s->ttbr1));
	__asm__ volatile("mrc p15, 0, %0, c2, c0, 2" : "=r"(s->ttbcr));
	__asm__ volatile("mrc p15, 0, %0, c3, c0, 0" : "=r"(s->dacr));
	__asm__ volatile("mrc p15, 0, %0, c10, c2, 0" : "=r"(s->prrr));
	__asm__ volatile("mrc p15, 0, %0, c10, c2, 1" : "=r"(s->nmrr));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 1" : "=r"(s->contextidr));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 2" : "=r"(s->tpidrurw));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 3" : "=r"(s->tpidruro));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 4" : "=r"(s->tpidrprw));
	spec_banked_read(s->banked);
}

/* Start dirty: every preserved PL1 register gets a value of its own. */
static void dirty_pl1_state(void)
{
	uint32_t banked[SNAP_BANKED_COUNT];
	uint32_t sctlr, i;

	for (i = 0; i < SNAP_BANKED_COUNT; i++)
		banked[i] = 0xb0b00000 + 0x100 * i + 0x10;
	/* SPSRs: a valid PL1 mode with flags set. */
	banked[2] = 0xa00001d2;
	banked[5] = 0x500001d7;
	banked[8] = 0x300001db;
	banked[16] = 0x900001d1;
	spec_banked_write(banked);
	__asm__ volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(sctlr));
	sctlr |= SCTLR_TRE | SCTLR_AFE;
	__asm__ volatile("mcr p15, 0, %0, c1, c0, 0" ::"r"(sctlr));
	__asm__ volatile("mcr p15, 0, %0, c12, c0, 0" ::"r"(0x47a5a5a0));
	__asm__ volatile("mcr p15, 0, %0, c2, c0, 0" ::"r"(0x45554000));
	__asm__ volatile("mcr p15, 0, %0, c2, c0, 1" ::"r"(0x46664000));
	__asm__ volatile("mcr p15, 0, %0, c2, c0, 2" ::"r"(2));
	__asm__ volatile("mcr p15, 0, %0, c3, c0, 0" ::"r"(0x55555555));
	__asm__ volatile("mcr p15, 0, %0, c10, c2, 0" ::"r"(0x000a8aa4));
	__asm__ volatile("mcr p15, 0, %0, c10, c2, 1" ::"r"(0x44e048e0));
	__asm__ volatile("mcr p15, 0, %0, c13, c0, 1" ::"r"(0x00c0de42));
	__asm__ volatile("mcr p15, 0, %0, c13, c0, 2" ::"r"(0x7e57c0de));
	__asm__ volatile("mcr p15, 0, %0, c13, c0, 3" ::"r"(0x7e57da7a));
	__asm__ volatile("mcr p15, 0, %0, c13, c0, 4" ::"r"(0x7e57f00d));
	__asm__ volatile("isb");
}

static void test_entry_state(void)
{
	struct hypstub_regs regs;

	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	suite.stub_vectors = regs.r1;
	suite.tokens[0] = 0x5a5a0000 + suite.next_index;
	suite.tokens[1] = 0xa5a5ffff;
	suite.tokens[2] = 0x40000000;
	suite.spin_before_restart = spec_spin_count;
	spec_snapshot[SNAP_TAKEN] = 0;
	dirty_pl1_state();
	read_pl1_state(&suite.before);
	suite.failures_before_restart = failures;
	suite.restart_pending = 1;
	hypstub_soft_restart((uint32_t)(uintptr_t)spec_payload_entry,
			     suite.tokens[0], suite.tokens[1], suite.tokens[2]);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

static void check_pl1(const char *what, uint32_t index, uint32_t before)
{
	check_eq(what, spec_snapshot[index], before);
}

/* Runs in the restarted image: what did the payload receive? */
static void check_entry_state(void)
{
	const uint32_t *s = spec_snapshot;
	const struct pl1_state *b = &suite.before;
	const uint32_t mci = SCTLR_M | SCTLR_C | SCTLR_I;
	uint32_t i;

	check_eq("the payload entry ran", s[SNAP_TAKEN], SNAP_TAKEN_MAGIC);
	/* [ENTRY-A32-1], [SOFT-RESTART-1], [SOFT-RESTART-2] */
	check_eq("r0 = caller's r2", s[SNAP_R0], suite.tokens[0]);
	check_eq("r1 = caller's r3", s[SNAP_R1], suite.tokens[1]);
	check_eq("r2 = caller's ip", s[SNAP_R2], suite.tokens[2]);
	check_eq("CPSR.M = HYP", s[SNAP_CPSR] & PSR_MODE_MASK, PSR_MODE_HYP);
	check_eq("CPSR.A, I, F set", s[SNAP_CPSR] & PSR_AIF_MASK, PSR_AIF_MASK);
	check_eq("CPSR.T, J = 0", s[SNAP_CPSR] & (CPSR_T | CPSR_J), 0);
	check_eq("CPSR.E = 0", s[SNAP_CPSR] & CPSR_E, 0);
	/* [ENTRY-A32-2], [SOFT-RESTART-3], [SOFT-RESTART-4] */
	check_eq("HVBAR = the boot stub's vectors (MEMORY r1)", s[SNAP_HVBAR],
		 suite.stub_vectors);
	check_eq("HSCTLR.M, C, I = 0", s[SNAP_HSCTLR] & mci, 0);
	check_eq("HSCTLR.A, WXN, EE, TE = 0",
		 s[SNAP_HSCTLR] & (SCTLR_A | SCTLR_WXN | SCTLR_EE | SCTLR_TE),
		 0);
	check_eq("HCR = 0", s[SNAP_HCR], 0);
	check_eq("HSTR = 0", s[SNAP_HSTR], 0);
	check_eq("HCPTR = 0", s[SNAP_HCPTR], 0);
	check_eq("HDCR = HPMN only", s[SNAP_HDCR] & ~HDCR_HPMN_MASK, 0);
	check_eq("HDCR.HPMN = PMCR.N", s[SNAP_HDCR] & HDCR_HPMN_MASK,
		 PMCR_N(s[SNAP_PMCR]));
	check_eq("CNTHCTL = PL1PCTEN | PL1PCEN", s[SNAP_CNTHCTL], CNTHCTL_PL1);
	check_eq("CNTVOFF low = 0", s[SNAP_CNTVOFF_LOW], 0);
	check_eq("CNTVOFF high = 0", s[SNAP_CNTVOFF_HIGH], 0);
	check_eq("VPIDR = MIDR", s[SNAP_VPIDR], s[SNAP_MIDR]);
	check_eq("VMPIDR = MPIDR", s[SNAP_VMPIDR], s[SNAP_MPIDR]);
	/* [ENTRY-A32-3] */
	check_eq("SCTLR.M, C, I = 0", s[SNAP_SCTLR] & mci, 0);
	check_eq("SCTLR's other bits preserved", s[SNAP_SCTLR] & ~mci,
		 b->sctlr & ~mci);
	check_pl1("VBAR preserved", SNAP_VBAR, b->vbar);
	check_pl1("TTBR0 preserved", SNAP_TTBR0, b->ttbr0);
	check_pl1("TTBR1 preserved", SNAP_TTBR1, b->ttbr1);
	check_pl1("TTBCR preserved", SNAP_TTBCR, b->ttbcr);
	check_pl1("DACR preserved", SNAP_DACR, b->dacr);
	check_pl1("PRRR preserved", SNAP_PRRR, b->prrr);
	check_pl1("NMRR preserved", SNAP_NMRR, b->nmrr);
	check_pl1("CONTEXTIDR preserved", SNAP_CONTEXTIDR, b->contextidr);
	check_pl1("TPIDRURW preserved", SNAP_TPIDRURW, b->tpidrurw);
	check_pl1("TPIDRURO preserved", SNAP_TPIDRURO, b->tpidruro);
	check_pl1("TPIDRPRW preserved", SNAP_TPIDRPRW, b->tpidrprw);
	for (i = 0; i < SNAP_BANKED_COUNT; i++) {
		int before = failures;

		check_pl1("banked register preserved", SNAP_BANKED + i,
			  b->banked[i]);
		if (failures != before)
			kprintf("#   ... banked register %u\n", i);
	}
	check_true("the dirty values were really there",
		   b->tpidrurw == 0x7e57c0de && b->dacr == 0x55555555);
}

/* ---- [BOOT-5]: which DTB the boot stub takes RAM from ---- */

/* In the first PLAT_RAM_MIN_SIZE of RAM, clear of the image and its DTB. */
#define DTB_COPY (PLAT_RAM_BASE + 0x01000000)
#define FDT_MAGIC_WORD 0xedfe0dd0 /* 0xd00dfeed, big-endian, read LE */

static volatile uint32_t *const dtb_at_start =
	(volatile uint32_t *)PLAT_DTB_ADDR;

/* The copy at DTB_COPY says RAM is half what the original says. */
static int make_half_size_copy(uint32_t *copy_base, uint32_t *copy_size)
{
	uint32_t size = kexec_fdt_size((const void *)PLAT_DTB_ADDR,
				       PLAT_RAM_MIN_SIZE / 2);
	uint32_t length = 0, base = 0, ram = 0;
	unsigned char *reg;

	check_true("a DTB at the start of RAM", size != 0);
	if (size == 0)
		return 0;
	memcpy((void *)DTB_COPY, (const void *)PLAT_DTB_ADDR, size);
	reg = (unsigned char *)fdt_property((const void *)DTB_COPY, size,
					    "memory", "reg", &length);
	check_true("the copy has /memory reg (2 + 2 cells)",
		   reg != NULL && length >= 16);
	if (reg == NULL || length < 16)
		return 0;
	fdt_memory_range((const void *)DTB_COPY, size, &base, &ram);
	ram /= 2;
	reg[12] = (unsigned char)(ram >> 24);
	reg[13] = (unsigned char)(ram >> 16);
	reg[14] = (unsigned char)(ram >> 8);
	reg[15] = (unsigned char)ram;
	*copy_base = base;
	*copy_size = ram;
	return fdt_memory_range((const void *)DTB_COPY, size, &base, &ram) ==
		       FDT_OK &&
	       ram == *copy_size;
}

static void restart_with_r2(uint32_t r2)
{
	suite.failures_before_restart = failures;
	suite.restart_pending = 1;
	hypstub_soft_restart((uint32_t)(uintptr_t)hypstub_entry, 0, 0xffffffff,
			     r2);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

static void check_ram_is(const char *what, uint32_t base, uint32_t size)
{
	struct hypstub_regs regs;
	uint32_t ram_base, ram_size;

	hypstub_memory(&ram_base, &ram_size);
	raw_call(HYPSTUB_CALL_MEMORY, &regs);
	kprintf("#   %s: RAM 0x%08x + 0x%08x\n", what, ram_base, ram_size);
	check_eq("RAM base", ram_base, base);
	check_eq("RAM size", ram_size, size);
	check_eq("MEMORY r2", regs.r2, base);
	check_eq("MEMORY r3", regs.r3, size);
	check_eq("the boot record's r2", hypstub_boot_record(0)->r2, DTB_COPY);
}

static void test_dtb_from_r2(void)
{
	hypstub_memory(&suite.ram_base, &suite.ram_size);
	if (!make_half_size_copy(&suite.copy_base, &suite.copy_size))
		return;
	/* The DTB at the start of RAM is no longer one. */
	suite.saved_magic = dtb_at_start[0];
	check_eq("the magic at the start of RAM", suite.saved_magic,
		 FDT_MAGIC_WORD);
	dtb_at_start[0] = 0;
	restart_with_r2(DTB_COPY);
}

static void check_dtb_from_r2(void)
{
	dtb_at_start[0] = suite.saved_magic;
	check_ram_is("r2's DTB", suite.copy_base, suite.copy_size);
}

static void test_dtb_at_start_wins(void)
{
	check_eq("the DTB at the start of RAM is back", dtb_at_start[0],
		 FDT_MAGIC_WORD);
	check_true("r2's DTB still says half",
		   kexec_fdt_size((const void *)DTB_COPY,
				  PLAT_RAM_MIN_SIZE / 2) != 0);
	restart_with_r2(DTB_COPY);
}

static void check_dtb_at_start_wins(void)
{
	check_ram_is("both DTBs", suite.ram_base, suite.ram_size);
}

static void test_no_dtb(void)
{
	dtb_at_start[0] = 0;
	*(volatile uint32_t *)DTB_COPY = 0;
	restart_with_r2(DTB_COPY);
}

static void check_no_dtb(void)
{
	dtb_at_start[0] = suite.saved_magic;
	check_ram_is("no DTB", PLAT_RAM_BASE, PLAT_RAM_MIN_SIZE);
}

/* ---- the list ---- */

struct test_case {
	const char *rules;
	const char *name;
	void (*run)(void);
	void (*after_restart)(void);
};

static const struct test_case tests[] = {
	{"[ERR-1] [UNKNOWN-1] [UNKNOWN-2] [IMM-1] [SET-VECTORS-2] "
	 "[SET-VECTORS-3] [SOFT-RESTART-5] [FINALISE-1] [HYP-STUB-3] "
	 "[HYP-CALLS-5]",
	 "every error: r0 the error, r1-r3 and ip unchanged, nothing else",
	 test_error_rule, NULL},
	{"[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-4]",
	 "discovery leaves the registers it does not answer in",
	 test_discovery_registers, NULL},
	{"[VERSION-1] [VERSION-2] [QUERY-2]",
	 "version 2, and the promises every version keeps", test_versioning,
	 NULL},
	{"[RAM-1] [BOOT-5]", "one RAM range, reported alike by everyone",
	 test_ram, NULL},
	{"[THUMB-1]", "a caller in Thumb state", test_thumb_caller, NULL},
	{"[SMP-RESTART-1]", "another CPU is started and runs",
	 test_other_cpu_started, NULL},
	{"[ENTRY-A32-1] [ENTRY-A32-2] [ENTRY-A32-3] [SOFT-RESTART-1] "
	 "[SOFT-RESTART-2] [SOFT-RESTART-3] [SOFT-RESTART-4] [HYP-STUB-1]",
	 "the payload's entry state, every register of the table",
	 test_entry_state, check_entry_state},
	{"[SMP-RESTART-1]",
	 "the other CPU kept running what it ran when the payload started",
	 test_other_cpu_after_restart, NULL},
	{"[BOOT-5] [RAM-1]",
	 "RAM from r2's DTB when the start of RAM holds none", test_dtb_from_r2,
	 check_dtb_from_r2},
	{"[BOOT-5] [RAM-1]", "the DTB at the start of RAM wins over r2's",
	 test_dtb_at_start_wins, check_dtb_at_start_wins},
	{"[BOOT-5] [RAM-1]", "no DTB anywhere: the 32 MiB every machine has",
	 test_no_dtb, check_no_dtb},
};

static void report(uint32_t index)
{
	if (failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", index + 1, tests[index].rules,
			tests[index].name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", index + 1, tests[index].rules,
			tests[index].name);
	}
}

static void ensure_target(void)
{
	int result;

	if (!target_is_hyp() || hyp_installed())
		return;
	result = hyp_install();
	if (result != HYP_OK) {
		kprintf("#   hyp_install(): %s\n", hyp_error_string(result));
		check_eq("hyp_install()", (uint32_t)result, HYP_OK);
	}
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	if (!hypstub_hyp_available()) {
		kprintf("Bail out! the spec kernel needs HYP\n");
		plat_exit(2);
	}
	if (!suite.started) {
		suite.started = 1;
		suite.next_index = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		suite.target = *(volatile uint32_t *)TEST_TARGET_ADDR;
		if (suite.target > TEST_TARGET_HYP) {
			kprintf("Bail out! no such target %u\n", suite.target);
			plat_exit(2);
		}
		kprintf("# target: %s\n", target_is_hyp()
						  ? "the resident hypervisor"
						  : "the boot stub");
		if (suite.next_index == 0)
			kprintf("1..%u\n", (uint32_t)ARRAY_SIZE(tests));
	}
	if (suite.restart_pending) {
		suite.restart_pending = 0;
		/* What failed before the restart still counts. */
		failures = (int)suite.failures_before_restart;
		tests[suite.next_index].after_restart();
		report(suite.next_index++);
	}
	for (; suite.next_index < ARRAY_SIZE(tests); suite.next_index++) {
		uint32_t index = suite.next_index;

		kprintf("# running %u %u %s\n", index + 1, index,
			tests[index].rules);
		failures = 0;
		ensure_target();
		if (failures == 0)
			tests[index].run();
		report(index);
	}
	kprintf("# summary: %u passed, %u failed\n", suite.passed,
		suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}
