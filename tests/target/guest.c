// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest ([GUEST-*] in doc/hyp-abi.md): a guest at
 * PL1 under stage 2 must not reach the host's calls, HYP's state, memory
 * outside its window, or the host's PL1 state. Prints TAP.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "guest.h"
#include "test_kernel.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define GUEST_FUZZ_CALLS 20000

extern const char __image_start[];
extern const char hyp_vectors[];

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

static int failures, number, failed;

static void check_eq(const char *what, uint32_t actual, uint32_t expected)
{
	if (actual == expected)
		return;
	failures++;
	kprintf("#   FAILED: %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
}

static void report(const char *rules, const char *name)
{
	number++;
	if (failures)
		failed++;
	kprintf("%s %u - %s %s\n", failures ? "not ok" : "ok", number, rules,
		name);
	failures = 0;
}

static uint32_t read_hyp_register(uint32_t id)
{
	uint32_t value = 0;

	hyp_call(HYP_CALL_READ_REGISTER, id, 0, 0, &value, NULL, NULL);
	return value;
}

/* HYP as the hypervisor keeps it, and the host still served. */
static void check_hyp_unchanged(const char *after)
{
	int before = failures;
	struct hypstub_query_result query;

	check_eq("HCR (no stage 2, no traps for the host)",
		 read_hyp_register(HYP_REG_HCR), 0);
	check_eq("HVBAR", read_hyp_register(HYP_REG_VBAR),
		 (uint32_t)(uintptr_t)hyp_vectors);
	check_eq("HSCTLR.M/C/I",
		 read_hyp_register(HYP_REG_SCTLR) &
			 (SCTLR_M | SCTLR_C | SCTLR_I),
		 SCTLR_M | SCTLR_C | SCTLR_I);
	check_eq("HYPSTUB_CALL_QUERY for the host", hypstub_query(&query), 0);
	check_eq("answered by the hypervisor", query.implementer,
		 HYPSTUB_IMPL_RESIDENT_HYP);
	if (failures != before)
		kprintf("#   ... after %s\n", after);
}

static void test_windows(void)
{
	const uint32_t image = (uint32_t)(uintptr_t)__image_start;
	const uint32_t bad[] = {
		GUEST_WINDOW + 0x1000,
		GUEST_WINDOW + 0x100000,
		image & ~(uint32_t)(HYP_GUEST_WINDOW_SIZE - 1),
		PLAT_RAM_BASE + PLAT_RAM_SIZE,
		0x08000000,
		0,
		PLAT_RAM_BASE + PLAT_RAM_SIZE - 0x100000,
		0xffe00000,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++)
		check_eq("RUN_GUEST(bad window)",
			 hyp_call(HYP_CALL_RUN_GUEST, bad[i], GUEST_MODE_FUZZ,
				  0, NULL, NULL, NULL),
			 SMCCC_RET_INVALID_PARAMETER);
	check_hyp_unchanged("refused windows");
	report("[GUEST-1]", "bad guest windows refused, nothing run");
}

static void test_guest_fuzz(void)
{
	struct guest_data data = {.mode = GUEST_MODE_FUZZ,
				  .seed = 0x1234567,
				  .calls = GUEST_FUZZ_CALLS};
	uint32_t bad = 0, done = 0;

	check_eq("exit reason", guest_run(&data, &bad, &done),
		 HYP_GUEST_EXIT_CALL);
	check_eq("calls done", done, GUEST_FUZZ_CALLS);
	check_eq("wrong answers to the guest", bad, 0);
	if (bad)
		kprintf("#   last: r0 0x%08x answered 0x%08x\n",
			guest_data()->last_bad_r0,
			guest_data()->last_bad_result);
	kprintf("#   %u guest hvcs, %u wrong answers\n", done, bad);
	check_hyp_unchanged("the guest's hvcs");
	report("[GUEST-2]", "every guest hvc is a guest call");
}

struct escape {
	const char *name;
	uint32_t mode, address, r0, r1;
	uint32_t reason, detail1;
};

static void test_escapes(void)
{
	const uint32_t image = (uint32_t)(uintptr_t)__image_start;
	const struct escape escapes[] = {
		{"load from the host kernel", GUEST_MODE_LOAD, image, 0, 0,
		 HYP_GUEST_EXIT_FAULT, image},
		{"store to the host kernel", GUEST_MODE_STORE, image + 0x40, 0,
		 0, HYP_GUEST_EXIT_FAULT, image + 0x40},
		{"store to the hypervisor's vectors", GUEST_MODE_STORE,
		 (uint32_t)(uintptr_t)hyp_vectors, 0, 0, HYP_GUEST_EXIT_FAULT,
		 (uint32_t)(uintptr_t)hyp_vectors},
		{"load from the UART", GUEST_MODE_LOAD, PLAT_UART_BASE, 0, 0,
		 HYP_GUEST_EXIT_FAULT, PLAT_UART_BASE},
		{"store to the GIC", GUEST_MODE_STORE, PLAT_GICD_BASE, 0, 0,
		 HYP_GUEST_EXIT_FAULT, PLAT_GICD_BASE},
		{"load just past its window", GUEST_MODE_LOAD,
		 GUEST_WINDOW + HYP_GUEST_WINDOW_SIZE, 0, 0,
		 HYP_GUEST_EXIT_FAULT, GUEST_WINDOW + HYP_GUEST_WINDOW_SIZE},
		{"load just below its window", GUEST_MODE_LOAD,
		 GUEST_WINDOW - 4, 0, 0, HYP_GUEST_EXIT_FAULT,
		 GUEST_WINDOW - 4},
		{"jump into the host kernel", GUEST_MODE_JUMP,
		 (uint32_t)(uintptr_t)hypstub_entry, 0, 0, HYP_GUEST_EXIT_FAULT,
		 (uint32_t)(uintptr_t)hypstub_entry},
		{"smc PSCI SYSTEM_OFF", GUEST_MODE_SMC, 0, 0x84000008, 0,
		 HYP_GUEST_EXIT_CALL, SMCCC_RET_NOT_SUPPORTED},
		{"smc PSCI CPU_OFF", GUEST_MODE_SMC, 0, 0x84000002, 0,
		 HYP_GUEST_EXIT_CALL, SMCCC_RET_NOT_SUPPORTED},
		{"hvc HVC_SOFT_RESTART into the host", GUEST_MODE_HVC, 0,
		 HVC_SOFT_RESTART, (uint32_t)(uintptr_t)hypstub_entry,
		 HYP_GUEST_EXIT_CALL, SMCCC_RET_NOT_SUPPORTED},
		{"hvc HVC_SET_VECTORS to its own window", GUEST_MODE_HVC, 0,
		 HVC_SET_VECTORS, GUEST_WINDOW, HYP_GUEST_EXIT_CALL,
		 SMCCC_RET_NOT_SUPPORTED},
		{"hvc HVC_RESET_VECTORS", GUEST_MODE_HVC, 0, HVC_RESET_VECTORS,
		 0, HYP_GUEST_EXIT_CALL, SMCCC_RET_NOT_SUPPORTED},
		{"hvc HYP_CALL_RUN_GUEST", GUEST_MODE_HVC, 0,
		 HYP_CALL_RUN_GUEST, GUEST_WINDOW, HYP_GUEST_EXIT_CALL,
		 SMCCC_RET_NOT_SUPPORTED},
		{"hvc HYP_CALL_READ_REGISTER", GUEST_MODE_HVC, 0,
		 HYP_CALL_READ_REGISTER, HYP_REG_VBAR, HYP_GUEST_EXIT_CALL,
		 SMCCC_RET_NOT_SUPPORTED},
		{"wfi and wfe", GUEST_MODE_WFI, 0, 0, 0, HYP_GUEST_EXIT_CALL,
		 GUEST_ALIVE},
		/*
		 * Not here: a set/way invalidate (GUEST_MODE_SETWAY). HCR.TSW
		 * traps it on hardware, but QEMU 7.2's ARMv7 CPUs do not
		 * implement the trap (and model no caches); see
		 * doc/robustness.md.
		 */
		{"write ACTLR", GUEST_MODE_ACTLR, 0, 0, 0, HYP_GUEST_EXIT_TRAP,
		 0},
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(escapes); i++) {
		const struct escape *e = &escapes[i];
		struct guest_data data = {.mode = e->mode,
					  .address = e->address,
					  .r0 = e->r0,
					  .r1 = e->r1};
		int before = failures;
		uint32_t detail1 = 0, detail2 = 0;
		uint32_t reason = guest_run(&data, &detail1, &detail2);

		check_eq("exit reason", reason, e->reason);
		if (e->reason != HYP_GUEST_EXIT_TRAP)
			check_eq("exit detail", detail1, e->detail1);
		check_hyp_unchanged(e->name);
		kprintf("#   %s: %s (exit %u, 0x%08x)\n", e->name,
			failures == before ? "stopped" : "NOT STOPPED", reason,
			detail1);
	}
	report("[GUEST-3]", "every escape attempt fails");
}

static void test_host_state(void)
{
	struct pl1_snapshot before, after;
	struct guest_data data = {.mode = GUEST_MODE_SYSREGS};
	uint32_t detail1 = 0, detail2 = 0, sp_before, sp_after, i;

	pl1_dirty();
	pl1_snapshot(&before);
	__asm__ volatile("mov %0, sp" : "=r"(sp_before));
	check_eq("exit", guest_run(&data, &detail1, &detail2),
		 HYP_GUEST_EXIT_CALL);
	__asm__ volatile("mov %0, sp" : "=r"(sp_after));
	check_eq("the guest ran", detail1, GUEST_ALIVE);
	pl1_snapshot(&after);
	for (i = 0; i < PL1_SNAPSHOT_COUNT; i++) {
		int failures_before = failures;

		check_eq("host PL1 register unchanged (low word)",
			 (uint32_t)after.value[i], (uint32_t)before.value[i]);
		check_eq("host PL1 register unchanged (high word)",
			 (uint32_t)(after.value[i] >> 32),
			 (uint32_t)(before.value[i] >> 32));
		if (failures != failures_before)
			kprintf("#   ... %s changed\n", pl1_snapshot_names[i]);
	}
	check_eq("host SP_svc unchanged", sp_after, sp_before);
	kprintf("#   %u PL1 registers and SP_svc compared\n",
		(uint32_t)PL1_SNAPSHOT_COUNT);
	check_hyp_unchanged("the guest rewrote its PL1 registers");
	check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	check_eq("hyp_install()", (uint32_t)hyp_install(), HYP_OK);
	report("[GUEST-4]", "the host's PL1 state survives the guest");
}

static void test_no_hypervisor(void)
{
	check_eq("RUN_GUEST on the boot stub",
		 hyp_call(HYP_CALL_RUN_GUEST, GUEST_WINDOW, GUEST_MODE_FUZZ, 0,
			  NULL, NULL, NULL),
		 HVC_STUB_ERR);
	report("[GUEST-1]", "no guest without the hypervisor");
}

static const struct {
	const char *rules;
	void (*run)(void);
} tests[] = {
	{"[GUEST-1]", test_no_hypervisor}, {"[GUEST-1]", test_windows},
	{"[GUEST-2]", test_guest_fuzz},	   {"[GUEST-3]", test_escapes},
	{"[GUEST-4]", test_host_state},
};

/* In .data: the test under way, + 1, should the machine restart in it. */
static uint32_t under_way __attribute__((section(".data")));

void hypstub_main(unsigned int cpu)
{
	/* The runner may start after a test that hung (tools/run-conformance).
	 */
	uint32_t first = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
	uint32_t index;

	kernel_cpu_init(cpu);
	if (under_way) {
		/* Only a guest that got out could have restarted us. */
		index = under_way - 1;
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
			check_eq("hyp_install()", (uint32_t)hyp_install(),
				 HYP_OK);
		tests[index].run();
	}
	under_way = 0;
	kprintf("# summary: %u passed, %u failed\n", number - first - failed,
		failed);
	plat_exit(failed ? 1 : 0);
}
