// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo's crash kernel, loaded at DEMO_CRASH_KERNEL_ADDR by QEMU's
 * "-device loader" and entered by kdump or kexec. It re-installs the boot
 * stub (hypstub_entry does), reports the mode and registers it received, can
 * kexec into itself again (DEMO_PARAM_CHAIN generations), and exits 0 when
 * it was entered in the mode the host kernel expected.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "demo.h"

/* In .data: counts the generations of this image across kexec. */
static uint32_t generation __attribute__((section(".data")));

static volatile uint32_t secondary_modes[PLAT_MAX_CPUS];

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
	const void *dtb = (const void *)(uintptr_t)record->r2;
	struct hypstub_query_result query;
	struct kexec_image image;
	const char *bootargs = NULL;
	uint32_t dtb_size = 0;
	int ok;

	kernel_cpu_init(cpu);
	generation++;
	if (record->r2 >= PLAT_RAM_BASE &&
	    record->r2 < PLAT_RAM_BASE + PLAT_RAM_SIZE) {
		dtb_size = kexec_fdt_size(dtb, PLAT_RAM_BASE + PLAT_RAM_SIZE -
						       record->r2);
		bootargs = kernel_fdt_property(dtb, "chosen", "bootargs");
	}
	kprintf("[crash] generation %u: entered in %s mode (CPSR 0x%08x), "
		"r0=0x%x r1=0x%x r2=0x%08x\n",
		generation, hypstub_mode_name(record->cpsr), record->cpsr,
		record->r0, record->r1, record->r2);
	kprintf("[crash] HSCTLR 0x%08x, SCTLR 0x%08x at entry: MMUs %s\n",
		record->hsctlr, record->sctlr,
		(record->hsctlr | record->sctlr) & SCTLR_M ? "ON" : "off");
	kprintf("[crash] DTB at r2: %s (%u bytes), bootargs \"%s\"\n",
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
	ok = (record->cpsr & PSR_MODE_MASK) == expected && record->r0 == 0 &&
	     record->r1 == KEXEC_LINUX_MACHINE_DT && dtb_size != 0;
	uint32_t cpus = *(volatile uint32_t *)DEMO_PARAM_CPUS;
	uint32_t started = kernel_start_secondaries();

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
				"in "
				"%s mode\n",
				other,
				hypstub_mode_name(secondary_modes[other]));
			ok = ok && secondary_modes[other] == expected;
		}
	}
	if (ok && generation <= chain) {
		kprintf("[crash] kexec into generation %u\n", generation + 1);
		kernel_stop_other_cpus(1, 200000);
		kexec_image_linux(&image, &memory, DEMO_CRASH_KERNEL_ADDR,
				  record->r2);
		kexec(&image);
		kprintf("[crash] kexec failed\n");
		plat_exit(1);
	}
	if (ok)
		kprintf("[crash] done: the crash kernel runs in %s mode on "
			"every CPU, as the host kernel was entered\n",
			hypstub_mode_name(record->cpsr));
	else
		kprintf("[crash] FAILED: expected %s mode, r0=0, r1=0xffffffff "
			"and a DTB\n",
			hypstub_mode_name(expected));
	plat_exit(ok ? 0 : 1);
}
