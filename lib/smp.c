// SPDX-License-Identifier: BSD-2-Clause
/*
 * Secondary CPUs for the demo and test kernels: start them with PSCI CPU_ON
 * at hypstub_secondary_entry, run work on them through a per-CPU mailbox
 * (an SGI wakes them), and stop them for kexec or kdump (another SGI, whose
 * handler calls kexec_cpu_stop()).
 */
#include <arch/sysreg.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/psci.h>

#define START_TIMEOUT_LOOPS 50000000u

#if defined(__aarch64__)
#define IRQ_UNMASK "msr daifclr, #2"
#else
#define IRQ_UNMASK "cpsie i"
#endif

/* The two words first: no padding at either pointer width. */
struct cpu_mailbox {
	volatile uint32_t online;
	volatile uint32_t done;
	void (*volatile work)(unsigned int cpu, void *arg);
	void *volatile arg;
};

static struct cpu_mailbox mailboxes[PLAT_MAX_CPUS];
static volatile int stop_uninstalls_hyp;

int kernel_cpu_online(unsigned int cpu)
{
	return cpu < PLAT_MAX_CPUS && mailboxes[cpu].online;
}

int kernel_start_cpu(unsigned int cpu)
{
	uint32_t loops;
	int32_t result;

	if (cpu >= PLAT_MAX_CPUS)
		return PSCI_RET_INVALID_PARAMETERS;
	result = plat_psci_cpu_on(plat_cpu_mpidr(cpu),
				  (uint32_t)(uintptr_t)hypstub_secondary_entry,
				  cpu);
	if (result != PSCI_RET_SUCCESS)
		return result;
	for (loops = 0; loops < START_TIMEOUT_LOOPS; loops++)
		if (mailboxes[cpu].online)
			return PSCI_RET_SUCCESS;
	return KERNEL_CPU_START_TIMEOUT;
}

unsigned int kernel_start_secondaries(void)
{
	unsigned int cpu, started = 0;

	/* The caller counts as online: others may have to stop it. */
	mailboxes[plat_cpu_index()].online = 1;
	/*
	 * PSCI through "smc" is what QEMU offers with virtualization=on.
	 * Without HYP its conduit is "hvc", which these kernels do not use:
	 * they stay on one CPU.
	 */
	if (!hypstub_hyp_available())
		return 0;
	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++) {
		int result;

		if (cpu == plat_cpu_index())
			continue;
		result = kernel_start_cpu(cpu);
		if (result == PSCI_RET_INVALID_PARAMETERS)
			break; /* no such CPU: the machine has no more */
		if (result == PSCI_RET_SUCCESS)
			started++;
		else
			kprintf("kernel: CPU %u did not start (%d)\n", cpu,
				result);
	}
	return started;
}

static void secondary_irq(uint32_t iar)
{
	uint32_t number = kernel_irq_number(iar);

	kernel_irq_end(iar);
	if (number == KERNEL_STOP_SGI) {
		mailboxes[plat_cpu_index()].online = 0;
		dsb();
		kexec_cpu_stop(stop_uninstalls_hyp);
	}
	/* KERNEL_CALL_SGI only wakes the CPU: the loop runs the work. */
}

void kernel_secondary_loop(unsigned int cpu)
{
	struct cpu_mailbox *mailbox = &mailboxes[cpu];

	kernel_gic_init();
	kernel_set_irq_hook(secondary_irq);
	mailbox->online = 1;
	dsb();
	__asm__ volatile(IRQ_UNMASK ::: "memory");
	for (;;) {
		void (*work)(unsigned int, void *) = mailbox->work;

		if (work) {
			work(cpu, mailbox->arg);
			mailbox->work = NULL;
			dsb();
			mailbox->done = 1;
			dsb();
			continue;
		}
		__asm__ volatile("wfi" ::: "memory");
	}
}

void kernel_run_on(unsigned int cpu, void (*work)(unsigned int, void *),
		   void *arg, int wait)
{
	struct cpu_mailbox *mailbox = &mailboxes[cpu];

	if (cpu == plat_cpu_index()) {
		work(cpu, arg);
		return;
	}
	mailbox->done = 0;
	mailbox->arg = arg;
	dsb();
	mailbox->work = work;
	dsb();
	kernel_send_sgi(1u << cpu, KERNEL_CALL_SGI);
	if (wait)
		kernel_wait_for(cpu);
}

void kernel_wait_for(unsigned int cpu)
{
	if (cpu == plat_cpu_index())
		return;
	while (!mailboxes[cpu].done)
		;
}

uint32_t kernel_online_mask(void)
{
	uint32_t mask = 0;
	unsigned int cpu;

	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++)
		if (mailboxes[cpu].online || cpu == plat_cpu_index())
			mask |= 1u << cpu;
	return mask;
}

uint32_t kernel_stop_other_cpus(int uninstall_hyp, uint32_t timeout_us)
{
	uint32_t others = kernel_online_mask() & ~(1u << plat_cpu_index());

	if (others == 0)
		return 0;
	stop_uninstalls_hyp = uninstall_hyp;
	dsb();
	kernel_send_sgi(others, KERNEL_STOP_SGI);
	return kexec_wait_cpus_off(others, timeout_us);
}
