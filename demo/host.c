// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo's host kernel: boots on the stub, runs in SVC with its MMU and
 * caches on, installs the resident hypervisor, then either panics in an IRQ
 * handler and reaches the crash kernel with kdump (SCENARIO=kdump) or
 * restarts into it with kexec (SCENARIO=kexec). Each step is printed.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "demo.h"

static unsigned int step;

static void say(const char *what)
{
	kprintf("[host ] %2u. %s\n", ++step, what);
}

static void fail(const char *what)
{
	kprintf("[host ] FAILED: %s\n", what);
	plat_exit(1);
}

static struct kexec_image payload;
static unsigned int cpus = 1;

#define STOP_TIMEOUT_US 200000

/* Each secondary CPU: MMU on, the hypervisor installed, then idle. */
static void secondary_install(unsigned int cpu, void *arg)
{
	int result = hyp_install();

	(void)arg;
	kprintf("[host ]     CPU %u: entered in %s mode, hypervisor: %s\n", cpu,
		hypstub_mode_name(hypstub_boot_record(cpu)->cpsr),
		hyp_error_string(result));
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_mmu_enable();
	kernel_secondary_loop(cpu);
}

/* Stop the other CPUs before a restart; say which did not stop. */
static void stop_others(int uninstall_hyp)
{
	uint32_t still_on;

	if (cpus < 2)
		return;
	still_on = kernel_stop_other_cpus(uninstall_hyp, STOP_TIMEOUT_US);
	kprintf("[host ] %2u. other CPUs stopped%s (PSCI CPU_OFF from HYP); "
		"still on: 0x%x\n",
		++step, uninstall_hyp ? ", hypervisor uninstalled on each" : "",
		still_on);
}

static void panic_in_irq(uint32_t iar)
{
	int result;

	kprintf("[host ] %2u. IRQ %u taken in %s mode: simulated fault, "
		"panic!\n",
		++step, kernel_irq_number(iar), hypstub_mode_name(read_cpsr()));
	/* Linux's crash path ends the active interrupts too. */
	kernel_irq_end(iar);
	stop_others(0);
	say(hypstub_hyp_available()
		    ? "kdump: nothing uninstalled, straight to HVC_SOFT_RESTART"
		    : "kdump: no HYP, no hvc: straight to the payload, in SVC");
	result = kdump(&payload);
	kprintf("[host ] kdump returned %d\n", result);
	fail("kdump");
}

void hypstub_main(unsigned int cpu)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	uint32_t entry = *(volatile uint32_t *)DEMO_PARAM_PAYLOAD;
	uint32_t scenario = *(volatile uint32_t *)DEMO_PARAM_SCENARIO;
	uint32_t cpsr = read_cpsr();
	uint32_t dtb_size;
	int result;

	kernel_cpu_init(cpu);
	kprintf("\n");
	kprintf("[host ] %2u. entered in %s mode (CPSR 0x%08x) on CPU %u\n",
		++step, hypstub_mode_name(record->cpsr), record->cpsr, cpu);
	if (hypstub_hyp_available())
		say("boot stub installed in HYP, HYP in a known state");
	else
		say("not entered in HYP: no stub, no hvc from this kernel");
	kprintf("[host ] %2u. running in %s mode, exceptions masked: %s\n",
		++step, hypstub_mode_name(cpsr),
		(cpsr & PSR_AIF_MASK) == PSR_AIF_MASK ? "yes" : "no");

	dtb_size = kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR, &memory);
	if (dtb_size == 0)
		fail("no DTB from QEMU at 0x40000000");
	kprintf("[host ] %2u. DTB (%u bytes) copied from 0x%08x to 0x%08x, "
		"clear of the payload\n",
		++step, dtb_size, PLAT_DTB_ADDR, PLAT_DTB_COPY_ADDR);

	if (entry == 0)
		entry = DEMO_CRASH_KERNEL_ADDR;
	result =
		kexec_image_linux(&payload, &memory, entry, PLAT_DTB_COPY_ADDR);
	if (result != KEXEC_OK)
		fail("the payload's entry or DTB is outside RAM");
	kprintf("[host ] %2u. payload at 0x%08x%s: r0=0 r1=0x%x r2=0x%08x\n",
		++step, entry,
		entry == DEMO_CRASH_KERNEL_ADDR ? " (the crash kernel)" : "",
		payload.r1, payload.r2);
	*(volatile uint32_t *)DEMO_PARAM_EXPECTED_MODE =
		record->cpsr & PSR_MODE_MASK;

	kernel_mmu_enable();
	say("SVC MMU and caches on (identity map)");
	if (hypstub_hyp_available()) {
		uint32_t hsctlr = 0;

		result = hyp_install();
		if (result != HYP_OK)
			fail(hyp_error_string(result));
		hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0, &hsctlr,
			 NULL, NULL);
		kprintf("[host ] %2u. resident hypervisor installed: HSCTLR "
			"0x%08x, HYP MMU %s\n",
			++step, hsctlr, hsctlr & SCTLR_M ? "on" : "off");
	}

	cpus += kernel_start_secondaries();
	if (cpus > 1) {
		unsigned int other;

		kprintf("[host ] %2u. %u secondary CPUs started with PSCI "
			"CPU_ON\n",
			++step, cpus - 1);
		for (other = 0; other < PLAT_MAX_CPUS; other++)
			if (other != cpu && kernel_cpu_online(other))
				kernel_run_on(other, secondary_install, NULL,
					      1);
	}

	*(volatile uint32_t *)DEMO_PARAM_CPUS = cpus;

	if (scenario == DEMO_SCENARIO_KEXEC) {
		stop_others(1);
		say(hypstub_hyp_available()
			    ? "kexec: hypervisor uninstalled "
			      "(HVC_RESET_VECTORS), "
			      "then HVC_SOFT_RESTART"
			    : "kexec: straight to the payload, in SVC");
		result = kexec(&payload);
		kprintf("[host ] kexec returned %d\n", result);
		fail("kexec");
	}
	kernel_gic_init();
	kernel_set_irq_hook(panic_in_irq);
	say("IRQs on; a device interrupt is coming");
	kernel_send_sgi_to_self(DEMO_PANIC_SGI);
	__asm__ volatile("cpsie i\n\tisb" ::: "memory");
	for (;;)
		__asm__ volatile("wfi");
}
