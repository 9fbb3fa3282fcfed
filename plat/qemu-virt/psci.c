// SPDX-License-Identifier: BSD-2-Clause
#include <plat/platform.h>
#include <plat/psci.h>

int32_t plat_psci_call(uint32_t function, uint32_t a1, uint32_t a2,
		       uint32_t a3);

uint32_t plat_cpu_mpidr(unsigned int cpu)
{
	/* QEMU virt numbers up to 8 CPUs of one cluster in Aff0. */
	return cpu & PLAT_MPIDR_CPU_MASK;
}

int32_t plat_psci_cpu_on(uint32_t mpidr, uint32_t entry, uint32_t context)
{
	return plat_psci_call(PSCI_CPU_ON, mpidr, entry, context);
}

int32_t plat_psci_affinity_info(uint32_t mpidr)
{
	return plat_psci_call(PSCI_AFFINITY_INFO, mpidr, 0, 0);
}
