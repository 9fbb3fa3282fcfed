// SPDX-License-Identifier: BSD-2-Clause
/*
 * For tools/uninstall-oracle ([HYP-INSTALL-4]): the resident hypervisor
 * installed, made to write with its MMU and caches on (calls, each pushing
 * a context on its stack, and HYP_CALL_MMU_CHECK), then uninstalled, twice.
 * QEMU models no caches, so whether the uninstall cleaned what HYP wrote
 * is judged from the instruction trace, not here: this kernel only checks
 * that every call was answered, and prints TAP for that.
 */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#define CYCLES 2
#define PINGS 4

void hypstub_main(unsigned int cpu)
{
	unsigned int cycle, ping, failures = 0;
	hypstub_reg_t r1, r2, r3;
	uint32_t ctr;

	kernel_cpu_init(cpu);
	kprintf("1..1\n");
	/* The CPU's smallest data cache line, for the oracle. */
	__asm__ volatile("mrc p15, 0, %0, c0, c0, 1" : "=r"(ctr));
	kprintf("uninstall-trace: CTR 0x%08x\n", ctr);
	for (cycle = 0; cycle < CYCLES; cycle++) {
		if (hyp_install() != HYP_OK)
			failures++;
		for (ping = 0; ping < PINGS; ping++)
			if (hyp_call(HYP_CALL_PING, 0, 0, 0, NULL, NULL,
				     NULL) != SMCCC_RET_SUCCESS)
				failures++;
		if (hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, &r1, &r2, &r3) !=
		    SMCCC_RET_SUCCESS)
			failures++;
		kprintf("uninstall-trace: cycle %u uninstalls\n", cycle);
		if (hyp_uninstall() != HYP_OK || hyp_installed())
			failures++;
	}
	kprintf("%s 1 - [HYP-INSTALL-4] %u install/uninstall cycles, every "
		"call answered\n",
		failures ? "not ok" : "ok", CYCLES);
	plat_exit(failures ? 1 : 0);
}
