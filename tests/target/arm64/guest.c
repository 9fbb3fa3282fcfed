// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest on AArch64 ([GUEST-*] in doc/hyp-abi.md):
 * a guest at EL1 under stage 2 must not reach the host's calls, EL2's
 * state, memory outside its window, the machine's timers, PMU, debug or
 * caches, or the host's EL1 state; the host's interrupts end its run.
 * Prints TAP. The counterpart of tests/target/guest.c.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "guest.h"
#include "test64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define GUEST_FUZZ_CALLS 20000
#define HIGH 0x100000000ull
#define SGI_FOR_THE_HOST 5
#define ID_FIELD(value, shift) (((value) >> (shift)) & 0xf)
#define ESR_EC_PAC 0x09
#define ESR_EC_SVE 0x19
/* ESR_EL2 of a stage-2 fault: the guest's access, not a walk, was refused. */
#define ESR_EC_NONE 0xff /* an escape that exits some other way */

extern const char __image_start[];
extern const char hyp_vectors[];

static int number, failed;

static void report(const char *rules, const char *name)
{
	number++;
	if (test64_failures)
		failed++;
	kprintf("%s %u - %s %s\n", test64_failures ? "not ok" : "ok", number,
		rules, name);
	test64_failures = 0;
}

static uint64_t read_hyp_register(uint64_t id)
{
	hypstub_reg_t value = 0;

	hyp_call(HYP_CALL_READ_REGISTER, id, 0, 0, &value, NULL, NULL);
	return value;
}

static uint64_t read_id(int which)
{
	uint64_t value = 0;

	switch (which) {
	case 0:
		value = read_id_aa64pfr0_el1();
		break;
	case 1:
		__asm__ volatile("mrs %0, id_aa64isar1_el1" : "=r"(value));
		break;
	default:
		break;
	}
	return value;
}

static int has_gicv3_sysregs(void)
{
	return ID_FIELD(read_id(0), ID_AA64PFR0_GIC_SHIFT) != 0;
}

static int has_sve(void)
{
	return ID_FIELD(read_id(0), 32) != 0;
}

/* ID_AA64ISAR1_EL1.APA (7:4) or API (11:8): pointer authentication. */
static int has_pauth(void)
{
	uint64_t isar1 = read_id(1);

	return ID_FIELD(isar1, 4) != 0 || ID_FIELD(isar1, 8) != 0;
}

/* EL2 as the hypervisor keeps it, and the host still served. */
static void check_hyp_unchanged(const char *after)
{
	int before = test64_failures;
	struct hypstub_query_result query;

	check_eq("HCR_EL2 (RW only: no stage 2, no traps for the host)",
		 read_hyp_register(HYP_REG_HCR), HCR_EL2_RW);
	check_eq("VBAR_EL2", read_hyp_register(HYP_REG_VBAR),
		 (uint64_t)(uintptr_t)hyp_vectors);
	check_eq("SCTLR_EL2.M/C/I",
		 read_hyp_register(HYP_REG_SCTLR) &
			 (SCTLR_M | SCTLR_C | SCTLR_I),
		 SCTLR_M | SCTLR_C | SCTLR_I);
	check_eq("HYPSTUB_CALL_QUERY for the host", hypstub_query(&query), 0);
	check_eq("answered by the hypervisor", query.implementer,
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("HYP_CALL_PING",
		 hyp_call(HYP_CALL_PING, 0, 0, 0, NULL, NULL, NULL), 0);
	if (test64_failures != before)
		kprintf("#   ... after %s\n", after);
}

static void test_no_hypervisor(void)
{
	check_eq("RUN_GUEST on the boot stub",
		 hyp_call(HYP_CALL_RUN_GUEST, GUEST_WINDOW, GUEST_MODE_FUZZ, 0,
			  NULL, NULL, NULL),
		 HVC_STUB_ERR);
	report("[GUEST-1]", "no guest without the hypervisor");
}

static void test_windows(void)
{
	const uint64_t image = (uint64_t)(uintptr_t)__image_start;
	hypstub_reg_t ram_base = 0, ram_size = 0;
	uint64_t ram_end;

	hypstub_memory(&ram_base, &ram_size);
	ram_end = ram_base + ram_size;
	{
		const uint64_t bad[] = {
			GUEST_WINDOW + 0x1000,
			GUEST_WINDOW + 0x100000,
			image & ~(uint64_t)(HYP_GUEST_WINDOW_SIZE - 1),
			ram_end,
			ram_end - HYP_GUEST_WINDOW_SIZE / 2,
			0x08000000, /* the GIC */
			0,
			0xffe00000,
			/* valid in w1, not in x1 ([A64-CALL-2]) */
			HIGH | GUEST_WINDOW,
			0xffffffff00000000ull | GUEST_WINDOW,
			0x8000000000000000ull | GUEST_WINDOW,
			0xffffffffffe00000ull,
		};
		unsigned int i;

		for (i = 0; i < ARRAY_SIZE(bad); i++) {
			int before = test64_failures;

			check_eq("RUN_GUEST(bad window)",
				 hyp_call(HYP_CALL_RUN_GUEST, bad[i],
					  GUEST_MODE_FUZZ, 0, NULL, NULL, NULL),
				 SMCCC_RET_INVALID_PARAMETER);
			if (test64_failures != before)
				kprintf("#   ... window 0x%08x%08x\n",
					(uint32_t)(bad[i] >> 32),
					(uint32_t)bad[i]);
		}
	}
	check_hyp_unchanged("refused windows");
	report("[GUEST-1]", "bad guest windows refused, nothing run");
}

/* The guest saw none of the host's registers at its entry. */
static void check_guest_entry(void)
{
	const struct guest_data *data = guest_data();
	unsigned int i;

	check_eq("guest x1-x30 at entry (ORed)", data->entry_gprs, 0);
	check_eq("guest SCTLR_EL1 at entry", data->entry_el1[0],
		 GUEST_SCTLR_EL1_RESET);
	for (i = 1; i < GUEST_ENTRY_COUNT; i++) {
		int before = test64_failures;

		check_eq("guest EL1 register at entry", data->entry_el1[i], 0);
		if (test64_failures != before)
			kprintf("#   ... %s\n", i < EL1_SNAPSHOT_COUNT - 3
							? el1_snapshot_names[i]
							: "SP_EL1");
	}
}

static void test_guest_fuzz(void)
{
	struct guest_data data = {.mode = GUEST_MODE_FUZZ,
				  .seed = 0x123456789abcdefull,
				  .calls = GUEST_FUZZ_CALLS};
	uint64_t bad = 0, done = 0;

	check_eq("exit reason", guest_run(&data, &bad, &done),
		 HYP_GUEST_EXIT_CALL);
	check_eq("calls done", done, GUEST_FUZZ_CALLS);
	check_eq("wrong answers to the guest", bad, 0);
	if (bad)
		kprintf("#   last: x0 0x%08x%08x answered 0x%08x%08x\n",
			(uint32_t)(guest_data()->last_bad_x0 >> 32),
			(uint32_t)guest_data()->last_bad_x0,
			(uint32_t)(guest_data()->last_bad_result >> 32),
			(uint32_t)guest_data()->last_bad_result);
	kprintf("#   %u guest hvc/smc, %u wrong answers\n", (uint32_t)done,
		(uint32_t)bad);
	check_guest_entry();
	check_hyp_unchanged("the guest's calls");
	report("[GUEST-2]", "every guest hvc and smc is a guest call");
}

struct escape {
	const char *name;
	uint64_t mode, address, x0, x1, insn;
	uint64_t reason, detail1; /* detail1: an EC for HYP_GUEST_EXIT_TRAP */
};

#define TRAP(name, mode, ec)                                                   \
	{                                                                      \
		name, mode, 0, 0, 0, 0, HYP_GUEST_EXIT_TRAP, ec                \
	}
#define FAULT(name, mode, address)                                             \
	{                                                                      \
		name, mode, address, 0, 0, 0, HYP_GUEST_EXIT_FAULT, address    \
	}
#define CALL(name, insn, x0, x1)                                               \
	{                                                                      \
		name, GUEST_MODE_CALL, 0, x0, x1, insn, HYP_GUEST_EXIT_CALL,   \
			SMCCC_RET_NOT_SUPPORTED                                \
	}
/* Undefined at EL1: the guest's own vector (current EL, SP_EL1, sync). */
#define OWN_UNDEF(name, mode)                                                  \
	{                                                                      \
		name, mode, 0, 0, 0, 0, HYP_GUEST_EXIT_CALL,                   \
			GUEST_OWN_EXCEPTION + 0x200                            \
	}

static void run_escape(const struct escape *e)
{
	struct guest_data data = {.mode = e->mode,
				  .address = e->address,
				  .x0 = e->x0,
				  .x1 = e->x1,
				  .insn = e->insn};
	int before = test64_failures;
	uint64_t detail1 = 0, detail2 = 0;
	uint64_t reason = guest_run(&data, &detail1, &detail2);

	check_eq("exit reason", reason, e->reason);
	if (e->reason == HYP_GUEST_EXIT_TRAP)
		check_eq("trapped class (ESR_EL2.EC)", ESR_EC(detail1),
			 e->detail1);
	else
		check_eq("exit detail", detail1, e->detail1);
	if (e->mode == GUEST_MODE_CALL && e->reason == HYP_GUEST_EXIT_CALL)
		check_eq("x1 unchanged by the refused call", detail2, e->x1);
	check_hyp_unchanged(e->name);
	kprintf("#   %s: %s (exit %u, 0x%08x%08x)\n", e->name,
		test64_failures == before ? "stopped" : "NOT STOPPED",
		(uint32_t)reason, (uint32_t)(detail1 >> 32), (uint32_t)detail1);
}

static void test_escapes(void)
{
	const uint64_t image = (uint64_t)(uintptr_t)__image_start;
	const uint64_t vectors = (uint64_t)(uintptr_t)hyp_vectors;
	const uint64_t entry = (uint64_t)(uintptr_t)hypstub_entry;
	const struct escape escapes[] = {
		FAULT("load from the host kernel", GUEST_MODE_LOAD, image),
		FAULT("store to the host kernel", GUEST_MODE_STORE,
		      image + 0x40),
		FAULT("store to the hypervisor's vectors", GUEST_MODE_STORE,
		      vectors),
		FAULT("load from the UART", GUEST_MODE_LOAD, PLAT_UART_BASE),
		FAULT("store to the GIC", GUEST_MODE_STORE, PLAT_GICD_BASE),
		FAULT("load just past its window", GUEST_MODE_LOAD,
		      GUEST_WINDOW + HYP_GUEST_WINDOW_SIZE),
		FAULT("load just below its window", GUEST_MODE_LOAD,
		      GUEST_WINDOW - 8),
		FAULT("jump into the host kernel", GUEST_MODE_JUMP, entry),
		FAULT("DC ZVA on the host kernel", GUEST_MODE_DC_ZVA, image),
		CALL("smc PSCI SYSTEM_OFF", GUEST_INSN_SMC_0, 0x84000008, 0),
		CALL("smc PSCI CPU_OFF", GUEST_INSN_SMC_0, 0x84000002, 0),
		CALL("smc PSCI CPU_ON (SMC64) into the host", GUEST_INSN_SMC_0,
		     0xc4000003, 1),
		CALL("smc #1 PSCI SYSTEM_RESET", GUEST_INSN_SMC_1, 0x84000009,
		     0),
		CALL("smc SYSTEM_OFF with bits 63:32 set", GUEST_INSN_SMC_0,
		     HIGH | 0x84000008, 0),
		CALL("smc SMCCC_ARCH_WORKAROUND_1", GUEST_INSN_SMC_0,
		     0x80008000, 0),
		CALL("hvc SMCCC_VERSION", GUEST_INSN_HVC_0, 0x80000000, 0),
		CALL("hvc SMCCC_ARCH_FEATURES", GUEST_INSN_HVC_0, 0x80000001,
		     0x80008000),
		CALL("hvc HVC_SOFT_RESTART into the host", GUEST_INSN_HVC_0,
		     HVC_SOFT_RESTART, entry),
		CALL("hvc HVC_SET_VECTORS to its own window", GUEST_INSN_HVC_0,
		     HVC_SET_VECTORS, GUEST_WINDOW),
		CALL("hvc HVC_RESET_VECTORS", GUEST_INSN_HVC_0,
		     HVC_RESET_VECTORS, 0),
		CALL("hvc HVC_FINALISE_EL2", GUEST_INSN_HVC_0, HVC_FINALISE_EL2,
		     0),
		CALL("hvc HVC_GET_ICH_VTR_EL2", GUEST_INSN_HVC_0,
		     HVC_GET_ICH_VTR_EL2, 0),
		CALL("hvc HYPSTUB_CALL_QUERY", GUEST_INSN_HVC_0,
		     HYPSTUB_CALL_QUERY, 0),
		CALL("hvc HYP_CALL_RUN_GUEST", GUEST_INSN_HVC_0,
		     HYP_CALL_RUN_GUEST, GUEST_WINDOW),
		CALL("hvc HYP_CALL_READ_REGISTER", GUEST_INSN_HVC_0,
		     HYP_CALL_READ_REGISTER, HYP_REG_VBAR),
		CALL("hvc #1 HYP_GUEST_CALL_EXIT", GUEST_INSN_HVC_1,
		     HYP_GUEST_CALL_EXIT, 0),
		CALL("hvc #0xea1 HYP_GUEST_CALL_PING", GUEST_INSN_HVC_EA1,
		     HYP_GUEST_CALL_PING, 0),
		CALL("hvc #0xffff HVC_SOFT_RESTART", GUEST_INSN_HVC_FFFF,
		     HVC_SOFT_RESTART, entry),
		CALL("hvc x0 = HYP_GUEST_CALL_EXIT with bits 63:32 set",
		     GUEST_INSN_HVC_0, HIGH | HYP_GUEST_CALL_EXIT, 0),
		CALL("hvc x0 = HYP_GUEST_CALL_PING with bits 63:32 set",
		     GUEST_INSN_HVC_0,
		     0xffffffff00000000ull | HYP_GUEST_CALL_PING, 0),
		CALL("hvc x0 = HVC_SOFT_RESTART with bits 63:32 set",
		     GUEST_INSN_HVC_0, HIGH | HVC_SOFT_RESTART, entry),
		CALL("hvc x0 = HYP_CALL_PING with bit 63 set", GUEST_INSN_HVC_0,
		     0x8000000000000000ull | HYP_CALL_PING, 0),
		{"wfi and wfe", GUEST_MODE_WFI, 0, 0, 0, 0, HYP_GUEST_EXIT_CALL,
		 GUEST_ALIVE},
		TRAP("DC ISW (set/way invalidate)", GUEST_MODE_DC_ISW,
		     ESR_EC_SYSREG),
		TRAP("DC CISW (set/way clean+invalidate)", GUEST_MODE_DC_CISW,
		     ESR_EC_SYSREG),
		TRAP("write ACTLR_EL1", GUEST_MODE_ACTLR, ESR_EC_SYSREG),
		TRAP("write CNTP_CTL_EL0 (the EL1 physical timer)",
		     GUEST_MODE_CNTP_CTL, ESR_EC_SYSREG),
		TRAP("write CNTP_CVAL_EL0", GUEST_MODE_CNTP_CVAL,
		     ESR_EC_SYSREG),
		TRAP("read CNTPCT_EL0", GUEST_MODE_CNTPCT, ESR_EC_SYSREG),
		TRAP("an FP/SIMD instruction", GUEST_MODE_FP, ESR_EC_FP_ASIMD),
		TRAP("write PMCR_EL0", GUEST_MODE_PMCR, ESR_EC_SYSREG),
		TRAP("read PMCCNTR_EL0", GUEST_MODE_PMCCNTR, ESR_EC_SYSREG),
		TRAP("write MDSCR_EL1", GUEST_MODE_MDSCR, ESR_EC_SYSREG),
		TRAP("write DBGBVR0_EL1", GUEST_MODE_DBGBVR, ESR_EC_SYSREG),
		TRAP("write OSLAR_EL1", GUEST_MODE_OSLAR, ESR_EC_SYSREG),
		OWN_UNDEF("write VBAR_EL2 from EL1", GUEST_MODE_VBAR_EL2),
		/*
		 * Not here: an implementation-defined register
		 * (S3_1_C15_C2_0, CPUACTLR_EL1 on a Cortex-A57). HCR_EL2.TIDCP
		 * traps it on hardware; QEMU 7.2 does not implement that trap
		 * (the register is RAZ/WI there): see doc/robustness.md.
		 */
		{"hvc and smc SMCCC_VERSION", GUEST_MODE_SMCCC_FW, 0, 0, 0, 0,
		 HYP_GUEST_EXIT_CALL, SMCCC_RET_NOT_SUPPORTED},
	};
	const struct escape pauth =
		TRAP("write APIAKeyLo_EL1", GUEST_MODE_APIAKEY, ESR_EC_SYSREG);
	const struct escape no_pauth =
		OWN_UNDEF("write APIAKeyLo_EL1 (no PAuth)", GUEST_MODE_APIAKEY);
	const struct escape sve =
		TRAP("write ZCR_EL1", GUEST_MODE_ZCR, ESR_EC_SVE);
	const struct escape no_sve =
		OWN_UNDEF("write ZCR_EL1 (no SVE)", GUEST_MODE_ZCR);
	const struct escape sgi = TRAP("GICv3 ICC_SGI1R_EL1: an SGI",
				       GUEST_MODE_ICC_SGI, ESR_EC_SYSREG);
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(escapes); i++)
		run_escape(&escapes[i]);
	run_escape(has_pauth() ? &pauth : &no_pauth);
	run_escape(has_sve() ? &sve : &no_sve);
	if (has_gicv3_sysregs())
		run_escape(&sgi);
	else
		kprintf("#   (no GICv3 system registers: no ICC_SGI1R_EL1)\n");
	report("[GUEST-3]", "every escape attempt fails");
}

/* A physical interrupt for the host ends the run and stays pending. */
static void test_interrupt_exit(void)
{
	struct guest_data data = {.mode = GUEST_MODE_SPIN};
	uint64_t detail1 = 0, detail2 = 0;
	uint32_t iar;

	kernel_gic_init();
	kernel_send_sgi_to_self(SGI_FOR_THE_HOST);
	check_eq("exit reason", guest_run(&data, &detail1, &detail2),
		 HYP_GUEST_EXIT_INTERRUPT);
	check_eq("an IRQ", detail1, HYP_GUEST_INTERRUPT_IRQ);
	iar = kernel_irq_acknowledge();
	check_eq("still pending for the host: the SGI", kernel_irq_number(iar),
		 SGI_FOR_THE_HOST);
	kernel_irq_end(iar);
	check_hyp_unchanged("an interrupt during the guest");
	report("[GUEST-3]", "the host's interrupt ends the guest's run");
}

/* The host's own junk, so that a restore of reset values is caught. */
static void dirty_host_el1(void)
{
	__asm__ volatile(
		"msr tpidr_el0, %0\n\tmsr tpidr_el1, %1\n\t"
		"msr tpidrro_el0, %2\n\tmsr contextidr_el1, %3\n\t"
		"msr par_el1, %4\n\tmsr far_el1, %5\n\tmsr esr_el1, %6\n\t"
		"msr elr_el1, %7\n\tmsr ttbr1_el1, %8\n\tmsr sp_el0, %9\n\t"
		"msr cntv_cval_el0, %10\n\tmsr cntkctl_el1, %11\n\t"
		"msr mdscr_el1, %12\n\tmsr amair_el1, %13\n\tisb" ::"r"(
			0x1111000011110000ull),
		"r"(0x2222000022220000ull), "r"(0x3333000033330000ull),
		"r"(0x44440000ull), "r"(0x5555000055550000ull),
		"r"(0x6666000066660000ull), "r"(0x96000000ull),
		"r"(0x7777000077770000ull), "r"(0x8888000088880000ull),
		"r"(0x9999000099990000ull), "r"(0xaaaa0000aaaa0000ull),
		"r"(0x3ull), "r"(1ull << 12), "r"(0xbbbb0000bbbb0000ull));
	if (el1_has_disr())
		__asm__ volatile("msr S3_0_C12_C1_1, %0" ::"r"(0x1234ull));
	if (el1_has_tpidr2())
		__asm__ volatile(
			"msr S3_3_C13_C0_5, %0" ::"r"(0xcccc0000cccc0000ull));
	__asm__ volatile("msr cntv_ctl_el0, %0\n\tisb" ::"r"(3ull));
}

static uint64_t read_icc_pmr(void)
{
	uint64_t value = 0;

	if (has_gicv3_sysregs())
		__asm__ volatile("mrs %0, S3_0_C4_C6_0" : "=r"(value));
	return value;
}

static void test_host_state(void)
{
	struct el1_snapshot before, after;
	struct guest_data data = {.mode = GUEST_MODE_SYSREGS};
	uint64_t detail1 = 0, detail2 = 0;
	uint64_t sp_before, sp_after, pmr_before;
	unsigned int i;

	dirty_host_el1();
	el1_snapshot(&before);
	pmr_before = read_icc_pmr();
	__asm__ volatile("mov %0, sp" : "=r"(sp_before));
	check_eq("exit", guest_run(&data, &detail1, &detail2),
		 HYP_GUEST_EXIT_CALL);
	__asm__ volatile("mov %0, sp" : "=r"(sp_after));
	check_eq("the guest ran", detail1, GUEST_ALIVE);
	el1_snapshot(&after);
	for (i = 0; i < EL1_SNAPSHOT_COUNT; i++) {
		int failures = test64_failures;

		check_eq("host EL1 register unchanged", after.value[i],
			 before.value[i]);
		if (test64_failures != failures)
			kprintf("#   ... %s changed\n", el1_snapshot_names[i]);
	}
	check_eq("host SP_EL1 unchanged", sp_after, sp_before);
	kprintf("#   %u EL1 registers and SP_EL1 compared%s%s\n",
		EL1_SNAPSHOT_COUNT - 2 + el1_has_disr() + el1_has_tpidr2(),
		el1_has_disr() ? " (DISR_EL1 too)" : "",
		el1_has_tpidr2() ? " (TPIDR2_EL0 too)" : "");
	check_guest_entry();
	if (has_gicv3_sysregs()) {
		data.mode = GUEST_MODE_ICC_PMR;
		check_eq("exit (ICC_PMR_EL1 written)",
			 guest_run(&data, &detail1, &detail2),
			 HYP_GUEST_EXIT_CALL);
		check_eq("the guest ran", detail1, GUEST_ALIVE);
		check_eq("host ICC_PMR_EL1 unchanged", read_icc_pmr(),
			 pmr_before);
	}
	check_hyp_unchanged("the guest rewrote its EL1 registers");
	check_eq("hyp_uninstall()", (uint64_t)hyp_uninstall(), HYP_OK);
	check_eq("hyp_install()", (uint64_t)hyp_install(), HYP_OK);
	report("[GUEST-4]", "the host's EL1 state survives the guest");
}

static const struct {
	const char *rules;
	void (*run)(void);
} tests[] = {
	{"[GUEST-1]", test_no_hypervisor},  {"[GUEST-1]", test_windows},
	{"[GUEST-2]", test_guest_fuzz},	    {"[GUEST-3]", test_escapes},
	{"[GUEST-3]", test_interrupt_exit}, {"[GUEST-4]", test_host_state},
};

/* In .data: the test under way, + 1, should the machine restart in it. */
static uint64_t under_way __attribute__((section(".data")));

void hypstub_main(unsigned int cpu)
{
	/* The runner may start after a test that hung (tools/run-conformance).
	 */
	uint32_t first = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
	uint32_t index;

	kernel_cpu_init(cpu);
	if (under_way) {
		/* Only a guest that got out could have restarted us. */
		index = (uint32_t)under_way - 1;
		kprintf("not ok %u - %s the machine restarted in this test\n",
			index + 1, tests[index].rules);
		kprintf("# summary: 0 passed, 1 failed\n");
		plat_exit(1);
	}
	if (first == 0)
		kprintf("1..%u\n", (uint32_t)ARRAY_SIZE(tests));
	number = first;
	for (index = first; index < ARRAY_SIZE(tests); index++) {
		under_way = index + 1;
		kprintf("# running %u %u %s\n", index + 1, index,
			tests[index].rules);
		if (index > 0 && !hyp_installed())
			check_eq("hyp_install()", (uint64_t)hyp_install(),
				 HYP_OK);
		tests[index].run();
	}
	under_way = 0;
	kprintf("# summary: %u passed, %u failed\n", number - first - failed,
		failed);
	plat_exit(failed ? 1 : 0);
}
