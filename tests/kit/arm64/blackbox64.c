// SPDX-License-Identifier: BSD-2-Clause
/*
 * The conformance kit's black-box kernel on AArch64 (doc/conformance-kit.md).
 * It did not build the implementation under test: tests/kit/arm64/entry.S
 * dirtied EL2 and handed it to an image QEMU loaded, by the kit's install
 * protocol ([A64-KIT-INSTALL-1]). At EL1 it asks the implementation what it
 * is (HYPSTUB_CALL_UID first, [DISCOVERY-5]), takes the boot stub's vectors
 * from HYPSTUB_CALL_MEMORY (or, for a version-0 stub, from VBAR_EL2 as the
 * install left it) and RAM from the DTB, and runs every rule that binds an
 * AArch64 boot stub of that version. It prints TAP like
 * tests/target/arm64/conformance.c, for tools/run-conformance.
 *
 * Safety, so that no test hangs or restarts the machine by accident:
 *  - "the stub still answers" is an unknown call answered HVC_STUB_ERR,
 *    never the discovery call a version-0 stub does not know;
 *  - a call that must be refused gets arguments that are caught if it is
 *    not: a vector table that answers KIT_CATCH_MAGIC and puts VBAR_EL2
 *    back, an entry that reports the restart and ends the boot (the runner
 *    then goes on with the next test in a fresh one); the first bad entry
 *    of each kind is one a stub that checks nothing, or only 32 bits,
 *    reaches the landing pad through (a tagged address: the kit sets
 *    TCR_EL2.TBI before the install);
 *  - no call 3 or 4 is issued to a version-0 stub ([DISCOVERY-5]): Linux's
 *    call 3 may move the caller to EL2 and its call 4 reads ICH_VTR_EL2
 *    without checking for GICv3; call 3 to a version-2 stub, which must
 *    refuse it, is followed by a check that the caller is still at EL1.
 */
#include <arch/arm64/sysreg.h>
#include <core/fdt.h>
#include <hypstub/abi.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../../target/arm64/test64.h"
#include "kit64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define VERSION_0_CALLS 0x7 /* calls 0 to 2, as Linux defines them */
#define CURRENT_EL_EL1 (1 << 2)
#define CURRENT_EL_EL2 (2 << 2)
#define HIGH_BIT (1ull << 32) /* an address a 32-bit check would miss */
#define DAIF_ALL 0x3c0
#define SCTLR_SA (1 << 3)
#define SCTLR_MCI (SCTLR_M | SCTLR_C | SCTLR_I)
#define UNKNOWN_CALL 0x100
#define ICH_VTR_RES0 0x7ffe0 /* bits 18:5 */

#define READ_SYSREG(name)                                                      \
	({                                                                     \
		uint64_t value_;                                               \
		__asm__ volatile("mrs %0, " #name : "=r"(value_));             \
		value_;                                                        \
	})
#define WRITE_SYSREG(name, value)                                              \
	__asm__ volatile("msr " #name ", %0" ::"r"((uint64_t)(value))          \
			 : "memory")

/* EL2 as the install left it, or as a payload found it. */
struct el2_state {
	uint64_t hcr, cptr, hstr, mdcr, cnthctl, cntvoff, vpidr, vmpidr;
	uint64_t midr, mpidr, sctlr, vbar, pmcr;
};

/* EL1 registers a soft restart must preserve ([ENTRY-A64-3]). */
struct el1_state {
	uint64_t sctlr, vbar, ttbr0, tcr, mair, contextidr, tpidr, tpidr_el0,
		tpidrro_el0;
};

static struct el2_state after_install;

/* Kept in .data: survives the suite's own soft restart. */
struct kit_suite {
	uint64_t started;
	uint64_t next_index;
	uint64_t restart_pending;
	uint64_t tokens[3];
	uint64_t passed;
	uint64_t failed;
	uint64_t kind;
	struct el1_state el1_before;  /* the caller's, before the restart */
	struct el2_state el2_payload; /* what the payload found */
	struct el1_state el1_payload;
};
static struct kit_suite suite __attribute__((section(".data")));

/* What this boot learnt about the implementation (once per boot). */
static struct {
	int done;
	uint64_t version; /* 0: not this ABI ([DISCOVERY-5]) */
	uint64_t calls;	  /* reported stub calls */
	uint64_t stub_vectors;
	uint64_t ram_base, ram_size;
} impl;

/* Set by a test that does not bind this implementation: TAP's SKIP. */
static const char *skip_reason;

/* KIT_KIND_*: a boot stub, or a resident hypervisor installed over one. */
static uint32_t kind;

/* The resident hypervisor under test, this boot ([KIT-HYP-INSTALL-1]). */
static struct {
	int installed;
	uint64_t set_vectors_result, init_result, answer;
	uint64_t version; /* 0: it does not answer HYPSTUB_CALL_UID */
	uint64_t calls;
	int have_before;
	struct probe64 before; /* EL2 under the boot stub, first */
} hyp;

static int testing_hyp(void)
{
	return kind == KIT_KIND_RESIDENT_HYP;
}

/*
 * What the call being issued must not do, for kit_landed(): an assertion
 * naming its rule, printed if the implementation restarts into the landing
 * pad (or ends the boot) instead of refusing the call.
 */
static const char *landing_rule;
static uint64_t landing_value;

static void expect_no_landing(const char *what, uint64_t value)
{
	landing_rule = what;
	landing_value = value;
}

static void check_true(const char *what, int condition)
{
	check_eq(what, (uint64_t)(condition != 0), 1);
}

static uint64_t raw_call(uint64_t x0, uint64_t x1, uint64_t x2, uint64_t x3,
			 uint64_t x4, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {x0, x1, x2, x3, x4};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

/* The implementation under test: the stub's, or the hypervisor's. */
static int reported(uint64_t call)
{
	return ((testing_hyp() ? hyp.calls : impl.calls) & (1ull << call)) != 0;
}

static uint64_t version_under_test(void)
{
	return testing_hyp() ? hyp.version : impl.version;
}

/* SMCCC_RET_NOT_SUPPORTED, in the 32-bit or the 64-bit convention. */
static int not_supported(uint64_t x0)
{
	return x0 == SMCCC_RET_NOT_SUPPORTED || x0 == ~0ull;
}

static uint64_t ram_end(void)
{
	return impl.ram_base + impl.ram_size;
}

static uint64_t address_of(const void *symbol)
{
	return (uint64_t)(uintptr_t)symbol;
}

static uint64_t impl_address(void)
{
	uint32_t address = *(volatile uint32_t *)KIT_IMPL_ADDR_WORD;

	return address ? address : KIT_IMPL_DEFAULT_ADDR;
}

static void print_hex64(const char *what, uint64_t value)
{
	kprintf("#   ... %s 0x%08x%08x\n", what, (uint32_t)(value >> 32),
		(uint32_t)value);
}

/* ---- at EL2: before and after the install, and in the payload ---- */

static void read_el2(struct el2_state *s)
{
	s->hcr = READ_SYSREG(hcr_el2);
	s->cptr = READ_SYSREG(cptr_el2);
	s->hstr = READ_SYSREG(hstr_el2);
	s->mdcr = READ_SYSREG(mdcr_el2);
	s->cnthctl = READ_SYSREG(cnthctl_el2);
	s->cntvoff = READ_SYSREG(cntvoff_el2);
	s->vpidr = READ_SYSREG(vpidr_el2);
	s->vmpidr = READ_SYSREG(vmpidr_el2);
	s->midr = READ_SYSREG(midr_el1);
	s->mpidr = READ_SYSREG(mpidr_el1);
	s->sctlr = READ_SYSREG(sctlr_el2);
	s->vbar = READ_SYSREG(vbar_el2);
	s->pmcr = READ_SYSREG(pmcr_el0);
}

static void read_el1(struct el1_state *s)
{
	s->sctlr = READ_SYSREG(sctlr_el1);
	s->vbar = READ_SYSREG(vbar_el1);
	s->ttbr0 = READ_SYSREG(ttbr0_el1);
	s->tcr = READ_SYSREG(tcr_el1);
	s->mair = READ_SYSREG(mair_el1);
	s->contextidr = READ_SYSREG(contextidr_el1);
	s->tpidr = READ_SYSREG(tpidr_el1);
	s->tpidr_el0 = READ_SYSREG(tpidr_el0);
	s->tpidrro_el0 = READ_SYSREG(tpidrro_el0);
}

/*
 * Start dirty: every EL2 register [A64-BOOT-2] names gets a value the
 * install must replace (QEMU's reset values already satisfy most of the
 * rule), VBAR_EL2 the catch table. TCR_EL2.TBI is the kit's own: with it a
 * tagged entry that a stub branches to reaches the landing pad.
 */
uint64_t kit_el2_before_install(void)
{
	const uint64_t pmcr_n =
		(READ_SYSREG(pmcr_el0) >> PMCR_N_SHIFT) & PMCR_N_MASK;

	kit_catch_return_vbar = address_of(kit_catch_vectors);
	WRITE_SYSREG(vbar_el2, address_of(kit_catch_vectors));
	/* RW, and TWI, TWE, TSC: traps of wfi, wfe and smc. */
	WRITE_SYSREG(hcr_el2, HCR_EL2_RW | (1 << 13) | (1 << 14) | (1 << 19));
	/* TTA and TCPAC: trace and CPACR traps. */
	WRITE_SYSREG(cptr_el2, CPTR_EL2_RES1 | (1 << 20) | (1u << 31));
	WRITE_SYSREG(hstr_el2, 1);
	/* EL1's counter and timer trapped, the event stream on. */
	WRITE_SYSREG(cnthctl_el2, 1 << 2);
	WRITE_SYSREG(cntvoff_el2, 0x123456789ull);
	WRITE_SYSREG(vpidr_el2, 0x5a5a5a5a);
	WRITE_SYSREG(vmpidr_el2, 0x80a5a5a5);
	/* TPM, TPMCR, TDA, TDOSA, TDRA: PMU and debug traps. */
	WRITE_SYSREG(mdcr_el2, pmcr_n | (1 << 5) | (1 << 6) | (7 << 9));
	/* WXN: no effect with the MMU off, and [A64-BOOT-2] wants it clear. */
	WRITE_SYSREG(sctlr_el2, READ_SYSREG(sctlr_el2) | SCTLR_WXN);
	/* TBI and the RES1 bits 31 and 23. */
	WRITE_SYSREG(tcr_el2, KIT_TCR_EL2_TBI | (1u << 31) | (1 << 23));
	__asm__ volatile("isb");
	return impl_address();
}

void kit_el2_after_install(void)
{
	read_el2(&after_install);
}

void kit_el2_payload(void)
{
	read_el2(&suite.el2_payload);
	read_el1(&suite.el1_payload);
}

/* ---- what the implementation is ---- */

static void check_hyp_answers(const char *when);

/*
 * The implementation under test still answers: an unknown call gets
 * HVC_STUB_ERR from the boot stub (SMCCC_RET_NOT_SUPPORTED from the
 * hypervisor).
 */
static void check_stub_answers(const char *when)
{
	uint64_t result;

	if (testing_hyp()) {
		check_hyp_answers(when);
		return;
	}
	result = raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL);
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
		impl.stub_vectors = after_install.vbar;
	}
	probe64_return_vbar = impl.stub_vectors;
	kit_catch_return_vbar = impl.stub_vectors;
}

/*
 * HVC_SET_VECTORS of the catch table (or an address in it), which must be
 * refused: did it stay out? A table that got in answered KIT_CATCH_MAGIC
 * and is gone again.
 */
static void check_catch_refused(const char *what, uint64_t result)
{
	uint64_t count = kit_catch_count;
	uint64_t next = raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL);

	check_eq(what, result, HVC_STUB_ERR);
	check_true("the refused table did not take the next hvc",
		   next != KIT_CATCH_MAGIC && kit_catch_count == count);
}

/*
 * HVC_SET_VECTORS of a table outside RAM, which must be refused. Taken, it
 * leaves EL2 without vectors and no hvc can work any more: end this boot
 * (the runner goes on with the next test in a fresh one).
 */
static void check_outside_refused(const char *what, uint64_t address)
{
	uint64_t result = raw_call(HVC_SET_VECTORS, address, 0, 0, 0, NULL);

	check_eq(what, result, HVC_STUB_ERR);
	if (result == 0) {
		kprintf("#   FAILED: VBAR_EL2 was set to 0x%08x%08x, outside "
			"RAM; the kit ends this boot\n",
			(uint32_t)(address >> 32), (uint32_t)address);
		plat_exit(KIT_EXIT_LANDED);
	}
}

/* After a call that must not move the caller: still at EL1? */
static void check_still_el1(const char *what)
{
	uint64_t current_el = READ_SYSREG(CurrentEL);

	if (current_el == CURRENT_EL_EL1)
		return;
	kprintf("#   FAILED: %s: the caller came back at CurrentEL 0x%x, not "
		"EL1; the kit ends this boot\n",
		what, (uint32_t)current_el);
	plat_exit(KIT_EXIT_LANDED);
}

/* ---- the tests ---- */

static void check_install_protocol(void)
{
	int reg;

	check_eq("[A64-KIT-INSTALL-1] entered at EL2", kit_entry_current_el,
		 CURRENT_EL_EL2);
	check_eq("[A64-KIT-INSTALL-1] install returned at EL2",
		 kit_install.current_el, CURRENT_EL_EL2);
	check_eq("[A64-KIT-INSTALL-1] install result x0", kit_install.result,
		 0);
	check_eq("[A64-KIT-INSTALL-1] sp preserved", kit_install.sp_after,
		 kit_install.sp_before);
	check_eq("[A64-KIT-INSTALL-1] DAIF still masked",
		 kit_install.daif & DAIF_ALL, DAIF_ALL);
	for (reg = 19; reg <= 29; reg++)
		check_eq("[A64-KIT-INSTALL-1] x19-x29 preserved",
			 kit_install.x19_x29[reg - 19],
			 KIT_PATTERN((uint64_t)reg));
}

static void test_install(void)
{
	const struct el2_state *s = &after_install;
	const uint64_t sctlr_clear =
		SCTLR_M | SCTLR_A | SCTLR_C | SCTLR_I | SCTLR_WXN | SCTLR_EE;
	uint64_t size = *(volatile uint32_t *)KIT_IMPL_SIZE_WORD;

	check_install_protocol();
	if (test64_failures)
		return;
	check_eq("[A64-BOOT-2] VBAR_EL2 2 KiB aligned", s->vbar & 2047, 0);
	check_true("[A64-BOOT-2] VBAR_EL2 in RAM",
		   s->vbar >= impl.ram_base &&
			   s->vbar - impl.ram_base < impl.ram_size);
	if (size)
		check_true(
			"[A64-BOOT-2] VBAR_EL2 in the implementation's image",
			s->vbar >= impl_address() &&
				s->vbar - impl_address() < size);
	check_eq("[A64-BOOT-2] VBAR_EL2: the boot stub's vectors", s->vbar,
		 impl.stub_vectors);
	check_eq("[A64-BOOT-2] HCR_EL2: RW only", s->hcr, HCR_EL2_RW);
	check_eq("[A64-BOOT-2] CPTR_EL2: its RES1 bits", s->cptr,
		 CPTR_EL2_RES1);
	check_eq("[A64-BOOT-2] HSTR_EL2", s->hstr, 0);
	check_eq("[A64-BOOT-2] CNTHCTL_EL2 = EL1PCTEN | EL1PCEN", s->cnthctl,
		 CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);
	check_eq("[A64-BOOT-2] CNTVOFF_EL2", s->cntvoff, 0);
	check_eq("[A64-BOOT-2] VPIDR_EL2 = MIDR_EL1", s->vpidr, s->midr);
	check_eq("[A64-BOOT-2] VMPIDR_EL2 = MPIDR_EL1", s->vmpidr, s->mpidr);
	check_eq("[A64-BOOT-2] SCTLR_EL2 M/A/C/I/WXN/EE",
		 s->sctlr & sctlr_clear, 0);
	check_eq("[A64-BOOT-2] MDCR_EL2 = PMCR_EL0.N in HPMN, no traps",
		 s->mdcr, (s->pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	kprintf("#   version %u, calls 0x%x, boot stub's vectors 0x%08x, RAM "
		"0x%08x + 0x%08x\n",
		(uint32_t)impl.version, (uint32_t)impl.calls,
		(uint32_t)impl.stub_vectors, (uint32_t)impl.ram_base,
		(uint32_t)impl.ram_size);
}

static void test_el1_counter(void)
{
	uint64_t first, second;

	/* Trapped, the read would enter the stub's vectors at EL2. */
	if ((after_install.cnthctl & 3) != 3) {
		check_eq("[BOOT-4] not run: CNTHCTL_EL2 traps EL1's counter "
			 "(test 1)",
			 after_install.cnthctl & 3, 3);
		return;
	}
	first = READ_SYSREG(cntpct_el0);
	second = READ_SYSREG(cntpct_el0);
	check_true("CNTPCT_EL0 does not go backwards", second >= first);
	WRITE_SYSREG(cntp_ctl_el0, 0);
	WRITE_SYSREG(cntp_cval_el0, first + 0x100000000ull);
	__asm__ volatile("isb");
	check_eq("CNTP_CTL_EL0 written and read", READ_SYSREG(cntp_ctl_el0) & 1,
		 0);
	check_eq("CNTP_CVAL_EL0 written and read", READ_SYSREG(cntp_cval_el0),
		 first + 0x100000000ull);
}

static int skip_version_0(const char *why)
{
	if (version_under_test() != 0)
		return 0;
	skip_reason = why;
	return 1;
}

static void test_discovery(void)
{
	struct hypstub_regs regs;

	if (skip_version_0("version 0: no discovery calls to check"))
		return;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0x1c1c1c1c, &regs);
	check_eq("[DISCOVERY-1] UID x0", regs.r0, HYPSTUB_UUID_0);
	check_eq("[DISCOVERY-1] UID x1", regs.r1, HYPSTUB_UUID_1);
	check_eq("[DISCOVERY-1] UID x2", regs.r2, HYPSTUB_UUID_2);
	check_eq("[DISCOVERY-1] UID x3", regs.r3, HYPSTUB_UUID_3);
	check_eq("[DISCOVERY-1] UID leaves x4", regs.ip, 0x1c1c1c1c);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0x22, 0x33, 0x44, &regs);
	check_eq("[DISCOVERY-2] REVISION x0: major", regs.r0,
		 HYPSTUB_ABI_VERSION);
	check_eq("[DISCOVERY-2] REVISION x1: minor", regs.r1, 0);
	check_eq("[DISCOVERY-2] REVISION leaves x2", regs.r2, 0x22);
	check_eq("[DISCOVERY-2] REVISION leaves x3", regs.r3, 0x33);
	check_eq("[DISCOVERY-2] REVISION leaves x4", regs.ip, 0x44);
	check_eq("[DISCOVERY-3] QUERY x0",
		 raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs), 0);
	check_eq("[DISCOVERY-3] QUERY x1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("[DISCOVERY-3] QUERY x2 version", regs.r2,
		 HYPSTUB_ABI_VERSION);
	check_eq("[QUERY-1] QUERY x3: the boot stub's calls", regs.r3,
		 HYPSTUB_BOOT_STUB_CALLS);
	check_eq("[QUERY-1] QUERY x4: the boot stub", regs.ip,
		 HYPSTUB_IMPL_BOOT_STUB);
	check_eq("[DISCOVERY-4] MEMORY x0",
		 raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0x4444, &regs), 0);
	check_eq("[DISCOVERY-4] MEMORY x1: VBAR_EL2 as the install left it",
		 regs.r1, after_install.vbar);
	check_eq("[DISCOVERY-4] MEMORY x2: RAM base as the DTB says", regs.r2,
		 impl.ram_base);
	check_eq("[DISCOVERY-4] MEMORY x3: RAM size as the DTB says", regs.r3,
		 impl.ram_size);
	check_eq("[DISCOVERY-4] MEMORY leaves x4", regs.ip, 0x4444);
}

static uint64_t gic_system_registers(void)
{
	return (READ_SYSREG(id_aa64pfr0_el1) >> ID_AA64PFR0_GIC_SHIFT) &
	       ID_AA64PFR0_GIC_MASK;
}

static void test_ich_vtr(void)
{
	struct hypstub_regs regs;
	uint64_t gic = gic_system_registers();

	if (skip_version_0("version 0: call 4 is not issued ([DISCOVERY-5])"))
		return;
	kprintf("#   ID_AA64PFR0_EL1.GIC %u\n", (uint32_t)gic);
	raw_call(HVC_GET_ICH_VTR_EL2, 7, 7, 7, 7, &regs);
	if (gic == 0) {
		check_eq("[ICH-VTR-2] x0 without GICv3", regs.r0, HVC_STUB_ERR);
		check_eq("[ICH-VTR-2] x1 kept", regs.r1, 7);
		check_eq("[ICH-VTR-2] x3 kept", regs.r3, 7);
		check_eq("[ICH-VTR-2] x4 kept", regs.ip, 7);
	} else {
		check_eq("[ICH-VTR-1] x0 with GICv3", regs.r0, 0);
		check_eq("[ICH-VTR-1] x1 is ICH_VTR_EL2 (RES0 bits 18:5 clear)",
			 regs.r1 & ICH_VTR_RES0, 0);
		check_true("[ICH-VTR-1] x1 is not the argument", regs.r1 != 7);
		check_eq("[ICH-VTR-1] x3 kept", regs.r3, 7);
		check_eq("[ICH-VTR-1] x4 kept", regs.ip, 7);
	}
	check_eq("x2 kept", regs.r2, 7);
	check_stub_answers("HVC_GET_ICH_VTR_EL2");
}

static void test_memory_bounds(void)
{
	uint64_t end = ram_end();

	check_outside_refused("SET_VECTORS just past RAM", end);
	check_eq("SOFT_RESTART just past RAM",
		 raw_call(HVC_SOFT_RESTART, end, 0, 0, 0, NULL), HVC_STUB_ERR);
	check_stub_answers("calls just past RAM");
}

static int probe_el2(struct probe64 *snapshot)
{
	uint64_t count = probe64_snapshot.count;
	uint64_t result;

	result = raw_call(HVC_SET_VECTORS, address_of(probe64_vectors), 0, 0, 0,
			  NULL);
	check_eq("HVC_SET_VECTORS(probe) result", result, 0);
	if (result != 0)
		return 0;
	result = raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL);
	check_eq("the probe answered the next hvc", result, P64_MAGIC);
	check_eq("probe count", probe64_snapshot.count, count + 1);
	*snapshot = probe64_snapshot;
	return result == P64_MAGIC;
}

static void test_set_vectors_valid(void)
{
	struct probe64 s;
	const struct el2_state *a = &after_install;

	if (!probe_el2(&s))
		return;
	check_eq("[SET-VECTORS-1] VBAR_EL2 while the probe ran", s.vbar,
		 address_of(probe64_vectors));
	check_eq("[SET-VECTORS-1] the hvc came from EL1h", s.spsr & 0xf, 0x5);
	check_stub_answers("the probe");
	check_eq("[SET-VECTORS-4] HCR_EL2 unchanged", s.hcr, a->hcr);
	check_eq("[SET-VECTORS-4] CPTR_EL2 unchanged", s.cptr, a->cptr);
	check_eq("[SET-VECTORS-4] HSTR_EL2 unchanged", s.hstr, a->hstr);
	check_eq("[SET-VECTORS-4] MDCR_EL2 unchanged", s.mdcr, a->mdcr);
	check_eq("[SET-VECTORS-4] SCTLR_EL2 unchanged", s.sctlr, a->sctlr);
	check_eq("[SET-VECTORS-4] CNTHCTL_EL2 unchanged", s.cnthctl,
		 a->cnthctl);
	check_eq("[SET-VECTORS-4] CNTVOFF_EL2 unchanged", s.cntvoff,
		 a->cntvoff);
	check_eq("[SET-VECTORS-4] VPIDR_EL2 unchanged", s.vpidr, a->vpidr);
	check_eq("[SET-VECTORS-4] VMPIDR_EL2 unchanged", s.vmpidr, a->vmpidr);
}

static void test_set_vectors_misaligned(void)
{
	static const uint64_t offsets[] = {4, 0x20, 0x80, 0x400, 0x7fc};
	const uint64_t table = address_of(kit_catch_vectors);
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(offsets); i++) {
		int before = test64_failures;

		check_catch_refused("HVC_SET_VECTORS(misaligned)",
				    raw_call(HVC_SET_VECTORS,
					     table + offsets[i], 0, 0, 0,
					     NULL));
		if (test64_failures != before)
			print_hex64("with x1", table + offsets[i]);
	}
	check_stub_answers("the misaligned tables");
}

static void test_set_vectors_outside_ram(void)
{
	const uint64_t end = ram_end();
	const uint64_t table = address_of(kit_catch_vectors);
	const uint64_t addresses[] = {
		0,   0x08000000, impl.ram_base - 2048,
		end, end - 1024, 0xfffffffffffff800,
	};
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(addresses); i++)
		check_outside_refused("[SET-VECTORS-3] HVC_SET_VECTORS(outside "
				      "RAM)",
				      addresses[i]);
	/* Valid in bits 31:0 only ([A64-CALL-2]). */
	check_outside_refused("[A64-CALL-2] HVC_SET_VECTORS(table | 1 << 32)",
			      table | HIGH_BIT);
	check_outside_refused("[A64-CALL-2] HVC_SET_VECTORS(tagged table)",
			      table | KIT_TAG);
	check_stub_answers("the tables outside RAM");
}

static void test_reset_vectors(void)
{
	struct probe64 s;

	check_eq("HVC_RESET_VECTORS",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_stub_answers("HVC_RESET_VECTORS");
	if (!probe_el2(&s))
		return;
	check_eq("SCTLR_EL2.M after reset", s.sctlr & SCTLR_M, 0);
	check_eq("HCR_EL2 unchanged by the reset", s.hcr, after_install.hcr);
	check_eq("SCTLR_EL2 unchanged by the reset", s.sctlr,
		 after_install.sctlr);
}

static void test_query_truthful(void)
{
	struct hypstub_regs regs;
	uint64_t call;
	const uint64_t landing = address_of(kit_landing);

	check_true("[QUERY-2] no bit above HVC_STUB_HCALL_NR",
		   impl.calls < (1u << HVC_STUB_HCALL_NR));
	check_true("[QUERY-2] SOFT_RESTART reported",
		   reported(HVC_SOFT_RESTART));
	check_true("[QUERY-2] RESET_VECTORS reported",
		   reported(HVC_RESET_VECTORS));
	check_true("[QUERY-2] SET_VECTORS reported (a boot stub)",
		   reported(HVC_SET_VECTORS));
	check_true("[FINALISE-1] HVC_FINALISE_EL2 not reported",
		   !reported(HVC_FINALISE_EL2));
	for (call = 0; call < HVC_STUB_HCALL_NR; call++) {
		if (reported(call))
			continue;
		if (impl.version == 0 && call >= HVC_FINALISE_EL2) {
			kprintf("#   call %u is not issued to version 0 "
				"([DISCOVERY-5])\n",
				(uint32_t)call);
			continue;
		}
		kprintf("#   call %u is not reported: expect an error\n",
			(uint32_t)call);
		switch (call) {
		case HVC_SET_VECTORS:
			check_catch_refused(
				"[QUERY-2] unreported SET_VECTORS",
				raw_call(call, address_of(kit_catch_vectors), 0,
					 0, 0, NULL));
			break;
		case HVC_FINALISE_EL2:
			raw_call(call, 0x11, 0x22, 0x33, 0x44, &regs);
			check_still_el1("HVC_FINALISE_EL2");
			check_eq("[FINALISE-1] HVC_FINALISE_EL2 refused",
				 regs.r0, HVC_STUB_ERR);
			check_eq("[FINALISE-1] x1 unchanged", regs.r1, 0x11);
			check_eq("[FINALISE-1] x4 unchanged", regs.ip, 0x44);
			break;
		default:
			/* An unreported restart enters the landing pad. */
			expect_no_landing("[QUERY-2] an unreported call", call);
			raw_call(call, landing, 0x22, 0x33, 0x44, &regs);
			check_eq("[QUERY-2] unreported call", regs.r0,
				 HVC_STUB_ERR);
			check_eq("[QUERY-2] x1 unchanged", regs.r1, landing);
		}
	}
	check_stub_answers("the unreported calls");
}

typedef void (*hvc64_function)(struct frame64 *frame);

static void framed(const char *call, hvc64_function hvc, uint64_t x0,
		   uint64_t x1, uint64_t nzcv, uint64_t expected)
{
	struct frame64 frame = {.in = {x0, x1, 2, 3, 4}, .nzcv = nzcv};
	uint64_t daif = READ_SYSREG(daif);
	int reg, before = test64_failures;

	hvc(&frame);
	check_eq("x0", frame.out[0], expected);
	for (reg = 19; reg <= 30; reg++)
		check_eq("x19-x30 preserved", frame.out[reg],
			 F64_PATTERN((uint64_t)reg));
	check_eq("sp preserved", frame.sp_after, frame.sp_before);
	check_eq("NZCV preserved", frame.nzcv_after, nzcv);
	check_eq("DAIF preserved", frame.daif_after, daif);
	if (test64_failures != before)
		kprintf("#   ... in %s\n", call);
}

static void test_preservation(void)
{
	static const uint64_t flags[] = {0, 0xf0000000, 0x50000000, 0xa0000000};
	const uint64_t probe = address_of(probe64_vectors);
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		if (impl.version != 0)
			framed("QUERY", hvc64_imm_0, HYPSTUB_CALL_QUERY, 0,
			       flags[i], 0);
		framed("unknown call 0x100", hvc64_imm_0, UNKNOWN_CALL, 0,
		       flags[i], HVC_STUB_ERR);
		framed("RESET_VECTORS", hvc64_imm_0, HVC_RESET_VECTORS, 0,
		       flags[i], 0);
		framed("SET_VECTORS(probe)", hvc64_imm_0, HVC_SET_VECTORS,
		       probe, flags[i], 0);
		framed("the probe's answer", hvc64_imm_0, UNKNOWN_CALL, 0,
		       flags[i], P64_MAGIC);
	}
	check_stub_answers("the preservation calls");
}

static volatile uint64_t canary_runs;

/* Looks like a function: a stub that branches to x0 would run it. */
static void canary(void)
{
	canary_runs++;
}

static void test_unknown_ids(void)
{
	const uint64_t canary_address = address_of(canary);
	const uint64_t ids[] = {
		canary_address,
		HVC_STUB_HCALL_NR,
		UNKNOWN_CALL,
		0x84000000,
		0xc4000003,
		0x8600ff00,
		HVC_STUB_ERR,
		HIGH_BIT | HYPSTUB_CALL_QUERY,
		HIGH_BIT | HYPSTUB_CALL_UID,
		HIGH_BIT | HVC_RESET_VECTORS,
		0xffffffffffffffff,
	};
	struct hypstub_regs regs;
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = test64_failures;

		raw_call(ids[i], canary_address, 0x22, 0x33, 0x44, &regs);
		check_eq("unknown call result", regs.r0, HVC_STUB_ERR);
		check_eq("x1 unchanged", regs.r1, canary_address);
		check_eq("x0 was not run as code", canary_runs, 0);
		if (test64_failures != before)
			print_hex64("with x0", ids[i]);
	}
	/* Read as 32 bits, these would be calls 0 and 1: both caught. */
	check_catch_refused("[A64-CALL-2] ID 1 << 32 | HVC_SET_VECTORS",
			    raw_call(HIGH_BIT | HVC_SET_VECTORS,
				     address_of(kit_catch_vectors), 0, 0, 0,
				     NULL));
	expect_no_landing("[A64-CALL-2] ID 1 << 32 | HVC_SOFT_RESTART",
			  HIGH_BIT | HVC_SOFT_RESTART);
	check_eq("[A64-CALL-2] ID 1 << 32 | HVC_SOFT_RESTART",
		 raw_call(HIGH_BIT | HVC_SOFT_RESTART, address_of(kit_landing),
			  0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_stub_answers("the unknown calls");
}

static void test_nonzero_immediates(void)
{
	static const hvc64_function hvcs[] = {hvc64_imm_1, hvc64_imm_ea1,
					      hvc64_imm_ffff};
	static const char *const names[] = {"hvc #1", "hvc #0xea1",
					    "hvc #0xffff"};
	static const uint64_t immediates[] = {1, 0xea1, 0xffff};
	const uint64_t table = address_of(kit_catch_vectors);
	uint64_t i;

	/* Harmless ones first; the restart, caught by a landing pad, last. */
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct frame64 frame = {.in = {HVC_SET_VECTORS, table,
					       0x22222222, 0x33333333, 0xea1}};
		uint64_t count = kit_catch_count;
		int before = test64_failures;

		hvcs[i](&frame);
		check_eq("SET_VECTORS with a non-zero immediate", frame.out[0],
			 HVC_STUB_ERR);
		check_eq("x1 unchanged", frame.out[1], table);
		check_eq("x2 unchanged", frame.out[2], 0x22222222);
		check_eq("x3 unchanged", frame.out[3], 0x33333333);
		check_eq("x4 unchanged", frame.out[4], 0xea1);
		check_eq("the table was not installed",
			 raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL) ==
					 KIT_CATCH_MAGIC ||
				 kit_catch_count != count,
			 0);
		frame = (struct frame64){.in = {HVC_RESET_VECTORS}};
		hvcs[i](&frame);
		check_eq("RESET_VECTORS with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
		if (impl.version != 0) {
			frame = (struct frame64){.in = {HYPSTUB_CALL_QUERY}};
			hvcs[i](&frame);
			check_eq("QUERY with a non-zero immediate",
				 frame.out[0], HVC_STUB_ERR);
		}
		if (test64_failures != before)
			kprintf("#   ... with %s\n", names[i]);
	}
	check_stub_answers("the non-zero immediates");
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct frame64 frame = {
			.in = {HVC_SOFT_RESTART, address_of(kit_landing)}};

		expect_no_landing("[IMM-1] SOFT_RESTART with the hvc "
				  "immediate",
				  immediates[i]);
		hvcs[i](&frame);
		check_eq("SOFT_RESTART with a non-zero immediate", frame.out[0],
			 HVC_STUB_ERR);
	}
}

static void test_soft_restart_refused(void)
{
	const uint64_t landing = address_of(kit_landing);
	const uint64_t end = ram_end();
	/*
	 * First the entries a broken stub reaches the landing pad through:
	 * tagged (one that checks nothing), then valid in 32 bits only
	 * ([A64-CALL-2]).
	 */
	const uint64_t bad[] = {
		landing | KIT_TAG,
		landing | HIGH_BIT,
		landing + 2,
		landing + 1,
		end,
		end - 2,
		0,
		0x08000000,
		0xfffffffffffffffc,
	};
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		int before = test64_failures;

		const char *rule =
			bad[i] == (landing | HIGH_BIT)
				? "[A64-CALL-2] HVC_SOFT_RESTART("
				  "entry valid in 32 bits only)"
				: "[SOFT-RESTART-5] HVC_SOFT_RESTART("
				  "bad entry)";

		expect_no_landing(rule, bad[i]);
		check_eq(rule,
			 raw_call(HVC_SOFT_RESTART, bad[i], 1, 2, 3, NULL),
			 HVC_STUB_ERR);
		if (test64_failures != before)
			print_hex64("with entry", bad[i]);
	}
	check_stub_answers("the refused restarts");
}

/* EL1 state a restart must keep ([ENTRY-A64-3]), made unusual first. */
static void dirty_el1(void)
{
	WRITE_SYSREG(sctlr_el1, READ_SYSREG(sctlr_el1) | SCTLR_C | SCTLR_I);
	WRITE_SYSREG(ttbr0_el1, 0x40a00000ull);
	WRITE_SYSREG(mair_el1, 0x000000ff0044ff04ull);
	WRITE_SYSREG(tcr_el1, 0x0000000080803520ull);
	WRITE_SYSREG(contextidr_el1, 0x5a);
	WRITE_SYSREG(tpidr_el1, 0x7140000000000001ull);
	WRITE_SYSREG(tpidr_el0, 0x7140000000000002ull);
	WRITE_SYSREG(tpidrro_el0, 0x7140000000000003ull);
	__asm__ volatile("isb");
}

static void test_soft_restart(void)
{
	suite.tokens[0] = 0x5a5a5a5a00000000ull + suite.next_index;
	suite.tokens[1] = 0xffffffffffffffffull;
	suite.tokens[2] = 0x4000000012345678ull;
	suite.restart_pending = 1;
	kit_arrival.count = 0;
	dirty_el1();
	read_el1(&suite.el1_before);
	raw_call(HVC_SOFT_RESTART, address_of(kit_payload), suite.tokens[0],
		 suite.tokens[1], suite.tokens[2], NULL);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

/* for_hyp: the VBAR_EL2 check is [HYP-STUB-1]'s. */
static void check_soft_restart_arrival(int for_hyp)
{
	const struct kit_arrival64 *a = &kit_arrival;
	const struct el2_state *el2 = &suite.el2_payload;
	const struct el2_state *boot = &after_install;
	const struct el1_state *el1 = &suite.el1_payload;
	const struct el1_state *before = &suite.el1_before;

	check_eq("[SOFT-RESTART-1] payload entered once", a->count, 1);
	check_eq("[SOFT-RESTART-1] payload x0 = caller's x2", a->x[0],
		 suite.tokens[0]);
	check_eq("[SOFT-RESTART-1] payload x1 = caller's x3", a->x[1],
		 suite.tokens[1]);
	check_eq("[SOFT-RESTART-1] payload x2 = caller's x4", a->x[2],
		 suite.tokens[2]);
	check_eq("[SOFT-RESTART-1] payload at EL2", a->current_el,
		 CURRENT_EL_EL2);
	if (a->current_el != CURRENT_EL_EL2)
		return; /* no EL2 registers were read */
	check_eq("[ENTRY-A64-1] payload x3 = 0", a->x[3], 0);
	check_eq("[ENTRY-A64-1] payload on SP_EL2 (EL2h)", a->spsel, 1);
	check_eq("[SOFT-RESTART-2] payload D, A, I, F masked",
		 a->daif & DAIF_ALL, DAIF_ALL);
	check_eq("[SOFT-RESTART-3] payload SCTLR_EL2.M/C/I",
		 el2->sctlr & SCTLR_MCI, 0);
	check_eq("[SOFT-RESTART-3] payload SCTLR_EL1.M/C/I",
		 el1->sctlr & SCTLR_MCI, 0);
	check_eq(for_hyp ? "[HYP-STUB-1] payload VBAR_EL2: the boot stub's "
			   "vectors, no longer the hypervisor's"
			 : "[SOFT-RESTART-4] payload VBAR_EL2: the boot stub's "
			   "vectors",
		 el2->vbar, impl.stub_vectors);
	check_eq("[ENTRY-A64-2] payload HCR_EL2: RW only", el2->hcr,
		 HCR_EL2_RW);
	check_eq("[ENTRY-A64-2] payload CPTR_EL2 as at boot", el2->cptr,
		 boot->cptr);
	check_eq("[ENTRY-A64-2] payload HSTR_EL2 as at boot", el2->hstr,
		 boot->hstr);
	check_eq("[ENTRY-A64-2] payload MDCR_EL2 as at boot", el2->mdcr,
		 boot->mdcr);
	check_eq("[ENTRY-A64-2] payload CNTHCTL_EL2 = 3", el2->cnthctl,
		 CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);
	check_eq("[ENTRY-A64-2] payload CNTVOFF_EL2 = 0", el2->cntvoff, 0);
	check_eq("[ENTRY-A64-2] payload VPIDR_EL2 = MIDR_EL1", el2->vpidr,
		 el2->midr);
	check_eq("[ENTRY-A64-2] payload VMPIDR_EL2 = MPIDR_EL1", el2->vmpidr,
		 el2->mpidr);
	check_eq("[ENTRY-A64-2] payload SCTLR_EL2.A/SA/WXN/EE",
		 el2->sctlr & (SCTLR_A | SCTLR_SA | SCTLR_WXN | SCTLR_EE), 0);
	check_eq("[ENTRY-A64-3] payload SCTLR_EL1 but M/C/I preserved",
		 el1->sctlr & ~(uint64_t)SCTLR_MCI,
		 before->sctlr & ~(uint64_t)SCTLR_MCI);
	check_eq("[ENTRY-A64-3] VBAR_EL1 preserved", el1->vbar, before->vbar);
	check_eq("[ENTRY-A64-3] TTBR0_EL1 preserved", el1->ttbr0,
		 before->ttbr0);
	check_eq("[ENTRY-A64-3] TCR_EL1 preserved", el1->tcr, before->tcr);
	check_eq("[ENTRY-A64-3] MAIR_EL1 preserved", el1->mair, before->mair);
	check_eq("[ENTRY-A64-3] CONTEXTIDR_EL1 preserved", el1->contextidr,
		 before->contextidr);
	check_eq("[ENTRY-A64-3] TPIDR_EL1 preserved", el1->tpidr,
		 before->tpidr);
	check_eq("[ENTRY-A64-3] TPIDR_EL0 preserved", el1->tpidr_el0,
		 before->tpidr_el0);
	check_eq("[ENTRY-A64-3] TPIDRRO_EL0 preserved", el1->tpidrro_el0,
		 before->tpidrro_el0);
}

/* ---- a resident hypervisor over the boot stub (KIT_KIND_RESIDENT_HYP) ---- */

static uint64_t hyp_address(void)
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
	return not_supported(raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL));
}

/* [KIT-HYP-INSTALL-1], steps 2 and 3, from EL1 with the boot stub at EL2. */
static void install_hyp(void)
{
	struct hypstub_regs regs;

	hyp.installed = 0;
	hyp.init_result = HVC_STUB_ERR;
	hyp.set_vectors_result =
		raw_call(HVC_SET_VECTORS, hyp_address(), 0, 0, 0, NULL);
	if (hyp.set_vectors_result != 0)
		return;
	hyp.init_result =
		raw_call(KIT_HYP_INIT, impl.stub_vectors, impl.ram_base,
			 impl.ram_size, PLAT_DTB_ADDR, NULL);
	hyp.answer = raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL);
	hyp.installed = hyp.init_result == 0 && not_supported(hyp.answer);
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

/* Before each test: the hypervisor installed, EL2 under the stub known. */
static void ensure_hyp(void)
{
	if (!testing_hyp() || hyp.installed)
		return;
	if (!hyp.have_before) {
		int before = test64_failures;

		hyp.have_before = probe_el2(&hyp.before);
		test64_failures = before;
	}
	install_hyp();
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
	if (test64_failures)
		return;
	check_eq("[KIT-HYP-INSTALL-1] HVC_SET_VECTORS(the hypervisor's image) "
		 "to the boot stub",
		 hyp.set_vectors_result, 0);
	check_eq("[KIT-HYP-INSTALL-1] KIT_HYP_INIT", hyp.init_result, 0);
	if (hyp.set_vectors_result == 0 && hyp.init_result == 0)
		check_true("[KIT-HYP-INSTALL-1] [HYP-CALLS-5] then the "
			   "hypervisor answers 0x100 SMCCC_RET_NOT_SUPPORTED",
			   not_supported(hyp.answer));
	kprintf("#   boot stub: version %u, vectors 0x%08x; hypervisor at "
		"0x%08x: version %u, calls 0x%x\n",
		(uint32_t)impl.version, (uint32_t)impl.stub_vectors,
		(uint32_t)hyp_address(), (uint32_t)hyp.version,
		(uint32_t)hyp.calls);
}

static void test_hyp_discovery(void)
{
	struct hypstub_regs regs;

	if (skip_version_0("the hypervisor does not answer HYPSTUB_CALL_UID: "
			   "version 0"))
		return;
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0x1c1c1c1c, &regs);
	check_eq("[DISCOVERY-1] UID x0", regs.r0, HYPSTUB_UUID_0);
	check_eq("[DISCOVERY-1] UID x1", regs.r1, HYPSTUB_UUID_1);
	check_eq("[DISCOVERY-1] UID x2", regs.r2, HYPSTUB_UUID_2);
	check_eq("[DISCOVERY-1] UID x3", regs.r3, HYPSTUB_UUID_3);
	check_eq("[DISCOVERY-1] UID leaves x4", regs.ip, 0x1c1c1c1c);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0x22, 0x33, 0x44, &regs);
	check_eq("[DISCOVERY-2] REVISION x0: major", regs.r0,
		 HYPSTUB_ABI_VERSION);
	check_eq("[DISCOVERY-2] REVISION x1: minor", regs.r1, 0);
	check_true("[DISCOVERY-2] REVISION leaves x2-x4",
		   regs.r2 == 0x22 && regs.r3 == 0x33 && regs.ip == 0x44);
	check_eq("[DISCOVERY-3] QUERY x0",
		 raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs), 0);
	check_eq("[DISCOVERY-3] QUERY x1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("[DISCOVERY-3] QUERY x2 version", regs.r2,
		 HYPSTUB_ABI_VERSION);
	check_eq("[HYP-STUB-4] QUERY x3: a resident hypervisor's calls",
		 regs.r3, HYPSTUB_RESIDENT_HYP_CALLS);
	check_eq("[HYP-STUB-4] QUERY x4: a resident hypervisor", regs.ip,
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("[DISCOVERY-4] MEMORY x0",
		 raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0x44, &regs), 0);
	check_eq("[DISCOVERY-4] MEMORY x1: the boot stub's vectors", regs.r1,
		 impl.stub_vectors);
	check_eq("[RAM-1] MEMORY x2: RAM base as the DTB says", regs.r2,
		 impl.ram_base);
	check_eq("[RAM-1] MEMORY x3: RAM size as the DTB says", regs.r3,
		 impl.ram_size);
	check_eq("[DISCOVERY-4] MEMORY leaves x4", regs.ip, 0x44);
}

static void test_hyp_refuses_set_vectors(void)
{
	const uint64_t tables[] = {
		address_of(probe64_vectors),
		address_of(kit_catch_vectors),
		address_of(kit_catch_vectors) + 4,
		address_of(kit_catch_vectors) | HIGH_BIT,
		impl.stub_vectors,
		hyp_address(),
	};
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(tables); i++) {
		uint64_t probes = probe64_snapshot.count;
		uint64_t catches = kit_catch_count;
		int before = test64_failures;

		check_eq("[HYP-STUB-3] HVC_SET_VECTORS refused",
			 raw_call(HVC_SET_VECTORS, tables[i], 0, 0, 0, NULL),
			 HVC_STUB_ERR);
		check_hyp_answers("HVC_SET_VECTORS");
		check_eq("[HYP-STUB-3] VBAR_EL2 unchanged: no table took the "
			 "next hvc",
			 probe64_snapshot.count - probes + kit_catch_count -
				 catches,
			 0);
		if (test64_failures != before) {
			print_hex64("with x1", tables[i]);
			ensure_hyp();
		}
	}
}

static void test_hyp_query_truthful(void)
{
	struct hypstub_regs regs;

	if (hyp.version != 0) {
		check_true("[QUERY-2] no bit above HVC_STUB_HCALL_NR",
			   hyp.calls < (1u << HVC_STUB_HCALL_NR));
		check_true("[QUERY-2] SET_VECTORS not reported (a hypervisor)",
			   !reported(HVC_SET_VECTORS));
		check_true("[QUERY-2] SOFT_RESTART reported",
			   reported(HVC_SOFT_RESTART));
		check_true("[QUERY-2] RESET_VECTORS reported",
			   reported(HVC_RESET_VECTORS));
		check_true("[FINALISE-1] HVC_FINALISE_EL2 not reported",
			   !reported(HVC_FINALISE_EL2));
	}
	if (hyp.version == 0) {
		skip_reason = "version 0: no bitmap, and calls 3 and 4 are not "
			      "issued ([DISCOVERY-5])";
		return;
	}
	raw_call(HVC_FINALISE_EL2, 0x11, 0x22, 0x33, 0x44, &regs);
	check_still_el1("HVC_FINALISE_EL2");
	check_eq("[FINALISE-1] HVC_FINALISE_EL2 refused", regs.r0,
		 HVC_STUB_ERR);
	check_true("[FINALISE-1] x1-x4 unchanged",
		   regs.r1 == 0x11 && regs.r2 == 0x22 && regs.r3 == 0x33 &&
			   regs.ip == 0x44);
	check_hyp_answers("HVC_FINALISE_EL2");
}

static void test_hyp_preservation(void)
{
	static const uint64_t flags[] = {0, 0xf0000000, 0x50000000, 0xa0000000};
	const uint64_t probe = address_of(probe64_vectors);
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(flags); i++) {
		if (hyp.version != 0)
			framed("QUERY", hvc64_imm_0, HYPSTUB_CALL_QUERY, 0,
			       flags[i], 0);
		framed("unknown call 0x100", hvc64_imm_0, UNKNOWN_CALL, 0,
		       flags[i], SMCCC_RET_NOT_SUPPORTED);
		framed("SET_VECTORS(probe), refused", hvc64_imm_0,
		       HVC_SET_VECTORS, probe, flags[i], HVC_STUB_ERR);
		if (hyp.version != 0)
			framed("call 3", hvc64_imm_0, HVC_FINALISE_EL2, 0,
			       flags[i], HVC_STUB_ERR);
	}
	check_hyp_answers("the preservation calls");
}

static void test_hyp_unknown_ids(void)
{
	const uint64_t canary_address = address_of(canary);
	const uint64_t ids[] = {
		canary_address,
		HVC_STUB_HCALL_NR,
		UNKNOWN_CALL,
		0x84000000,
		0xc4000003,
		0x85000001,
		0x06000001,
		HVC_STUB_ERR,
		HIGH_BIT | HYPSTUB_CALL_QUERY,
		HIGH_BIT | HYPSTUB_CALL_UID,
		HIGH_BIT | HVC_RESET_VECTORS,
		HIGH_BIT | HVC_FINALISE_EL2,
		0xffffffffffffffff,
	};
	struct hypstub_regs regs;
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = test64_failures;

		raw_call(ids[i], canary_address, 0x22, 0x33, 0x44, &regs);
		check_true("[HYP-CALLS-5] unknown ID: SMCCC_RET_NOT_SUPPORTED",
			   not_supported(regs.r0));
		check_true("[HYP-CALLS-5] x1-x4 unchanged",
			   regs.r1 == canary_address && regs.r2 == 0x22 &&
				   regs.r3 == 0x33 && regs.ip == 0x44);
		check_eq("[UNKNOWN-2] x0 was not run as code", canary_runs, 0);
		if (test64_failures != before) {
			print_hex64("with x0", ids[i]);
			ensure_hyp();
		}
	}
	check_hyp_answers("the unknown calls");
	expect_no_landing("[A64-CALL-2] ID 1 << 32 | HVC_SOFT_RESTART",
			  HIGH_BIT | HVC_SOFT_RESTART);
	check_true("[A64-CALL-2] ID 1 << 32 | HVC_SOFT_RESTART: not "
		   "supported",
		   not_supported(raw_call(HIGH_BIT | HVC_SOFT_RESTART,
					  address_of(kit_landing), 0, 0, 0,
					  NULL)));
}

static void test_hyp_immediates(void)
{
	static const hvc64_function hvcs[] = {hvc64_imm_1, hvc64_imm_ea1,
					      hvc64_imm_ffff};
	static const char *const names[] = {"hvc #1", "hvc #0xea1",
					    "hvc #0xffff"};
	static const uint64_t immediates[] = {1, 0xea1, 0xffff};
	static const uint64_t calls[] = {HYPSTUB_CALL_QUERY, UNKNOWN_CALL,
					 HVC_RESET_VECTORS};
	const uint64_t table = address_of(kit_catch_vectors);
	uint64_t i, j;

	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct frame64 frame = {.in = {HVC_SET_VECTORS, table,
					       0x22222222, 0x33333333, 0xea1}};
		uint64_t count = kit_catch_count;
		int before = test64_failures;

		hvcs[i](&frame);
		check_eq("[IMM-1] SET_VECTORS with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
		check_true("[IMM-1] x1-x4 unchanged",
			   frame.out[1] == table &&
				   frame.out[2] == 0x22222222 &&
				   frame.out[3] == 0x33333333 &&
				   frame.out[4] == 0xea1);
		check_true("[IMM-1] the table was not installed",
			   raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL) !=
					   KIT_CATCH_MAGIC &&
				   kit_catch_count == count);
		for (j = 0; j < ARRAY_SIZE(calls); j++) {
			frame = (struct frame64){.in = {calls[j]}};
			hvcs[i](&frame);
			check_eq("[IMM-1] a call with a non-zero immediate",
				 frame.out[0], HVC_STUB_ERR);
			check_hyp_answers("a non-zero immediate");
			if (!hyp.installed) {
				print_hex64("x0", calls[j]);
				ensure_hyp();
			}
		}
		if (test64_failures != before)
			kprintf("#   ... with %s\n", names[i]);
	}
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct frame64 frame = {
			.in = {HVC_SOFT_RESTART, address_of(kit_landing)}};

		expect_no_landing("[IMM-1] SOFT_RESTART with the hvc "
				  "immediate",
				  immediates[i]);
		hvcs[i](&frame);
		check_eq("[IMM-1] SOFT_RESTART with a non-zero immediate",
			 frame.out[0], HVC_STUB_ERR);
	}
}

/* The registers [A64-BOOT-2] names, and SP_EL2, through the boot stub. */
static void check_el2_as_before(const struct probe64 *now)
{
	static const struct {
		const char *name;
		size_t offset;
	} fields[] = {
		{"[HYP-STUB-2] HCR_EL2 as before the install", P64_HCR},
		{"[HYP-STUB-2] CPTR_EL2 as before the install", P64_CPTR},
		{"[HYP-STUB-2] HSTR_EL2 as before the install", P64_HSTR},
		{"[HYP-STUB-2] MDCR_EL2 as before the install", P64_MDCR},
		{"[HYP-STUB-2] CNTHCTL_EL2 as before the install", P64_CNTHCTL},
		{"[HYP-STUB-2] CNTVOFF_EL2 as before the install", P64_CNTVOFF},
		{"[HYP-STUB-2] VPIDR_EL2 as before the install", P64_VPIDR},
		{"[HYP-STUB-2] VMPIDR_EL2 as before the install", P64_VMPIDR},
		{"[HYP-STUB-2] SCTLR_EL2 as before the install", P64_SCTLR},
		{"[HYP-STUB-2] SP_EL2 as before the install", P64_SP},
	};
	uint64_t i;

	for (i = 0; i < ARRAY_SIZE(fields); i++)
		check_eq(fields[i].name,
			 *(const uint64_t *)((const char *)now +
					     fields[i].offset),
			 *(const uint64_t *)((const char *)&hyp.before +
					     fields[i].offset));
}

static void test_hyp_reset_vectors(void)
{
	struct probe64 now;
	int cycle;

	/* Twice: after the first, the hypervisor is installed again. */
	for (cycle = 0; cycle < 2; cycle++) {
		check_eq("[RESET-VECTORS-1] HVC_RESET_VECTORS",
			 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
		hyp.installed = 0;
		check_eq("[HYP-STUB-2] then the boot stub answers 0x100",
			 raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL),
			 HVC_STUB_ERR);
		if (!hyp.have_before || !probe_el2(&now))
			return;
		check_el2_as_before(&now);
		install_hyp();
		check_true("[HYP-STUB-2] the hypervisor installs again",
			   hyp.installed);
		if (!hyp.installed)
			return;
	}
}

/* The payload of a restart the hypervisor answered. */
static void check_hyp_soft_restart_arrival(void)
{
	check_soft_restart_arrival(1);
	check_eq("[HYP-STUB-1] then the boot stub answers 0x100",
		 raw_call(UNKNOWN_CALL, 0, 0, 0, 0, NULL), HVC_STUB_ERR);
}

/* ---- the suite ---- */

struct kit_test {
	const char *rules;
	const char *name;
	void (*run)(void);
};

static const struct kit_test tests[] = {
	{"[A64-KIT-INSTALL-1] [A64-BOOT-2]",
	 "installed by the kit's protocol, EL2 state after install",
	 test_install},
	{"[BOOT-4]", "EL1 reads the physical counter and timer",
	 test_el1_counter},
	{"[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-3] [DISCOVERY-4] [QUERY-1]",
	 "discovery calls", test_discovery},
	{"[ICH-VTR-1] [ICH-VTR-2]", "HVC_GET_ICH_VTR_EL2 as the CPU allows",
	 test_ich_vtr},
	{"[BOOT-5]", "addresses just past the DTB's RAM refused",
	 test_memory_bounds},
	{"[SET-VECTORS-1] [SET-VECTORS-4]",
	 "valid table installed, other EL2 state unchanged",
	 test_set_vectors_valid},
	{"[SET-VECTORS-2]", "misaligned table refused",
	 test_set_vectors_misaligned},
	{"[SET-VECTORS-3] [A64-CALL-2]",
	 "tables outside RAM (in 64 bits) refused",
	 test_set_vectors_outside_ram},
	{"[RESET-VECTORS-1]", "reset on the stub", test_reset_vectors},
	{"[QUERY-2] [UNKNOWN-1] [FINALISE-1]",
	 "calls reported truthfully, the rest refused", test_query_truthful},
	{"[A64-CALL-1] [CALL-3]",
	 "x19-x30, sp, NZCV and DAIF preserved around every call",
	 test_preservation},
	{"[UNKNOWN-2] [A64-CALL-2]",
	 "unknown IDs refused, never run, all 64 bits read", test_unknown_ids},
	{"[IMM-1]", "non-zero immediates refused, nothing changed",
	 test_nonzero_immediates},
	{"[SOFT-RESTART-5] [A64-CALL-2]", "bad entries refused",
	 test_soft_restart_refused},
	{"[SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4] [A64-RESTART-1] [ENTRY-A64-1] [ENTRY-A64-2] "
	 "[ENTRY-A64-3]",
	 "payload entered at EL2 with the documented state", test_soft_restart},
};

/*
 * A resident hypervisor installed over the boot stub: the rules of
 * doc/hyp-abi.md section 8 and those binding every implementation.
 */
static const struct kit_test hyp_tests[] = {
	{"[A64-KIT-INSTALL-1] [KIT-HYP-INSTALL-1]",
	 "the boot stub installed, then the hypervisor over it",
	 test_hyp_install},
	{"[HYP-STUB-4] [DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-3] "
	 "[DISCOVERY-4] [RAM-1]",
	 "discovery answered as the hypervisor, the boot stub's memory",
	 test_hyp_discovery},
	{"[HYP-STUB-3]", "HVC_SET_VECTORS refused, whatever x1",
	 test_hyp_refuses_set_vectors},
	{"[QUERY-2] [FINALISE-1]", "calls reported truthfully, 3 refused",
	 test_hyp_query_truthful},
	{"[ICH-VTR-1] [ICH-VTR-2]", "HVC_GET_ICH_VTR_EL2 as the CPU allows",
	 test_ich_vtr},
	{"[A64-CALL-1] [CALL-3]",
	 "x19-x30, sp, NZCV and DAIF preserved around every call",
	 test_hyp_preservation},
	{"[UNKNOWN-2] [HYP-CALLS-5] [A64-CALL-2]",
	 "unknown IDs not supported, nothing changed, never run",
	 test_hyp_unknown_ids},
	{"[IMM-1]", "non-zero immediates refused, nothing changed",
	 test_hyp_immediates},
	{"[SOFT-RESTART-5] [HYP-STUB-1] [A64-CALL-2]", "bad entries refused",
	 test_soft_restart_refused},
	{"[HYP-STUB-2] [RESET-VECTORS-1]",
	 "HVC_RESET_VECTORS gives EL2 back as the stub had it; installed "
	 "again",
	 test_hyp_reset_vectors},
	{"[HYP-STUB-1] [SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4] [A64-RESTART-1] [ENTRY-A64-1] [ENTRY-A64-2] "
	 "[ENTRY-A64-3]",
	 "restart from the hypervisor: payload at EL2, the boot stub back",
	 test_soft_restart},
};

/* The table of this run's kind. */
static const struct kit_test *suite_table = tests;
static uint64_t suite_table_size = ARRAY_SIZE(tests);

static void select_table(void)
{
	if (testing_hyp()) {
		suite_table = hyp_tests;
		suite_table_size = ARRAY_SIZE(hyp_tests);
	}
}

static void report(uint64_t index)
{
	const struct kit_test *test = &suite_table[index];

	if (test64_failures == 0 && skip_reason) {
		suite.passed++;
		kprintf("ok %u - %s %s # SKIP %s\n", (uint32_t)index + 1,
			test->rules, test->name, skip_reason);
	} else if (test64_failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", (uint32_t)index + 1, test->rules,
			test->name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", (uint32_t)index + 1, test->rules,
			test->name);
	}
}

static void run_suite(void)
{
	for (; suite.next_index < suite_table_size; suite.next_index++) {
		uint64_t index = suite.next_index;

		kprintf("# running %u %u %s\n", (uint32_t)index + 1,
			(uint32_t)index, suite_table[index].rules);
		test64_failures = 0;
		skip_reason = NULL;
		landing_rule = NULL;
		discover();
		ensure_hyp();
		if (testing_hyp() && index > 0 && !hyp.installed)
			check_true(
				"[KIT-HYP-INSTALL-1] not run: the hypervisor "
				"did not install (test 1)",
				0);
		else
			suite_table[index].run();
		report(index);
	}
	kprintf("# summary: %u passed, %u failed\n", (uint32_t)suite.passed,
		(uint32_t)suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}

void kit_main(void)
{
	kernel_cpu_init(0);
	if (kit_entry_current_el != CURRENT_EL_EL2) {
		kprintf("Bail out! the kit kernel was entered at CurrentEL "
			"0x%x, not EL2: run QEMU with virtualization=on\n",
			(uint32_t)kit_entry_current_el);
		plat_exit(2);
	}
	suite.started = 1;
	suite.next_index = *(volatile uint32_t *)KIT_START_INDEX_WORD;
	kind = *(volatile uint32_t *)KIT_KIND_WORD;
	suite.kind = kind;
	if (kind != KIT_KIND_BOOT_STUB && kind != KIT_KIND_RESIDENT_HYP) {
		kprintf("Bail out! kind %u: the kit tests a boot stub "
			"(KIT_KIND_BOOT_STUB) or a resident hypervisor "
			"(KIT_KIND_RESIDENT_HYP)\n",
			kind);
		plat_exit(2);
	}
	select_table();
	kprintf("# conformance kit (AArch64): the boot stub at 0x%08x",
		(uint32_t)impl_address());
	if (testing_hyp())
		kprintf(", the resident hypervisor under test at 0x%08x\n",
			(uint32_t)hyp_address());
	else
		kprintf(", under test\n");
	if (suite.next_index == 0)
		kprintf("1..%u\n", (uint32_t)suite_table_size);
	if (kit_install.current_el != CURRENT_EL_EL2 ||
	    kit_install.result != 0) {
		/* Nothing to test in this boot but the install itself. */
		test64_failures = 0;
		suite.next_index = 0;
		if (testing_hyp())
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
	test64_failures = 0;
	skip_reason = NULL;
	if (!suite.restart_pending) {
		kprintf("#   FAILED: the payload was entered, but no restart "
			"was asked for\n");
		plat_exit(1);
	}
	suite.restart_pending = 0;
	kind = suite.kind;
	select_table();
	if (testing_hyp()) {
		hyp.installed = 0;
		check_hyp_soft_restart_arrival();
	} else {
		check_soft_restart_arrival(0);
		check_stub_answers("the restart");
	}
	report(suite.next_index++);
	run_suite();
}

void kit_landed(uint64_t pc, uint64_t x0, uint64_t x1)
{
	if (landing_rule)
		kprintf("#   FAILED: %s: restarted, with 0x%08x%08x\n",
			landing_rule, (uint32_t)(landing_value >> 32),
			(uint32_t)landing_value);
	kprintf("#   FAILED: the implementation restarted into 0x%08x%08x, the "
		"kit's landing pad (x0 0x%08x, x1 0x%08x%08x): an entry it had "
		"to refuse, or a call it had to ignore\n",
		(uint32_t)(pc >> 32), (uint32_t)pc, (uint32_t)x0,
		(uint32_t)(x1 >> 32), (uint32_t)x1);
	plat_exit(KIT_EXIT_LANDED);
}

/*
 * An exception at EL2 in the catch table: during the install (VBAR_EL2 is
 * still the kit's: the implementation faulted before it set its own, an
 * AArch32 image say), that is test 1's failure; later, a table that should
 * have been refused took something else than an hvc.
 */
void kit_catch_unexpected(uint64_t esr, uint64_t elr)
{
	int installing = !kit_install_returned;

	if (installing && *(volatile uint32_t *)KIT_START_INDEX_WORD == 0) {
		kind = *(volatile uint32_t *)KIT_KIND_WORD;
		select_table();
		kprintf("1..%u\n", (uint32_t)suite_table_size);
		kprintf("# running 1 0 %s\n", suite_table[0].rules);
	}
	kprintf("#   FAILED: %san exception at EL2 (ESR_EL2 0x%08x, ELR_EL2 "
		"0x%08x%08x) entered the kit's catch table: VBAR_EL2 is still "
		"the kit's, or was set to it\n",
		installing ? "[A64-KIT-INSTALL-1] during the install: " : "",
		(uint32_t)esr, (uint32_t)(elr >> 32), (uint32_t)elr);
	if (installing) {
		kprintf("not ok 1 - %s %s\n", suite_table[0].rules,
			suite_table[0].name);
		kprintf("Bail out! the install failed: no rule can be "
			"checked\n");
		plat_exit(1);
	}
	plat_exit(KIT_EXIT_LANDED);
}
