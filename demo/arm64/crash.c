// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo's crash kernel on AArch64 (demo/crash.c's mirror), loaded at
 * DEMO_CRASH_KERNEL_ADDR and entered by kdump or kexec with the arm64
 * Linux protocol (x0 = DTB, x1 = x2 = 0). It re-installs the boot stub
 * (hypstub_entry does), reports the level and registers it received,
 * starts the host's CPUs again, can kexec into itself (DEMO_PARAM_CHAIN
 * generations), and exits 0 when it was entered as the host kernel was.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../demo.h"

#define STOP_TIMEOUT_US 3000000

/* In .data: counts the generations of this image across kexec. */
static uint64_t generation __attribute__((section(".data")));

static volatile uint64_t secondary_modes[PLAT_MAX_CPUS];

/* The tools/demo words for the recorded mode, with its level. */
static const char *mode_name(hypstub_reg_t cpsr)
{
	switch (cpsr & PSR_MODE_MASK) {
	case PSR_MODE_HYP:
		return "HYP mode (EL2)";
	case PSR_MODE_SVC:
		return "SVC mode (EL1)";
	default:
		return "an unexpected mode";
	}
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	secondary_modes[cpu] = hypstub_boot_record(cpu)->cpsr & PSR_MODE_MASK;
	kernel_secondary_loop(cpu);
}

void hypstub_main(unsigned int cpu)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	uint32_t expected = *(volatile uint32_t *)DEMO_PARAM_EXPECTED_MODE;
	uint32_t chain = *(volatile uint32_t *)DEMO_PARAM_CHAIN;
	uint32_t cpus = *(volatile uint32_t *)DEMO_PARAM_CPUS;
	const void *dtb = (const void *)(uintptr_t)record->r0;
	struct hypstub_query_result query;
	struct kexec_image image;
	const char *bootargs = NULL;
	uint32_t dtb_size = 0, started;
	int ok;

	kernel_cpu_init(cpu);
	generation++;
	if (record->r0 >= PLAT_RAM_BASE &&
	    record->r0 < PLAT_RAM_BASE + PLAT_RAM_SIZE) {
		dtb_size = kexec_fdt_size(dtb, PLAT_RAM_BASE + PLAT_RAM_SIZE -
						       record->r0);
		bootargs = kernel_fdt_property(dtb, "chosen", "bootargs");
	}
	kprintf("[crash] generation %u: entered in %s, x0=0x%08x x1=0x%x "
		"x2=0x%x\n",
		(uint32_t)generation, mode_name(record->cpsr),
		(uint32_t)record->r0, (uint32_t)record->r1,
		(uint32_t)record->r2);
	kprintf("[crash] SCTLR_EL2 0x%08x, SCTLR_EL1 0x%08x at entry: MMUs "
		"%s\n",
		(uint32_t)record->hsctlr, (uint32_t)record->sctlr,
		(record->hsctlr | record->sctlr) & SCTLR_M ? "ON" : "off");
	kprintf("[crash] DTB at x0: %s (%u bytes), bootargs \"%s\"\n",
		dtb_size ? "valid" : "MISSING", dtb_size,
		bootargs ? bootargs : "");
	if (hypstub_hyp_available()) {
		hypstub_query(&query);
		kprintf("[crash] boot stub re-installed: HYPSTUB_CALL_QUERY "
			"answered by %s, ABI version %u\n",
			query.implementer == HYPSTUB_IMPL_BOOT_STUB
				? "the boot stub"
				: "someone else",
			query.version);
	}
	ok = (record->cpsr & PSR_MODE_MASK) == expected && record->r1 == 0 &&
	     record->r2 == 0 && dtb_size != 0;
	kernel_gic_init();
	started = kernel_start_secondaries();
	if (cpus > started + 1) {
		kprintf("[crash] only %u of the host's %u CPUs started\n",
			started + 1, cpus);
		ok = 0;
	}
	if (started > 0) {
		unsigned int other;

		for (other = 0; other < PLAT_MAX_CPUS; other++) {
			if (other == cpu || !kernel_cpu_online(other))
				continue;
			kprintf("[crash] CPU %u started with CPU_ON: entered "
				"in %s\n",
				other, mode_name(secondary_modes[other]));
			ok = ok && secondary_modes[other] == expected;
		}
	}
	if (ok && generation <= chain) {
		kprintf("[crash] kexec into generation %u\n",
			(uint32_t)generation + 1);
		kernel_stop_other_cpus(1, STOP_TIMEOUT_US);
		kexec_image_linux(&image, &memory, DEMO_CRASH_KERNEL_ADDR,
				  record->r0);
		kexec(&image);
		kprintf("[crash] kexec failed\n");
		plat_exit(1);
	}
	if (ok)
		kprintf("[crash] done: the crash kernel runs in %s on every "
			"CPU, as the host kernel was entered\n",
			mode_name(record->cpsr));
	else
		kprintf("[crash] FAILED: expected %s, x0 = a DTB, x1 = x2 = "
			"0\n",
			mode_name(expected));
	plat_exit(ok ? 0 : 1);
}
