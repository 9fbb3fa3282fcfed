// SPDX-License-Identifier: BSD-2-Clause
/*
 * The conformance kit's black-box kernel (doc/conformance-kit.md). It did
 * not build the implementation under test: tests/kit/entry.S handed HYP to
 * an image QEMU loaded, by the kit's install protocol. In SVC it asks the
 * implementation what it is (HYPSTUB_CALL_UID first, [DISCOVERY-5]), takes
 * the boot stub's vectors from HYPSTUB_CALL_MEMORY (or, for a version-0
 * stub, from HVBAR as the install left it) and RAM from the DTB, and runs
 * every rule that binds a boot stub of that version. It prints TAP like
 * tests/target/conformance.c, for tools/run-conformance.
 *
 * Safety, so that no test hangs or restarts the machine by accident:
 *  - "the stub still answers" is an unknown call answered HVC_STUB_ERR,
 *    never the discovery call a version-0 stub does not know;
 *  - a call that must be refused gets arguments that are caught if it is
 *    not: a vector table that answers KIT_CATCH_MAGIC and puts HVBAR back,
 *    an entry that reports the restart and ends the boot (the runner then
 *    goes on with the next test);
 *  - a destructive call the implementation did not report is never issued.
 */
#include <arch/arm/sysreg.h>
#include <core/fdt.h>
#include <hypstub/abi.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../target/test_kernel.h"
#include "kit.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define PSR_FLAGS_MASK 0xf8000000u
#define VERSION_0_CALLS 0x7 /* calls 0 to 2, as Linux defines them */

/* HYP as the install left it, read in HYP before the drop to SVC. */
struct hyp_state {
	uint32_t hvbar, hcr, hstr, hcptr, hdcr, cnthctl, cntvoff_low,
		cntvoff_high, vpidr, vmpidr, midr, mpidr, hsctlr, pmcr;
};
static struct hyp_state after_install;

/* Kept in .data: survives the suite's own soft restart. */
struct kit_suite {
	uint32_t started;
	uint32_t next_index;
	uint32_t restart_pending;
	uint32_t tokens[3];
	uint32_t passed;
	uint32_t failed;
	uint32_t kind;
};
static struct kit_suite suite __attribute__((section(".data")));

/* What this boot learnt about the implementation (once per boot). */
static struct {
	int done;
	uint32_t version; /* 0: not this ABI ([DISCOVERY-5]) */
	uint32_t calls;	  /* reported stub calls */
	uint32_t stub_vectors;
	uint32_t ram_base, ram_size;
} impl;

static int failures;
/* Set by a test that does not bind this implementation: TAP's SKIP. */
static const char *skip_reason;

/* KIT_KIND_*: a boot stub, or a resident hypervisor installed over one. */
static uint32_t kind;

/* The resident hypervisor under test, this boot ([KIT-HYP-INSTALL-1]). */
static struct {
	int tried, installed;
	uint32_t set_vectors_result, init_result, answer;
	uint32_t version; /* 0: it does not answer HYPSTUB_CALL_UID */
	uint32_t calls;
	int have_before;
	struct probe_snapshot before; /* HYP under the boot stub, first */
} hyp;

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

static void check(int ok, const char *what, uint32_t actual, uint32_t expected)
{
	if (ok)
		return;
	failures++;
	kprintf("#   FAILED: %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
}

static void check_eq(const char *what, uint32_t actual, uint32_t expected)
{
	check(actual == expected, what, actual, expected);
}

static void check_true(const char *what, int condition)
{
	check(condition, what, (uint32_t)condition, 1);
}

static uint32_t raw_call(uint32_t r0, uint32_t r1, uint32_t r2, uint32_t r3,
			 uint32_t ip, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {r0, r1, r2, r3, ip};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

static int reported(uint32_t call)
{
	return (impl.calls & (1u << call)) != 0;
}

static uint32_t ram_end(void)
{
	return impl.ram_base + impl.ram_size;
}

static uint32_t impl_address(void)
{
	uint32_t address = *(volatile uint32_t *)KIT_IMPL_ADDR_WORD;

	return address ? address : KIT_IMPL_DEFAULT_ADDR;
}

/* ---- in HYP, right after the install ---- */

#define READ_CP15(op1, crn, crm, op2)                                          \
	({                                                                     \
		uint32_t value_;                                               \
		__asm__ volatile("mrc p15, " #op1 ", %0, " #crn ", " #crm      \
				 ", " #op2                                     \
				 : "=r"(value_));                              \
		value_;                                                        \
	})

#define WRITE_CP15(op1, crn, crm, op2, value)                                  \
	__asm__ volatile("mcr p15, " #op1 ", %0, " #crn ", " #crm              \
			 ", " #op2 ::"r"((uint32_t)(value))                    \
			 : "memory")

/*
 * Start dirty: every HYP register [BOOT-3] names gets a value the install
 * must replace (QEMU's reset values already satisfy most of the rule),
 * HVBAR the catch table.
 */
void kit_hyp_before_install(void)
{
	const uint32_t pmcr_n =
		(READ_CP15(0, c9, c12, 0) >> PMCR_N_SHIFT) & PMCR_N_MASK;

	kit_catch_return_hvbar = (uint32_t)(uintptr_t)kit_catch_vectors;
	WRITE_CP15(4, c12, c0, 0, (uintptr_t)kit_catch_vectors); /* HVBAR */
	/* HCR: TWI, TWE and TSC, traps of wfi, wfe and smc. */
	WRITE_CP15(4, c1, c1, 0, (1 << 13) | (1 << 14) | (1 << 19));
	WRITE_CP15(4, c1, c1, 3, 1);			  /* HSTR.T0 */
	WRITE_CP15(4, c1, c1, 2, (1 << 20) | (1u << 31)); /* HCPTR.TTA, TCPAC */
	/* CNTHCTL: PL1's counter and timer trapped, the event stream on. */
	WRITE_CP15(4, c14, c1, 0, 1 << 2);
	__asm__ volatile("mcrr p15, 4, %0, %1, c14" ::"r"(0x23456789),
			 "r"(1));	      /* CNTVOFF */
	WRITE_CP15(4, c0, c0, 0, 0x5a5a5a5a); /* VPIDR */
	WRITE_CP15(4, c0, c0, 5, 0x80a5a5a5); /* VMPIDR */
	/* HDCR: TPMCR, TPM, TDA, TDOSA, TDRA: PMU and debug traps. */
	WRITE_CP15(4, c1, c1, 1, pmcr_n | (1 << 5) | (1 << 6) | (7 << 9));
	__asm__ volatile("isb");
}

void kit_hyp_after_install(void)
{
	struct hyp_state *s = &after_install;

	s->hvbar = READ_CP15(4, c12, c0, 0);
	s->hcr = READ_CP15(4, c1, c1, 0);
	s->hstr = READ_CP15(4, c1, c1, 3);
	s->hcptr = READ_CP15(4, c1, c1, 2);
	s->hdcr = READ_CP15(4, c1, c1, 1);
	s->cnthctl = READ_CP15(4, c14, c1, 0);
	s->vpidr = READ_CP15(4, c0, c0, 0);
	s->vmpidr = READ_CP15(4, c0, c0, 5);
	s->midr = READ_CP15(0, c0, c0, 0);
	s->mpidr = READ_CP15(0, c0, c0, 5);
	s->hsctlr = READ_CP15(4, c1, c0, 0);
	s->pmcr = READ_CP15(0, c9, c12, 0);
	__asm__ volatile("mrrc p15, 4, %0, %1, c14"
			 : "=r"(s->cntvoff_low), "=r"(s->cntvoff_high));
}

/* ---- what the implementation is ---- */

/* The boot stub still answers: an unknown call gets HVC_STUB_ERR. */
static void check_stub_answers(const char *when)
{
	uint32_t result = raw_call(0x100, 0, 0, 0, 0, NULL);

	if (result != HVC_STUB_ERR) {
		kprintf("#   after %s:\n", when);
		check_eq("the boot stub answers an unknown call", result,
			 HVC_STUB_ERR);
	}
}

static void discover(void)
{
	struct hypstub_regs regs;
	uint32_t base = 0, size = 0;

	if (impl.done)
		return;
	impl.done = 1;
	if (fdt_memory_range((const void *)PLAT_DTB_ADDR, 2u << 20, &base,
			     &size) != FDT_OK) {
		kprintf("Bail out! no /memory in the DTB at 0x%08x\n",
			PLAT_DTB_ADDR);
		plat_exit(2);
	}
	impl.ram_base = base;
	impl.ram_size = size;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0, &regs);
	if (regs.r0 == HYPSTUB_UUID_0 && regs.r1 == HYPSTUB_UUID_1 &&
	    regs.r2 == HYPSTUB_UUID_2 && regs.r3 == HYPSTUB_UUID_3) {
		raw_call(HYPSTUB_CALL_REVISION, 0, 0, 0, 0, &regs);
		impl.version = regs.r0;
		raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs);
		impl.calls = regs.r0 == 0 ? regs.r3 : 0;
		raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0, &regs);
		impl.stub_vectors = regs.r1;
	} else {
		impl.version = 0;
		impl.calls = VERSION_0_CALLS;
		impl.stub_vectors = after_install.hvbar;
	}
	probe_return_hvbar = impl.stub_vectors;
	kit_catch_return_hvbar = impl.stub_vectors;
}

/*
 * HVC_SET_VECTORS of the catch table, which must be refused: did it stay
 * out? A table that got in answered KIT_CATCH_MAGIC and is gone again.
 */
static void check_catch_refused(const char *what, uint32_t result)
{
	uint32_t count = kit_catch_count;
	uint32_t next = raw_call(0x100, 0, 0, 0, 0, NULL);

	check_eq(what, result, HVC_STUB_ERR);
	check_true("the refused table did not take the next hvc",
		   next != KIT_CATCH_MAGIC && kit_catch_count == count);
}

/* ---- the tests ---- */

static void check_install_protocol(void)
{
	int reg;

	check_eq("[KIT-INSTALL-1] entered in HYP",
		 kit_entry_cpsr & PSR_MODE_MASK, PSR_MODE_HYP);
	check_eq("[KIT-INSTALL-1] install returned in HYP",
		 kit_install.cpsr & PSR_MODE_MASK, PSR_MODE_HYP);
	check_eq("[KIT-INSTALL-1] install result r0", kit_install.result, 0);
	check_eq("[KIT-INSTALL-1] sp preserved", kit_install.sp_after,
		 kit_install.sp_before);
	for (reg = 4; reg <= 11; reg++)
		check_eq("[KIT-INSTALL-1] r4-r11 preserved",
			 kit_install.r4_r11[reg - 4], FRAME_PATTERN(reg));
}

static void test_install(void)
{
	const struct hyp_state *s = &after_install;
	const uint32_t hsctlr_clear = SCTLR_M | SCTLR_A | SCTLR_C | SCTLR_I |
				      SCTLR_WXN | SCTLR_EE | SCTLR_TE;
	const uint32_t size = *(volatile uint32_t *)KIT_IMPL_SIZE_WORD;

	check_install_protocol();
	if (failures)
		return;
	check_eq("[BOOT-3] HVBAR 32-byte aligned", s->hvbar & 31, 0);
	check_true("[BOOT-3] HVBAR in RAM",
		   s->hvbar >= impl.ram_base &&
			   s->hvbar - impl.ram_base < impl.ram_size);
	if (size)
		check_true("[BOOT-3] HVBAR in the implementation's image",
			   s->hvbar >= impl_address() &&
				   s->hvbar - impl_address() < size);
	check_eq("[BOOT-3] HVBAR: the boot stub's vectors", s->hvbar,
		 impl.stub_vectors);
	check_eq("[BOOT-3] HCR", s->hcr, 0);
	check_eq("[BOOT-3] HSTR", s->hstr, 0);
	check_eq("[BOOT-3] HCPTR", s->hcptr, 0);
	check_eq("[BOOT-3] CNTHCTL.PL1PCTEN/PL1PCEN", s->cnthctl & 3, 3);
	check_eq("[BOOT-3] CNTVOFF low", s->cntvoff_low, 0);
	check_eq("[BOOT-3] CNTVOFF high", s->cntvoff_high, 0);
	check_eq("[BOOT-3] VPIDR = MIDR", s->vpidr, s->midr);
	check_eq("[BOOT-3] VMPIDR = MPIDR", s->vmpidr, s->mpidr);
	check_eq("[BOOT-3] HSCTLR M/A/C/I/WXN/EE/TE", s->hsctlr & hsctlr_clear,
		 0);
	check_eq("[BOOT-3] HDCR = PMCR.N", s->hdcr,
		 (s->pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	kprintf("#   version %u, calls 0x%x, boot stub's vectors 0x%08x, RAM "
		"0x%08x + 0x%08x\n",
		impl.version, impl.calls, impl.stub_vectors, impl.ram_base,
		impl.ram_size);
}

static void test_pl1_counter(void)
{
	uint32_t low1, high1, low2, high2;

	/* Trapped, the read would enter the stub's vectors in HYP. */
	if ((after_install.cnthctl & 3) != 3) {
		check_eq("[BOOT-4] not run: CNTHCTL traps PL1's counter (test "
			 "1)",
			 after_install.cnthctl & 3, 3);
		return;
	}

	__asm__ volatile("mrrc p15, 0, %0, %1, c14" : "=r"(low1), "=r"(high1));
	__asm__ volatile("mrrc p15, 0, %0, %1, c14" : "=r"(low2), "=r"(high2));
	check_true("CNTPCT does not go backwards",
		   ((uint64_t)high2 << 32 | low2) >=
			   ((uint64_t)high1 << 32 | low1));
}

static int skip_version_0(void)
{
	if (impl.version != 0)
		return 0;
	skip_reason = "version 0: no discovery calls to check";
	return 1;
}

static void test_discovery(void)
{
	struct hypstub_regs regs;

	if (skip_version_0())
		return;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0x1c1c1c1c, &regs);
	check_eq("[DISCOVERY-1] UID r0", regs.r0, HYPSTUB_UUID_0);
	check_eq("[DISCOVERY-1] UID r1", regs.r1, HYPSTUB_UUID_1);
	check_eq("[DISCOVERY-1] UID r2", regs.r2, HYPSTUB_UUID_2);
	check_eq("[DISCOVERY-1] UID r3", regs.r3, HYPSTUB_UUID_3);
	check_eq("[DISCOVERY-1] UID leaves ip", regs.ip, 0x1c1c1c1c);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0x22, 0x33, 0, &regs);
	check_eq("[DISCOVERY-2] REVISION r0: major", regs.r0,
		 HYPSTUB_ABI_VERSION);
	check_eq("[DISCOVERY-2] REVISION r1: minor", regs.r1, 0);
	check_eq("[DISCOVERY-2] REVISION leaves r2", regs.r2, 0x22);
	check_eq("[DISCOVERY-2] REVISION leaves r3", regs.r3, 0x33);
	check_eq("[DISCOVERY-3] QUERY r0",
		 raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs), 0);
	check_eq("[DISCOVERY-3] QUERY r1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("[DISCOVERY-3] QUERY r2 version", regs.r2,
		 HYPSTUB_ABI_VERSION);
	check_eq("[QUERY-1] QUERY r3: the boot stub's calls", regs.r3,
		 HYPSTUB_BOOT_STUB_CALLS);
	check_eq("[QUERY-1] QUERY ip: the boot stub", regs.ip,
		 HYPSTUB_IMPL_BOOT_STUB);
	check_eq("[DISCOVERY-4] MEMORY r0",
		 raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0, &regs), 0);
	check_eq("[DISCOVERY-4] MEMORY r1: HVBAR as the install left it",
		 regs.r1, after_install.hvbar);
	check_eq("[DISCOVERY-4] MEMORY r2: RAM base as the DTB says", regs.r2,
		 impl.ram_base);
	check_eq("[DISCOVERY-4] MEMORY r3: RAM size as the DTB says", regs.r3,
		 impl.ram_size);
}

/*
 * HVC_SET_VECTORS of a table outside RAM, which must be refused. Taken, it
 * leaves HYP without vectors and no hvc can work any more: end this boot
 * (the runner goes on with the next test in a fresh one).
 */
static void check_outside_refused(const char *what, uint32_t address)
{
	uint32_t result = raw_call(HVC_SET_VECTORS, address, 0, 0, 0, NULL);

	check_eq(what, result, HVC_STUB_ERR);
	if (result == 0) {
		kprintf("#   FAILED: HVBAR was set to 0x%08x, outside RAM; the "
			"kit ends this boot\n",
			address);
		plat_exit(KIT_EXIT_LANDED);
	}
}

static void test_memory_bounds(void)
{
	uint32_t end = ram_end();

	check_outside_refused("SET_VECTORS just past RAM", end);
	check_eq("SOFT_RESTART just past RAM",
		 raw_call(HVC_SOFT_RESTART, end, 0, 0, 0, NULL), HVC_STUB_ERR);
	check_stub_answers("calls just past RAM");
}

static int probe_hyp(struct probe_snapshot *snapshot)
{
	uint32_t count = probe_snapshot.count;
	uint32_t result;

	result = raw_call(HVC_SET_VECTORS, (uint32_t)(uintptr_t)probe_vectors,
			  0, 0, 0, NULL);
	check_eq("HVC_SET_VECTORS(probe) result", result, 0);
	if (result != 0)
		return 0;
	result = raw_call(0x100, 0, 0, 0, 0, NULL);
	check_eq("the probe answered the next hvc", result, PROBE_MAGIC);
	check_eq("probe count", probe_snapshot.count, count + 1);
	*snapshot = probe_snapshot;
	return result == PROBE_MAGIC;
}

static void test_set_vectors_valid(void)
{
	struct probe_snapshot s;
	const struct hyp_state *a = &after_install;

	if (!probe_hyp(&s))
		return;
	check_eq("[SET-VECTORS-1] HVBAR while the probe ran", s.hvbar,
		 (uint32_t)(uintptr_t)probe_vectors);
	check_eq("[SET-VECTORS-1] HVBAR back at the stub (probe)",
		 probe_return_hvbar, impl.stub_vectors);
	check_stub_answers("the probe");
	/* [SET-VECTORS-4]: the call changed no other HYP register. */
	check_eq("[SET-VECTORS-4] HCR unchanged", s.hcr, a->hcr);
	check_eq("[SET-VECTORS-4] HSTR unchanged", s.hstr, a->hstr);
	check_eq("[SET-VECTORS-4] HCPTR unchanged", s.hcptr, a->hcptr);
	check_eq("[SET-VECTORS-4] HDCR unchanged", s.hdcr, a->hdcr);
	check_eq("[SET-VECTORS-4] HSCTLR unchanged", s.hsctlr, a->hsctlr);
	check_eq("[SET-VECTORS-4] CNTHCTL unchanged", s.cnthctl, a->cnthctl);
	check_eq("[SET-VECTORS-4] VPIDR unchanged", s.vpidr, a->vpidr);
	check_eq("[SET-VECTORS-4] VMPIDR unchanged", s.vmpidr, a->vmpidr);
}

static void test_set_vectors_misaligned(void)
{
	static const uint32_t offsets[] = {1, 2, 4, 8, 16, 31};
	const uint32_t table = (uint32_t)(uintptr_t)kit_catch_vectors;
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(offsets); i++) {
		int before = failures;

		check_catch_refused("HVC_SET_VECTORS(misaligned)",
				    raw_call(HVC_SET_VECTORS,
					     table + offsets[i], 0, 0, 0,
					     NULL));
		if (failures != before)
			kprintf("#   ... with r1 = 0x%08x\n",
				table + offsets[i]);
	}
	check_stub_answers("the misaligned tables");
}

static void test_set_vectors_outside_ram(void)
{
	const uint32_t end = ram_end();
	const uint32_t addresses[] = {
		0,	  0x08000000, impl.ram_base - 32, end,
		end - 16, 0x80000000, 0xffffffe0,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(addresses); i++)
		check_outside_refused("HVC_SET_VECTORS(outside RAM)",
				      addresses[i]);
	check_stub_answers("the tables outside RAM");
}

static void test_reset_vectors(void)
{
	struct probe_snapshot s;

	check_eq("HVC_RESET_VECTORS",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_stub_answers("HVC_RESET_VECTORS");
	/* After the probe's own way back, a reset from a foreign table. */
	if (!probe_hyp(&s))
		return;
	check_eq("HSCTLR.M after reset", s.hsctlr & SCTLR_M, 0);
	check_eq("HCR unchanged by the reset", s.hcr, after_install.hcr);
	check_eq("HSCTLR unchanged by the reset", s.hsctlr,
		 after_install.hsctlr);
}

static void test_query_truthful(void)
{
	uint32_t call;
	const uint32_t landing = (uint32_t)(uintptr_t)kit_landing;

	check_true("[QUERY-2] no bit above HVC_STUB_HCALL_NR",
		   impl.calls < (1u << HVC_STUB_HCALL_NR));
	check_true("[QUERY-2] SOFT_RESTART reported",
		   reported(HVC_SOFT_RESTART));
	check_true("[QUERY-2] RESET_VECTORS reported",
		   reported(HVC_RESET_VECTORS));
	check_true("[QUERY-2] SET_VECTORS reported (a boot stub)",
		   reported(HVC_SET_VECTORS));
	for (call = 0; call < HVC_STUB_HCALL_NR; call++) {
		uint32_t result;

		if (reported(call))
			continue;
		kprintf("#   call %u is not reported: expect an error\n", call);
		if (call == HVC_SET_VECTORS) {
			check_catch_refused(
				"[QUERY-2] unreported SET_VECTORS",
				raw_call(call,
					 (uint32_t)(uintptr_t)kit_catch_vectors,
					 0, 0, 0, NULL));
			continue;
		}
		/* An unreported restart enters the landing pad. */
		result = raw_call(call, landing, 0, 0, 0, NULL);
		check_eq("[QUERY-2] unreported call", result, HVC_STUB_ERR);
	}
	check_stub_answers("the unreported calls");
}

typedef void (*hvc_frame_function)(struct hvc_frame *frame);

static uint32_t svc_mode_and_masks(void)
{
	uint32_t cpsr;

	__asm__ volatile("mrs %0, cpsr" : "=r"(cpsr));
	return cpsr & (PSR_MODE_MASK | PSR_AIF_MASK);
}

static void framed_call(const char *call, hvc_frame_function hvc, uint32_t r0,
			uint32_t r1, uint32_t flags, uint32_t expected_r0)
{
	struct hvc_frame frame = {.in_r0 = r0, .in_r1 = r1, .in_flags = flags};
	uint32_t damage;
	int before = failures;

	hvc(&frame);
	damage = hvc_frame_damage(&frame, svc_mode_and_masks());
	check_eq("r0", frame.out[0], expected_r0);
	check_eq("registers the call must preserve (damage bits)", damage, 0);
	if (failures != before)
		kprintf("#   ... in call: %s\n", call);
}

static void test_preservation(void)
{
	static const uint32_t flag_sets[] = {0, 0xf0000000, 0x50000000,
					     0xa0000000};
	const uint32_t probe = (uint32_t)(uintptr_t)probe_vectors;
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(flag_sets); i++) {
		uint32_t f = flag_sets[i];

		if (impl.version != 0)
			framed_call("QUERY", hvc_frame_imm_0,
				    HYPSTUB_CALL_QUERY, 0, f, 0);
		framed_call("unknown call 0x100", hvc_frame_imm_0, 0x100, 0, f,
			    HVC_STUB_ERR);
		framed_call("RESET_VECTORS", hvc_frame_imm_0, HVC_RESET_VECTORS,
			    0, f, 0);
		framed_call("SET_VECTORS(probe)", hvc_frame_imm_0,
			    HVC_SET_VECTORS, probe, f, 0);
		framed_call("the probe's answer", hvc_frame_imm_0, 0x100, 0, f,
			    PROBE_MAGIC);
	}
	check_stub_answers("the preservation calls");
}

static volatile uint32_t canary_runs;

/* Looks like a function: a stub that branches to r0 would run it. */
static void canary(void)
{
	canary_runs++;
}

static void test_unknown_ids(void)
{
	const uint32_t canary_address = (uint32_t)(uintptr_t)canary;
	const uint32_t ids[] = {
		canary_address, canary_address | 1, HVC_STUB_HCALL_NR,
		0x100,		0x84000000,	    0x8600ff00,
		HVC_STUB_ERR,	0xffffffff,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = failures;

		check_eq("unknown call result",
			 raw_call(ids[i], canary_address, 0, 0, 0, NULL),
			 HVC_STUB_ERR);
		check_eq("r0 was not run as code", canary_runs, 0);
		if (failures != before)
			kprintf("#   ... with r0 = 0x%08x\n", ids[i]);
	}
	check_stub_answers("the unknown calls");
}

static void test_reserved_calls(void)
{
	/* Reserved on AArch32, so never destructive here. */
	check_eq("call 3", raw_call(HVC_FINALISE_EL2, 0, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("call 4", raw_call(HVC_GET_ICH_VTR_EL2, 0, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_stub_answers("calls 3 and 4");
}

static void test_nonzero_immediates(void)
{
	static const hvc_frame_function hvcs[] = {
		hvc_frame_imm_1, hvc_frame_imm_ea1, hvc_frame_imm_ffff};
	static const char *const names[] = {"hvc #1", "hvc #0xea1",
					    "hvc #0xffff"};
	const uint32_t table = (uint32_t)(uintptr_t)kit_catch_vectors;
	uint32_t i;

	/* Harmless ones first; the restart, caught by a landing pad, last. */
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct hvc_frame frame = {.in_r0 = HVC_SET_VECTORS,
					  .in_r1 = table,
					  .in_r2 = 0x22222222,
					  .in_r3 = 0x33333333,
					  .in_ip = 0xea1};
		uint32_t count = kit_catch_count;
		int before = failures;

		hvcs[i](&frame);
		check_eq("SET_VECTORS with a non-zero immediate", frame.out[0],
			 HVC_STUB_ERR);
		check_eq("r1 unchanged", frame.out[1], table);
		check_eq("r2 unchanged", frame.out[2], 0x22222222);
		check_eq("r3 unchanged", frame.out[3], 0x33333333);
		check_eq("ip unchanged", frame.out[12], 0xea1);
		check_eq("the table was not installed",
			 raw_call(0x100, 0, 0, 0, 0, NULL) == KIT_CATCH_MAGIC ||
				 kit_catch_count != count,
			 0);
		frame = (struct hvc_frame){.in_r0 = HVC_RESET_VECTORS};
		hvcs[i](&frame);
		check_eq("RESET_VECTORS with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
		if (failures != before)
			kprintf("#   ... with %s\n", names[i]);
	}
	check_stub_answers("the non-zero immediates");
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct hvc_frame frame = {
			.in_r0 = HVC_SOFT_RESTART,
			.in_r1 = (uint32_t)(uintptr_t)kit_landing};

		hvcs[i](&frame);
		check_eq("SOFT_RESTART with a non-zero immediate", frame.out[0],
			 HVC_STUB_ERR);
	}
}

static void test_soft_restart_refused_by(const char *who)
{
	const uint32_t thumb = (uint32_t)(uintptr_t)kit_landing_thumb;
	const uint32_t end = ram_end();
	/* The entries a broken stub would reach and be caught at, first. */
	const uint32_t bad[] = {
		thumb | 1, thumb + 3,  end,	   end - 2,
		0,	   0x08000000, 0x80000000, 0xfffffffc,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		int before = failures;

		check_eq("HVC_SOFT_RESTART result",
			 raw_call(HVC_SOFT_RESTART, bad[i], 1, 2, 3, NULL),
			 HVC_STUB_ERR);
		if (failures != before)
			kprintf("#   ... with entry 0x%08x (%s)\n", bad[i],
				who);
	}
}

static void test_soft_restart_refused(void)
{
	test_soft_restart_refused_by("the boot stub");
	check_stub_answers("the refused restarts");
}

static void test_soft_restart(void)
{
	suite.tokens[0] = 0x5a5a0000 + suite.next_index;
	suite.tokens[1] = 0xffffffff;
	suite.tokens[2] = PLAT_DTB_ADDR;
	suite.restart_pending = 1;
	kit_arrival.count = 0;
	raw_call(HVC_SOFT_RESTART, (uint32_t)(uintptr_t)kit_payload,
		 suite.tokens[0], suite.tokens[1], suite.tokens[2], NULL);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

/* for_hyp: the HVBAR check is [HYP-STUB-1]'s, by the caller. */
static void check_soft_restart_arrival(int for_hyp)
{
	const struct kit_arrival *a = &kit_arrival;

	check_eq("[SOFT-RESTART-1] payload entered once", a->count, 1);
	check_eq("[SOFT-RESTART-1] payload r0 = caller's r2", a->r0,
		 suite.tokens[0]);
	check_eq("[SOFT-RESTART-1] payload r1 = caller's r3", a->r1,
		 suite.tokens[1]);
	check_eq("[SOFT-RESTART-1] payload r2 = caller's ip", a->r2,
		 suite.tokens[2]);
	check_eq("[SOFT-RESTART-1] payload mode", a->cpsr & PSR_MODE_MASK,
		 PSR_MODE_HYP);
	check_eq("[SOFT-RESTART-2] payload A, I, F masked",
		 a->cpsr & PSR_AIF_MASK, PSR_AIF_MASK);
	check_eq("[SOFT-RESTART-3] payload HSCTLR.M/C/I",
		 a->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("[SOFT-RESTART-3] payload SCTLR.M/C/I",
		 a->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	if (!for_hyp)
		check_eq("[SOFT-RESTART-4] payload HVBAR: the boot stub's "
			 "vectors",
			 a->hvbar, impl.stub_vectors);
}

/* ---- a resident hypervisor over the boot stub (KIT_KIND_RESIDENT_HYP) ---- */

static uint32_t hyp_address(void)
{
	uint32_t address = *(volatile uint32_t *)KIT_HYP_ADDR_WORD;

	return address ? address : KIT_HYP_DEFAULT_ADDR;
}

/*
 * Who answers: the hypervisor answers an unknown ID from HVC_STUB_HCALL_NR
 * up SMCCC_RET_NOT_SUPPORTED ([HYP-CALLS-5]), the boot stub HVC_STUB_ERR.
 */
static int hyp_answers(void)
{
	return raw_call(0x100, 0, 0, 0, 0, NULL) == SMCCC_RET_NOT_SUPPORTED;
}

/* [KIT-HYP-INSTALL-1], steps 2 and 3, from SVC with the boot stub in HYP. */
static void install_hyp(void)
{
	struct hypstub_regs regs;

	hyp.tried = 1;
	hyp.installed = 0;
	hyp.init_result = HVC_STUB_ERR;
	hyp.set_vectors_result =
		raw_call(HVC_SET_VECTORS, hyp_address(), 0, 0, 0, NULL);
	if (hyp.set_vectors_result != 0)
		return;
	hyp.init_result =
		raw_call(KIT_HYP_INIT, impl.stub_vectors, impl.ram_base,
			 impl.ram_size, PLAT_DTB_ADDR, NULL);
	hyp.answer = raw_call(0x100, 0, 0, 0, 0, NULL);
	hyp.installed =
		hyp.init_result == 0 && hyp.answer == SMCCC_RET_NOT_SUPPORTED;
	if (!hyp.installed)
		return;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0, &regs);
	if (regs.r0 == HYPSTUB_UUID_0 && regs.r1 == HYPSTUB_UUID_1 &&
	    regs.r2 == HYPSTUB_UUID_2 && regs.r3 == HYPSTUB_UUID_3) {
		raw_call(HYPSTUB_CALL_REVISION, 0, 0, 0, 0, &regs);
		hyp.version = regs.r0;
		raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs);
		hyp.calls = regs.r0 == 0 ? regs.r3 : 0;
	} else {
		hyp.version = 0;
		hyp.calls = VERSION_0_CALLS & ~(1u << HVC_SET_VECTORS);
	}
}

/* Before each test: the hypervisor installed, HYP under the stub known. */
static void ensure_hyp(void)
{
	if (kind != KIT_KIND_RESIDENT_HYP || hyp.installed)
		return;
	if (!hyp.have_before) {
		int before = failures;

		hyp.have_before = probe_hyp(&hyp.before);
		failures = before;
	}
	install_hyp();
}

static int hyp_reported(uint32_t call)
{
	return (hyp.calls & (1u << call)) != 0;
}

/* After a call that must leave the hypervisor in place: is it? */
static void check_hyp_answers(const char *when)
{
	if (hyp_answers())
		return;
	hyp.installed = 0;
	kprintf("#   after %s:\n", when);
	check_true("the hypervisor still answers (0x100: "
		   "SMCCC_RET_NOT_SUPPORTED)",
		   0);
}

static void test_hyp_install(void)
{
	check_install_protocol();
	if (failures)
		return;
	check_eq("[KIT-HYP-INSTALL-1] HVC_SET_VECTORS(the hypervisor's image) "
		 "to the boot stub",
		 hyp.set_vectors_result, 0);
	check_eq("[KIT-HYP-INSTALL-1] KIT_HYP_INIT", hyp.init_result, 0);
	if (hyp.set_vectors_result == 0 && hyp.init_result == 0)
		check_eq(
			"[KIT-HYP-INSTALL-1] [HYP-CALLS-5] then the hypervisor "
			"answers 0x100",
			hyp.answer, SMCCC_RET_NOT_SUPPORTED);
	kprintf("#   boot stub: version %u, vectors 0x%08x; hypervisor at "
		"0x%08x: version %u, calls 0x%x\n",
		impl.version, impl.stub_vectors, hyp_address(), hyp.version,
		hyp.calls);
}

static int skip_hyp_version_0(void)
{
	if (hyp.version != 0)
		return 0;
	skip_reason = "the hypervisor does not answer HYPSTUB_CALL_UID: "
		      "version 0";
	return 1;
}

static void test_hyp_discovery(void)
{
	struct hypstub_regs regs;

	if (skip_hyp_version_0())
		return;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0x1c1c1c1c, &regs);
	check_eq("[DISCOVERY-1] UID r0", regs.r0, HYPSTUB_UUID_0);
	check_eq("[DISCOVERY-1] UID r1", regs.r1, HYPSTUB_UUID_1);
	check_eq("[DISCOVERY-1] UID r2", regs.r2, HYPSTUB_UUID_2);
	check_eq("[DISCOVERY-1] UID r3", regs.r3, HYPSTUB_UUID_3);
	check_eq("[DISCOVERY-1] UID leaves ip", regs.ip, 0x1c1c1c1c);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0x22, 0x33, 0x44, &regs);
	check_eq("[DISCOVERY-2] REVISION r0: major", regs.r0,
		 HYPSTUB_ABI_VERSION);
	check_eq("[DISCOVERY-2] REVISION r1: minor", regs.r1, 0);
	check_eq("[DISCOVERY-2] REVISION leaves r2, r3, ip",
		 regs.r2 == 0x22 && regs.r3 == 0x33 && regs.ip == 0x44, 1);
	check_eq("[DISCOVERY-3] QUERY r0",
		 raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs), 0);
	check_eq("[DISCOVERY-3] QUERY r1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("[DISCOVERY-3] QUERY r2 version", regs.r2,
		 HYPSTUB_ABI_VERSION);
	check_eq("[HYP-STUB-4] QUERY r3: a resident hypervisor's calls",
		 regs.r3, HYPSTUB_RESIDENT_HYP_CALLS);
	check_eq("[HYP-STUB-4] QUERY ip: a resident hypervisor", regs.ip,
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("[DISCOVERY-4] MEMORY r0",
		 raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0x44, &regs), 0);
	check_eq("[DISCOVERY-4] MEMORY r1: the boot stub's vectors", regs.r1,
		 impl.stub_vectors);
	check_eq("[RAM-1] MEMORY r2: RAM base as the DTB says", regs.r2,
		 impl.ram_base);
	check_eq("[RAM-1] MEMORY r3: RAM size as the DTB says", regs.r3,
		 impl.ram_size);
	check_eq("[DISCOVERY-4] MEMORY leaves ip", regs.ip, 0x44);
}

static void test_hyp_refuses_set_vectors(void)
{
	const uint32_t tables[] = {
		(uint32_t)(uintptr_t)probe_vectors,
		(uint32_t)(uintptr_t)kit_catch_vectors,
		(uint32_t)(uintptr_t)kit_catch_vectors + 4,
		impl.stub_vectors,
		hyp_address(),
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(tables); i++) {
		uint32_t probes = probe_snapshot.count;
		uint32_t catches = kit_catch_count;
		int before = failures;

		check_eq("[HYP-STUB-3] HVC_SET_VECTORS refused",
			 raw_call(HVC_SET_VECTORS, tables[i], 0, 0, 0, NULL),
			 HVC_STUB_ERR);
		check_hyp_answers("HVC_SET_VECTORS");
		check_eq("[HYP-STUB-3] HVBAR unchanged: no table took the next "
			 "hvc",
			 probe_snapshot.count - probes + kit_catch_count -
				 catches,
			 0);
		if (failures != before) {
			kprintf("#   ... with r1 = 0x%08x\n", tables[i]);
			ensure_hyp();
		}
	}
}

static void test_hyp_query_truthful(void)
{
	static const uint32_t reserved[] = {HVC_FINALISE_EL2,
					    HVC_GET_ICH_VTR_EL2};
	struct hypstub_regs regs;
	uint32_t i;

	if (hyp.version != 0) {
		check_true("[QUERY-2] no bit above HVC_STUB_HCALL_NR",
			   hyp.calls < (1u << HVC_STUB_HCALL_NR));
		check_true("[QUERY-2] SET_VECTORS not reported (a hypervisor)",
			   !hyp_reported(HVC_SET_VECTORS));
		check_true("[QUERY-2] SOFT_RESTART reported",
			   hyp_reported(HVC_SOFT_RESTART));
		check_true("[QUERY-2] RESET_VECTORS reported",
			   hyp_reported(HVC_RESET_VECTORS));
		check_true("[QUERY-2] call 3 not reported",
			   !hyp_reported(HVC_FINALISE_EL2));
	}
	/* Reserved on AArch32, so never destructive here. */
	for (i = 0; i < ARRAY_SIZE(reserved); i++) {
		int before = failures;

		raw_call(reserved[i], 0x11, 0x22, 0x33, 0x44, &regs);
		check_eq("[UNKNOWN-1] reserved call", regs.r0, HVC_STUB_ERR);
		check_eq("[UNKNOWN-1] r1-r3, ip unchanged",
			 regs.r1 == 0x11 && regs.r2 == 0x22 &&
				 regs.r3 == 0x33 && regs.ip == 0x44,
			 1);
		if (failures != before)
			kprintf("#   ... call %u\n", reserved[i]);
	}
	check_hyp_answers("calls 3 and 4");
}

static void test_hyp_preservation(void)
{
	static const uint32_t flag_sets[] = {0, 0xf0000000, 0x50000000,
					     0xa0000000};
	const uint32_t probe = (uint32_t)(uintptr_t)probe_vectors;
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(flag_sets); i++) {
		uint32_t f = flag_sets[i];

		if (hyp.version != 0)
			framed_call("QUERY", hvc_frame_imm_0,
				    HYPSTUB_CALL_QUERY, 0, f, 0);
		framed_call("unknown call 0x100", hvc_frame_imm_0, 0x100, 0, f,
			    SMCCC_RET_NOT_SUPPORTED);
		framed_call("SET_VECTORS(probe), refused", hvc_frame_imm_0,
			    HVC_SET_VECTORS, probe, f, HVC_STUB_ERR);
		framed_call("call 3", hvc_frame_imm_0, HVC_FINALISE_EL2, 0, f,
			    HVC_STUB_ERR);
	}
	check_hyp_answers("the preservation calls");
}

static void test_hyp_unknown_ids(void)
{
	const uint32_t canary_address = (uint32_t)(uintptr_t)canary;
	const uint32_t ids[] = {
		canary_address, canary_address | 1, HVC_STUB_HCALL_NR,
		0x100,		0x84000000,	    0x84000009,
		0x85000001,	0x06000001,	    0xc4000003,
		HVC_STUB_ERR,	0xffffffff,
	};
	struct hypstub_regs regs;
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = failures;

		raw_call(ids[i], canary_address, 0x22, 0x33, 0x44, &regs);
		check_eq("[HYP-CALLS-5] unknown ID: SMCCC_RET_NOT_SUPPORTED",
			 regs.r0, SMCCC_RET_NOT_SUPPORTED);
		check_eq("[HYP-CALLS-5] r1-r3, ip unchanged",
			 regs.r1 == canary_address && regs.r2 == 0x22 &&
				 regs.r3 == 0x33 && regs.ip == 0x44,
			 1);
		check_eq("[UNKNOWN-2] r0 was not run as code", canary_runs, 0);
		if (failures != before)
			kprintf("#   ... with r0 = 0x%08x\n", ids[i]);
	}
	check_hyp_answers("the unknown calls");
}

static void test_hyp_immediates(void)
{
	static const hvc_frame_function hvcs[] = {
		hvc_frame_imm_1, hvc_frame_imm_ea1, hvc_frame_imm_ffff};
	static const char *const names[] = {"hvc #1", "hvc #0xea1",
					    "hvc #0xffff"};
	const uint32_t table = (uint32_t)(uintptr_t)kit_catch_vectors;
	static const uint32_t calls[] = {HYPSTUB_CALL_QUERY, 0x100,
					 HVC_RESET_VECTORS};
	uint32_t i, j;

	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct hvc_frame frame = {.in_r0 = HVC_SET_VECTORS,
					  .in_r1 = table,
					  .in_r2 = 0x22222222,
					  .in_r3 = 0x33333333,
					  .in_ip = 0xea1};
		uint32_t count = kit_catch_count;
		int before = failures;

		hvcs[i](&frame);
		check_eq("[IMM-1] SET_VECTORS with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
		check_eq("[IMM-1] r1-r3, ip unchanged",
			 frame.out[1] == table && frame.out[2] == 0x22222222 &&
				 frame.out[3] == 0x33333333 &&
				 frame.out[12] == 0xea1,
			 1);
		check_eq("[IMM-1] the table was not installed",
			 raw_call(0x100, 0, 0, 0, 0, NULL) == KIT_CATCH_MAGIC ||
				 kit_catch_count != count,
			 0);
		for (j = 0; j < ARRAY_SIZE(calls); j++) {
			frame = (struct hvc_frame){.in_r0 = calls[j]};
			hvcs[i](&frame);
			check_eq("[IMM-1] a call with a non-zero immediate",
				 frame.out[0], HVC_STUB_ERR);
			check_hyp_answers("a non-zero immediate");
			if (!hyp.installed) {
				kprintf("#   ... r0 = 0x%08x\n", calls[j]);
				ensure_hyp();
			}
		}
		if (failures != before)
			kprintf("#   ... with %s\n", names[i]);
	}
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct hvc_frame frame = {
			.in_r0 = HVC_SOFT_RESTART,
			.in_r1 = (uint32_t)(uintptr_t)kit_landing};

		hvcs[i](&frame);
		check_eq("[IMM-1] SOFT_RESTART with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
	}
}

static void test_hyp_restart_refused(void)
{
	test_soft_restart_refused_by("the hypervisor");
	check_hyp_answers("the refused restarts");
}

/* The registers [BOOT-3] names, as the probe sees them through the stub. */
static void check_hyp_as_before(const struct probe_snapshot *now)
{
	const struct probe_snapshot *b = &hyp.before;

	check_eq("[HYP-STUB-2] HSCTLR as before the install", now->hsctlr,
		 b->hsctlr);
	check_eq("[HYP-STUB-2] HCR as before the install", now->hcr, b->hcr);
	check_eq("[HYP-STUB-2] HSTR as before the install", now->hstr, b->hstr);
	check_eq("[HYP-STUB-2] HCPTR as before the install", now->hcptr,
		 b->hcptr);
	check_eq("[HYP-STUB-2] HDCR as before the install", now->hdcr, b->hdcr);
	check_eq("[HYP-STUB-2] CNTHCTL as before the install", now->cnthctl,
		 b->cnthctl);
	check_eq("[HYP-STUB-2] CNTVOFF as before the install",
		 now->cntvoff_low == b->cntvoff_low &&
			 now->cntvoff_high == b->cntvoff_high,
		 1);
	check_eq("[HYP-STUB-2] VPIDR as before the install", now->vpidr,
		 b->vpidr);
	check_eq("[HYP-STUB-2] VMPIDR as before the install", now->vmpidr,
		 b->vmpidr);
}

static void test_hyp_reset_vectors(void)
{
	struct probe_snapshot now;
	int cycle;

	/* Twice: after the first, the hypervisor is installed again. */
	for (cycle = 0; cycle < 2; cycle++) {
		check_eq("[RESET-VECTORS-1] HVC_RESET_VECTORS",
			 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
		hyp.installed = 0;
		check_eq("[HYP-STUB-2] then the boot stub answers 0x100",
			 raw_call(0x100, 0, 0, 0, 0, NULL), HVC_STUB_ERR);
		if (!hyp.have_before || !probe_hyp(&now))
			return;
		check_hyp_as_before(&now);
		install_hyp();
		check_true("[HYP-STUB-2] the hypervisor installs again",
			   hyp.installed);
		if (!hyp.installed)
			return;
	}
}

static void test_hyp_soft_restart(void)
{
	test_soft_restart();
}

/* The payload of a restart the hypervisor answered. */
static void check_hyp_soft_restart_arrival(void)
{
	const struct kit_arrival *a = &kit_arrival;

	check_soft_restart_arrival(1);
	check_eq("[HYP-STUB-1] payload HVBAR: the boot stub's vectors, no "
		 "longer the hypervisor's",
		 a->hvbar, impl.stub_vectors);
	check_eq("[HYP-STUB-1] payload HCR = 0", a->hcr, 0);
	check_eq("[HYP-STUB-1] payload HSCTLR.M/C/I",
		 a->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("[HYP-STUB-1] then the boot stub answers 0x100",
		 raw_call(0x100, 0, 0, 0, 0, NULL), HVC_STUB_ERR);
}

/* ---- the suite ---- */

struct kit_test {
	const char *rules;
	const char *name;
	void (*run)(void);
};

static const struct kit_test tests[] = {
	{"[KIT-INSTALL-1] [BOOT-3]",
	 "installed by the kit's protocol, HYP "
	 "state after install",
	 test_install},
	{"[BOOT-4]", "PL1 reads the physical counter", test_pl1_counter},
	{"[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-3] [DISCOVERY-4] [QUERY-1]",
	 "discovery calls", test_discovery},
	{"[BOOT-5]", "addresses just past the DTB's RAM refused",
	 test_memory_bounds},
	{"[SET-VECTORS-1] [SET-VECTORS-4]",
	 "valid table installed, other HYP state unchanged",
	 test_set_vectors_valid},
	{"[SET-VECTORS-2]", "misaligned table refused",
	 test_set_vectors_misaligned},
	{"[SET-VECTORS-3]", "table outside RAM refused",
	 test_set_vectors_outside_ram},
	{"[RESET-VECTORS-1]", "reset on the stub", test_reset_vectors},
	{"[QUERY-2] [UNKNOWN-1]", "calls reported truthfully, the rest refused",
	 test_query_truthful},
	{"[CALL-1] [CALL-2] [CALL-3]", "registers preserved around every call",
	 test_preservation},
	{"[UNKNOWN-2]", "unknown IDs refused, never run as code",
	 test_unknown_ids},
	{"[UNKNOWN-1]", "reserved calls 3 and 4 refused", test_reserved_calls},
	{"[IMM-1]", "non-zero immediates refused, nothing changed",
	 test_nonzero_immediates},
	{"[SOFT-RESTART-5]", "bad entries refused", test_soft_restart_refused},
	{"[SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4]",
	 "payload entered in HYP with the documented state", test_soft_restart},
};

/* A resident hypervisor installed over the boot stub: the rules of
 * doc/hyp-abi.md section 8 and those binding every implementation. */
static const struct kit_test hyp_tests[] = {
	{"[KIT-INSTALL-1] [KIT-HYP-INSTALL-1]",
	 "the boot stub installed, then the hypervisor over it",
	 test_hyp_install},
	{"[HYP-STUB-4] [DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-3] "
	 "[DISCOVERY-4] [RAM-1]",
	 "discovery answered as the hypervisor, the boot stub's memory",
	 test_hyp_discovery},
	{"[HYP-STUB-3]", "HVC_SET_VECTORS refused, whatever r1",
	 test_hyp_refuses_set_vectors},
	{"[QUERY-2] [UNKNOWN-1]", "calls reported truthfully, 3 and 4 refused",
	 test_hyp_query_truthful},
	{"[CALL-1] [CALL-2] [CALL-3]", "registers preserved around every call",
	 test_hyp_preservation},
	{"[UNKNOWN-2] [HYP-CALLS-5]",
	 "unknown IDs not supported, nothing changed, never run",
	 test_hyp_unknown_ids},
	{"[IMM-1]", "non-zero immediates refused, nothing changed",
	 test_hyp_immediates},
	{"[SOFT-RESTART-5] [HYP-STUB-1]", "bad entries refused",
	 test_hyp_restart_refused},
	{"[HYP-STUB-2] [RESET-VECTORS-1]",
	 "HVC_RESET_VECTORS gives HYP back as the stub had it; installed "
	 "again",
	 test_hyp_reset_vectors},
	{"[HYP-STUB-1] [SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4]",
	 "restart from the hypervisor: payload in HYP, the boot stub back",
	 test_hyp_soft_restart},
};

/* The table of this run's kind. */
static const struct kit_test *suite_table = tests;
static uint32_t suite_table_size = ARRAY_SIZE(tests);

static void report(uint32_t index)
{
	const struct kit_test *test = &suite_table[index];

	if (failures == 0 && skip_reason) {
		suite.passed++;
		kprintf("ok %u - %s %s # SKIP %s\n", index + 1, test->rules,
			test->name, skip_reason);
	} else if (failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", index + 1, test->rules, test->name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", index + 1, test->rules,
			test->name);
	}
}

static void run_suite(void)
{
	for (; suite.next_index < suite_table_size; suite.next_index++) {
		uint32_t index = suite.next_index;

		kprintf("# running %u %u %s\n", index + 1, index,
			suite_table[index].rules);
		failures = 0;
		skip_reason = NULL;
		discover();
		ensure_hyp();
		if (kind == KIT_KIND_RESIDENT_HYP && index > 0 &&
		    !hyp.installed)
			check_true(
				"[KIT-HYP-INSTALL-1] not run: the hypervisor "
				"did not install (test 1)",
				0);
		else
			suite_table[index].run();
		report(index);
	}
	kprintf("# summary: %u passed, %u failed\n", suite.passed,
		suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}

void kit_main(void)
{
	kernel_cpu_init(0);
	if ((kit_entry_cpsr & PSR_MODE_MASK) != PSR_MODE_HYP) {
		kprintf("Bail out! the kit kernel was entered in mode 0x%02x, "
			"not HYP: run QEMU with virtualization=on\n",
			kit_entry_cpsr & PSR_MODE_MASK);
		plat_exit(2);
	}
	suite.started = 1;
	suite.next_index = *(volatile uint32_t *)KIT_START_INDEX_WORD;
	kind = *(volatile uint32_t *)KIT_KIND_WORD;
	suite.kind = kind;
	if (kind == KIT_KIND_RESIDENT_HYP) {
		suite_table = hyp_tests;
		suite_table_size = ARRAY_SIZE(hyp_tests);
	} else if (kind != KIT_KIND_BOOT_STUB) {
		kprintf("Bail out! kind %u: the kit tests a boot stub "
			"(KIT_KIND_BOOT_STUB) or a resident hypervisor "
			"(KIT_KIND_RESIDENT_HYP)\n",
			kind);
		plat_exit(2);
	}
	kprintf("# conformance kit: the boot stub at 0x%08x", impl_address());
	if (kind == KIT_KIND_RESIDENT_HYP)
		kprintf(", the resident hypervisor under test at 0x%08x",
			hyp_address());
	else
		kprintf(", under test");
	kprintf("\n");
	if (suite.next_index == 0)
		kprintf("1..%u\n", suite_table_size);
	if ((kit_install.cpsr & PSR_MODE_MASK) != PSR_MODE_HYP ||
	    kit_install.result != 0) {
		/* Nothing to test in this boot but the install itself. */
		failures = 0;
		suite.next_index = 0;
		if (kind == KIT_KIND_RESIDENT_HYP)
			check_install_protocol();
		else
			test_install();
		report(0);
		kprintf("Bail out! the install failed: no rule can be "
			"checked\n");
		plat_exit(1);
	}
	run_suite();
}

void kit_restarted(void)
{
	kernel_cpu_init(0);
	failures = 0;
	if (!suite.restart_pending) {
		kprintf("#   FAILED: the payload was entered, but no restart "
			"was asked for\n");
		plat_exit(1);
	}
	suite.restart_pending = 0;
	kind = suite.kind;
	if (kind == KIT_KIND_RESIDENT_HYP) {
		suite_table = hyp_tests;
		suite_table_size = ARRAY_SIZE(hyp_tests);
		hyp.installed = 0;
		check_hyp_soft_restart_arrival();
	} else {
		check_soft_restart_arrival(0);
		check_stub_answers("the restart");
	}
	report(suite.next_index++);
	run_suite();
}

void kit_landed(uint32_t pc, uint32_t r0, uint32_t r1)
{
	kprintf("#   FAILED: the implementation restarted into 0x%08x, the "
		"kit's landing pad (r0 0x%08x, r1 0x%08x): an entry it had to "
		"refuse, or a call it had to ignore\n",
		pc, r0, r1);
	plat_exit(KIT_EXIT_LANDED);
}
