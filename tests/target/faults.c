// SPDX-License-Identifier: BSD-2-Clause
/*
 * kdump fault injection (doc/robustness.md): panic at many points, each in
 * its own generation of this image, which is also the crash kernel. Every
 * trial must reach the crash kernel in HYP with the documented registers.
 * Prints TAP, one test per trial, and "kdump fault injection: S of T trials
 * reached the crash kernel in HYP". Trials that need a second CPU are
 * skipped (and say so) with -smp 1.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

#include "guest.h"
#include "test_kernel.h"

#define PANIC_SGI 1
#define STOP_TIMEOUT_US 200000

extern const char stub_vectors[];
extern const char hyp_vectors[];

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

enum trial {
	TRIAL_STUB,
	TRIAL_BETWEEN_INSTALL_STEPS,
	TRIAL_HYP_INSTALLED,
	TRIAL_HYP_AND_SVC_MMU,
	TRIAL_IRQ_HANDLER,
	TRIAL_AFTER_CYCLES,
	TRIAL_AFTER_GUEST,
	TRIAL_SECONDARY_IN_HYP,
	TRIAL_COUNT
};

static const char *const trial_names[TRIAL_COUNT] = {
	[TRIAL_STUB] = "boot stub only, task context",
	[TRIAL_BETWEEN_INSTALL_STEPS] =
		"between HVC_SET_VECTORS and HYP_CALL_INIT of an install",
	[TRIAL_HYP_INSTALLED] = "hypervisor installed, HYP MMU on",
	[TRIAL_HYP_AND_SVC_MMU] = "hypervisor installed, SVC MMU and caches on",
	[TRIAL_IRQ_HANDLER] = "in an IRQ handler, hypervisor and SVC MMU on",
	[TRIAL_AFTER_CYCLES] = "after 100 install/uninstall cycles",
	[TRIAL_AFTER_GUEST] = "after a guest ran under the hypervisor",
	[TRIAL_SECONDARY_IN_HYP] =
		"while a secondary CPU is in and out of HYP (hvc storm)",
};

/* In .data: it survives the restarts. */
struct fault_suite {
	uint32_t started;
	uint32_t trial;
	uint32_t reached;
	uint32_t secondaries; /* the trial's CPUs to find off */
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
	/* In and out of HYP for ever, IRQs on so the stop can come. */
	__asm__ volatile("cpsie i" ::: "memory");
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

static int run_trial(enum trial trial)
{
	struct guest_data data = {
		.mode = GUEST_MODE_FUZZ, .seed = 5, .calls = 1000};
	uint32_t i, d1, d2;

	switch (trial) {
	case TRIAL_STUB:
		break;
	case TRIAL_BETWEEN_INSTALL_STEPS:
		hypstub_set_vectors((uint32_t)(uintptr_t)hyp_vectors);
		break;
	case TRIAL_HYP_INSTALLED:
		hyp_install();
		break;
	case TRIAL_HYP_AND_SVC_MMU:
		hyp_install();
		kernel_mmu_enable();
		break;
	case TRIAL_IRQ_HANDLER:
		hyp_install();
		kernel_mmu_enable();
		kernel_gic_init();
		kernel_set_irq_hook(panic_in_irq);
		kernel_send_sgi_to_self(PANIC_SGI);
		__asm__ volatile("cpsie i\n\tisb" ::: "memory");
		for (;;)
			__asm__ volatile("wfi");
	case TRIAL_AFTER_CYCLES:
		for (i = 0; i < 100; i++) {
			hyp_install();
			hyp_uninstall();
		}
		hyp_install();
		break;
	case TRIAL_AFTER_GUEST:
		hyp_install();
		guest_run(&data, &d1, &d2);
		break;
	case TRIAL_SECONDARY_IN_HYP:
		if (kernel_start_secondaries() == 0)
			return 0;
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
		return 0;
	}
	panic_now();
}

static int arrived_in_hyp(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());
	int ok = 1;
	unsigned int cpu;

	ok &= (record->cpsr & (PSR_MODE_MASK | PSR_AIF_MASK)) ==
	      (PSR_MODE_HYP | PSR_AIF_MASK);
	ok &= record->r0 == 0 && record->r1 == KEXEC_LINUX_MACHINE_DT &&
	      record->r2 == PLAT_DTB_COPY_ADDR;
	ok &= (record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I)) == 0;
	ok &= (record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I)) == 0;
	ok &= record->hvbar == (uint32_t)(uintptr_t)stub_vectors;
	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++) {
		if (!(suite.secondaries & (1u << cpu)))
			continue;
		if (plat_psci_affinity_info(plat_cpu_mpidr(cpu)) !=
		    PSCI_AFFINITY_OFF) {
			kprintf("#   CPU %u is not off\n", cpu);
			ok = 0;
		} else if (kernel_start_cpu(cpu) != PSCI_RET_SUCCESS ||
			   (hypstub_boot_record(cpu)->cpsr & PSR_MODE_MASK) !=
				   PSR_MODE_HYP) {
			kprintf("#   CPU %u did not restart in HYP\n", cpu);
			ok = 0;
		}
	}
	if (!ok)
		kprintf("#   CPSR 0x%08x r0-r2 0x%x 0x%x 0x%x HSCTLR 0x%08x "
			"HVBAR 0x%08x\n",
			record->cpsr, record->r0, record->r1, record->r2,
			record->hsctlr, record->hvbar);
	return ok;
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
		if (!kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR,
				    &memory)) {
			kprintf("Bail out! no DTB\n");
			plat_exit(1);
		}
	} else {
		int ok = arrived_in_hyp();

		suite.reached += ok;
		kprintf("%s %u - [KDUMP-4] panic %s: crash kernel in HYP\n",
			ok ? "ok" : "not ok", suite.trial + 1,
			trial_names[suite.trial]);
		suite.trial++;
		suite.secondaries = 0;
	}
	kexec_image_linux(&crash, &memory, (uint32_t)(uintptr_t)hypstub_entry,
			  PLAT_DTB_COPY_ADDR);
	while (suite.trial < TRIAL_COUNT) {
		kprintf("# running %u %u [KDUMP-4]\n# trial: %s\n",
			suite.trial + 1, suite.trial, trial_names[suite.trial]);
		if (run_trial((enum trial)suite.trial))
			break;
		/* Not possible here (one CPU): say so, count it as not run. */
		kprintf("ok %u - [KDUMP-4] # SKIP %s: needs -smp 2\n",
			suite.trial + 1, trial_names[suite.trial]);
		suite.trial++;
	}
	kprintf("kdump fault injection: %u of %u trials reached the crash "
		"kernel in HYP\n",
		suite.reached, suite.trial);
	kprintf("# summary: %u passed, %u failed\n", suite.reached,
		suite.trial - suite.reached);
	plat_exit(suite.reached == suite.trial ? 0 : 1);
}
