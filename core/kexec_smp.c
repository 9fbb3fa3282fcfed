// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump on SMP, both architectures: waiting for the stopped CPUs
 * to be off (core/kexec_stop.c is what each of them does).
 */
#include <arch/sysreg.h>
#include <hypstub/kexec.h>
#include <plat/platform.h>
#include <plat/psci.h>

uint32_t kexec_wait_cpus_off(uint32_t mask, uint32_t timeout_us)
{
	uint32_t frequency = (uint32_t)read_cntfrq();
	uint64_t start = read_cntpct();
	uint32_t ticks_per_us = (frequency ? frequency : 62500000) / 1000000;
	uint64_t limit =
		(uint64_t)timeout_us * (ticks_per_us ? ticks_per_us : 1);
	unsigned int cpu;

	for (;;) {
		for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++)
			if ((mask & (1u << cpu)) &&
			    plat_psci_affinity_info(plat_cpu_mpidr(cpu)) ==
				    PSCI_AFFINITY_OFF)
				mask &= ~(1u << cpu);
		if (mask == 0 || read_cntpct() - start > limit)
			return mask;
	}
}
