// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo's host kernel on AArch64 (demo/host.c's mirror): boots on the
 * stub, runs at EL1 with its MMU and caches on, installs the resident
 * hypervisor (hyp/arm64, nVHE: EL2 keeps its own MMU), then either panics
 * in an IRQ handler and reaches the crash kernel with kdump
 * (SCENARIO=kdump) or restarts into it with kexec (SCENARIO=kexec). A
 * PAYLOAD must be an arm64 Linux Image: its header is checked first. Each
 * step is printed.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../demo.h"

#define STOP_TIMEOUT_US 3000000

static unsigned int step;
static struct kexec_image payload;
static unsigned int cpus = 1;

static void say(const char *what)
{
	kprintf("[host ] %2u. %s\n", ++step, what);
}

static void fail(const char *what)
{
	kprintf("[host ] FAILED: %s\n", what);
	plat_exit(1);
}

/* "HYP (EL2)" or "SVC (EL1)": the recorded mode, and the level it means. */
static const char *mode_name(hypstub_reg_t cpsr)
{
	switch (cpsr & PSR_MODE_MASK) {
	case PSR_MODE_HYP:
		return "HYP (EL2)";
	case PSR_MODE_SVC:
		return "SVC (EL1)";
	default:
		return "an unexpected";
	}
}

static uint32_t current_el(void)
{
	uint64_t el;

	__asm__ volatile("mrs %0, CurrentEL" : "=r"(el));
	return (uint32_t)(el >> 2) & 3;
}

/* Each secondary CPU: MMU on, the hypervisor installed, then idle. */
static void secondary_install(unsigned int cpu, void *arg)
{
	int result = hyp_install();

	(void)arg;
	kprintf("[host ]     CPU %u: entered in %s mode, hypervisor: %s\n", cpu,
		mode_name(hypstub_boot_record(cpu)->cpsr),
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
	kprintf("[host ] %2u. other CPUs stopped%s (PSCI CPU_OFF from EL2); "
		"still on: 0x%x\n",
		++step, uninstall_hyp ? ", hypervisor uninstalled on each" : "",
		still_on);
}

static void panic_in_irq(uint32_t iar)
{
	int result;

	kprintf("[host ] %2u. IRQ %u taken at EL%u: simulated fault, panic!\n",
		++step, kernel_irq_number(iar), current_el());
	/* Linux's crash path ends the active interrupts too. */
	kernel_irq_end(iar);
	stop_others(0);
	say(hypstub_hyp_available()
		    ? "kdump: the resident hypervisor stays, straight to "
		      "HVC_SOFT_RESTART"
		    : "kdump: no EL2, no hvc: straight to the payload, at EL1");
	result = kdump(&payload);
	kprintf("[host ] kdump returned %d\n", result);
	fail("kdump");
}

static void describe_payload(uint64_t entry, const struct kexec_memory *memory)
{
	int result;

	if (entry == DEMO_CRASH_KERNEL_ADDR) {
		result = kexec_image_linux(&payload, memory, entry,
					   PLAT_DTB_COPY_ADDR);
		if (result != KEXEC_OK)
			fail("the crash kernel's entry or DTB is outside RAM");
		kprintf("[host ] %2u. payload at 0x%08x (the crash kernel): "
			"x0=0x%08x (DTB) x1=0 x2=0\n",
			++step, (uint32_t)entry, (uint32_t)payload.r0);
		return;
	}
	result = kexec_image_arm64(&payload, memory, entry, PLAT_DTB_COPY_ADDR);
	if (result == KEXEC_ERR_IMAGE)
		fail("the payload is not an arm64 Image that can run where it "
		     "was loaded (magic, size, 2 MiB-aligned base, RAM)");
	if (result != KEXEC_OK)
		fail("the payload's entry or DTB is misplaced (outside RAM, or "
		     "the Image covers the DTB)");
	kprintf("[host ] %2u. payload at 0x%08x: an arm64 Image, header "
		"checked; x0=0x%08x (DTB) x1=0 x2=0 x3=0\n",
		++step, (uint32_t)entry, (uint32_t)payload.r0);
}

void hypstub_main(unsigned int cpu)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	uint64_t entry = *(volatile uint32_t *)DEMO_PARAM_PAYLOAD;
	uint32_t scenario = *(volatile uint32_t *)DEMO_PARAM_SCENARIO;
	uint32_t dtb_size;
	int result;

	kernel_cpu_init(cpu);
	kprintf("\n");
	kprintf("[host ] %2u. entered in %s mode on CPU %u (AArch64)\n", ++step,
		mode_name(record->cpsr), cpu);
	if (hypstub_hyp_available())
		say("boot stub installed at EL2, EL2 in a known state");
	else
		say("not entered at EL2: no stub, no hvc from this kernel");
	kprintf("[host ] %2u. running at EL%u, exceptions masked: %s\n", ++step,
		current_el(),
		(read_daif() & DAIF_AIF_MASK) == DAIF_AIF_MASK ? "yes" : "no");

	dtb_size = kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR, &memory);
	if (dtb_size == 0)
		fail("no DTB from QEMU at 0x40000000");
	kprintf("[host ] %2u. DTB (%u bytes) copied from 0x%08x to 0x%08x, "
		"clear of the payload\n",
		++step, dtb_size, PLAT_DTB_ADDR, PLAT_DTB_COPY_ADDR);

	if (entry == 0)
		entry = DEMO_CRASH_KERNEL_ADDR;
	describe_payload(entry, &memory);
	*(volatile uint32_t *)DEMO_PARAM_EXPECTED_MODE =
		(uint32_t)(record->cpsr & PSR_MODE_MASK);

	kernel_mmu_enable();
	say("EL1 MMU and caches on (identity map)");
	if (hypstub_hyp_available()) {
		hypstub_reg_t sctlr = 0;

		result = hyp_install();
		if (result != HYP_OK)
			fail(hyp_error_string(result));
		hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0, &sctlr,
			 NULL, NULL);
		kprintf("[host ] %2u. resident hypervisor installed (nVHE, "
			"hyp/arm64): SCTLR_EL2 0x%08x, EL2 MMU %s\n",
			++step, (uint32_t)sctlr,
			sctlr & SCTLR_M ? "on" : "off");
	}

	kernel_gic_init();
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
			      "(HVC_RESET_VECTORS), then HVC_SOFT_RESTART"
			    : "kexec: straight to the payload, at EL1");
		result = kexec(&payload);
		kprintf("[host ] kexec returned %d\n", result);
		fail("kexec");
	}
	kernel_set_irq_hook(panic_in_irq);
	say("IRQs on; a device interrupt is coming");
	kernel_send_sgi_to_self(DEMO_PANIC_SGI);
	__asm__ volatile("msr daifclr, #2\n\tisb" ::: "memory");
	for (;;)
		__asm__ volatile("wfi");
}
