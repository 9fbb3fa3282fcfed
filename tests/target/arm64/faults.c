// SPDX-License-Identifier: BSD-2-Clause
/*
 * kdump fault injection on AArch64 (doc/robustness.md), as
 * tests/target/faults.c does it on AArch32: panic at many points, each in
 * its own generation of this image, which is also the crash kernel. Every
 * trial must reach the crash kernel at EL2 with the arm64 boot protocol's
 * registers ([KDUMP-4], [A64-KEXEC-1]): x0 = the DTB, x1 = x2 = 0, DAIF
 * masked, SCTLR_EL1 and SCTLR_EL2 with M, C and I clear, VBAR_EL2 at the
 * boot stub's vectors, and every CPU the trial stopped off and started
 * again at EL2. Prints TAP, one test per trial, and "kdump fault
 * injection: S of T trials reached the crash kernel at EL2". Trials that
 * need a second CPU are skipped (and say so) with -smp 1; the trial after
 * a guest (tests/target/arm64/guest_code.S, 1000 random hvc and smc) is
 * skipped, saying so, if the hypervisor runs none (HYP_CALL_RUN_GUEST not
 * in its features bitmap).
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

#include "guest.h"
#include "test64.h"

#define PANIC_SGI 1
#define STOP_TIMEOUT_US 200000
#define CYCLES 100

extern const char stub_vectors[];
extern const char hyp_vectors[];

enum trial {
	TRIAL_STUB,
	TRIAL_BETWEEN_INSTALL_STEPS,
	TRIAL_HYP_INSTALLED,
	TRIAL_HYP_AND_EL1_MMU,
	TRIAL_IRQ_HANDLER,
	TRIAL_AFTER_CYCLES,
	TRIAL_AFTER_GUEST,
	TRIAL_SECONDARY_IN_EL2,
	TRIAL_COUNT
};

static const char *const trial_names[TRIAL_COUNT] = {
	[TRIAL_STUB] = "boot stub only, task context",
	[TRIAL_BETWEEN_INSTALL_STEPS] =
		"between HVC_SET_VECTORS and HYP_CALL_INIT of an install",
	[TRIAL_HYP_INSTALLED] = "hypervisor installed, EL2 MMU on",
	[TRIAL_HYP_AND_EL1_MMU] = "hypervisor installed, EL1 MMU and caches on",
	[TRIAL_IRQ_HANDLER] = "in an IRQ handler, hypervisor and EL1 MMU on",
	[TRIAL_AFTER_CYCLES] = "after 100 install/uninstall cycles",
	[TRIAL_AFTER_GUEST] = "after a guest ran under the hypervisor",
	[TRIAL_SECONDARY_IN_EL2] =
		"while a secondary CPU is in and out of EL2 (hvc storm)",
};

/* Why a trial cannot run here, or NULL. */
static const char *skipped;

/* In .data: it survives the restarts. */
struct fault_suite {
	uint64_t started;
	uint64_t trial;
	uint64_t reached;
	uint64_t secondaries; /* the trial's CPUs to find off */
	uint64_t skips;
};
static struct fault_suite suite __attribute__((section(".data")));

static struct kexec_image crash;

static void panic_now(void) __attribute__((noreturn));
static void panic_now(void)
{
	uint32_t still_on;

	still_on = kernel_stop_other_cpus(0, STOP_TIMEOUT_US);
	if (still_on)
		kprintf("# kdump: CPUs still on: 0x%x\n", still_on);
	kdump(&crash);
	kprintf("Bail out! kdump returned\n");
	plat_exit(1);
}

static void panic_in_irq(uint32_t iar)
{
	kernel_irq_end(iar);
	panic_now();
}

static void storm(unsigned int cpu, void *arg)
{
	(void)cpu;
	(void)arg;
	/* In and out of EL2 for ever, IRQs on so the stop can come. */
	__asm__ volatile("msr daifclr, #2\n\tisb" ::: "memory");
	for (;;) {
		hyp_call(HYP_CALL_PING, 0, 0, 0, NULL, NULL, NULL);
		hypstub_reset_vectors();
		hyp_install();
	}
}

static void secondary_install(unsigned int cpu, void *arg)
{
	(void)cpu;
	(void)arg;
	hyp_install();
}

/* Does the installed hypervisor implement HYP_CALL_RUN_GUEST? */
static int hyp_runs_guests(void)
{
	hypstub_reg_t bitmap = 0;

	if (hyp_call(HYP_CALL_FEATURES, 0, 0, 0, NULL, NULL, &bitmap) !=
	    SMCCC_RET_SUCCESS)
		return 0;
	return ((bitmap >> (HYP_CALL_RUN_GUEST - HYP_CALL_BASE)) & 1) != 0;
}

/* Returns only when the trial cannot run here (skipped says why). */
static void run_trial(enum trial trial)
{
	const struct guest_data guest = {
		.mode = GUEST_MODE_FUZZ, .seed = 5, .calls = 1000};
	uint64_t detail1, detail2;
	uint32_t i;

	skipped = NULL;
	switch (trial) {
	case TRIAL_STUB:
		break;
	case TRIAL_BETWEEN_INSTALL_STEPS:
		hypstub_set_vectors((hypstub_reg_t)(uintptr_t)hyp_vectors);
		break;
	case TRIAL_HYP_INSTALLED:
		hyp_install();
		break;
	case TRIAL_HYP_AND_EL1_MMU:
		hyp_install();
		kernel_mmu_enable();
		break;
	case TRIAL_IRQ_HANDLER:
		hyp_install();
		kernel_mmu_enable();
		kernel_gic_init();
		kernel_set_irq_hook(panic_in_irq);
		kernel_send_sgi_to_self(PANIC_SGI);
		__asm__ volatile("msr daifclr, #2\n\tisb" ::: "memory");
		for (;;)
			__asm__ volatile("wfi");
	case TRIAL_AFTER_CYCLES:
		for (i = 0; i < CYCLES; i++) {
			hyp_install();
			hyp_uninstall();
		}
		hyp_install();
		break;
	case TRIAL_AFTER_GUEST:
		hyp_install();
		if (!hyp_runs_guests()) {
			hyp_uninstall();
			skipped = "the hypervisor runs no guest";
			return;
		}
		(void)guest_run(&guest, &detail1, &detail2);
		break;
	case TRIAL_SECONDARY_IN_EL2:
		if (kernel_start_secondaries() == 0) {
			skipped = "needs -smp 2";
			return;
		}
		suite.secondaries = kernel_online_mask() &
				    ~(1u << hypstub_boot_cpu_index());
		for (i = 0; i < PLAT_MAX_CPUS; i++)
			if (suite.secondaries & (1u << i)) {
				kernel_run_on(i, secondary_install, NULL, 1);
				kernel_run_on(i, storm, NULL, 0);
			}
		hyp_install();
		for (i = 0; i < 100000; i++)
			__asm__ volatile("nop");
		break;
	default:
		skipped = "no such trial";
		return;
	}
	panic_now();
}

static int arrived_at_el2(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());
	int before = test64_failures;
	unsigned int cpu;

	check_eq("entered at EL2, A, I, F masked",
		 record->cpsr & (PSR_MODE_MASK | PSR_AIF_MASK),
		 PSR_MODE_HYP | PSR_AIF_MASK);
	check_eq("x0 = the DTB", record->r0, PLAT_DTB_COPY_ADDR);
	check_eq("x1", record->r1, 0);
	check_eq("x2", record->r2, 0);
	check_eq("SCTLR_EL2.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("SCTLR_EL1.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("VBAR_EL2: the boot stub's", record->hvbar,
		 (uint64_t)(uintptr_t)stub_vectors);
	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++) {
		if (!(suite.secondaries & (1u << cpu)))
			continue;
		check_eq("a stopped CPU is off",
			 (uint64_t)(int64_t)plat_psci_affinity_info(
				 plat_cpu_mpidr(cpu)),
			 PSCI_AFFINITY_OFF);
		check_eq("CPU_ON starts it again",
			 (uint64_t)(int64_t)kernel_start_cpu(cpu),
			 PSCI_RET_SUCCESS);
		check_eq("it entered at EL2",
			 hypstub_boot_record(cpu)->cpsr & PSR_MODE_MASK,
			 PSR_MODE_HYP);
	}
	return test64_failures == before;
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_secondary_loop(cpu);
}

void hypstub_main(unsigned int cpu)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};

	kernel_cpu_init(cpu);
	if (!suite.started) {
		suite.started = 1;
		kprintf("1..%u\n", TRIAL_COUNT);
		if (!hypstub_hyp_available()) {
			kprintf("Bail out! entered at EL1: kdump's trials need "
				"EL2\n");
			plat_exit(1);
		}
		if (!kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR,
				    &memory)) {
			kprintf("Bail out! no DTB\n");
			plat_exit(1);
		}
	} else {
		int ok = arrived_at_el2();

		suite.reached += ok;
		kprintf("%s %u - [KDUMP-4] [A64-KEXEC-1] panic %s: crash "
			"kernel at EL2\n",
			ok ? "ok" : "not ok", (uint32_t)suite.trial + 1,
			trial_names[suite.trial]);
		suite.trial++;
		suite.secondaries = 0;
	}
	kexec_image_linux(&crash, &memory, (uint64_t)(uintptr_t)hypstub_entry,
			  PLAT_DTB_COPY_ADDR);
	while (suite.trial < TRIAL_COUNT) {
		kprintf("# running %u %u [KDUMP-4] [A64-KEXEC-1]\n# trial: "
			"%s\n",
			(uint32_t)suite.trial + 1, (uint32_t)suite.trial,
			trial_names[suite.trial]);
		run_trial((enum trial)suite.trial);
		/* Not possible here: say so, count it as not run. */
		kprintf("ok %u - [KDUMP-4] # SKIP %s: %s\n",
			(uint32_t)suite.trial + 1, trial_names[suite.trial],
			skipped);
		suite.skips++;
		suite.trial++;
	}
	kprintf("kdump fault injection: %u of %u trials reached the crash "
		"kernel at EL2 (%u skipped)\n",
		(uint32_t)suite.reached, (uint32_t)(suite.trial - suite.skips),
		(uint32_t)suite.skips);
	kprintf("# summary: %u passed, %u failed\n", (uint32_t)suite.reached,
		(uint32_t)(suite.trial - suite.skips - suite.reached));
	plat_exit(suite.reached == suite.trial - suite.skips ? 0 : 1);
}
