// SPDX-License-Identifier: BSD-2-Clause
/*
 * PSCI on AArch64: the SMC64 calls, whose arguments are 64 bits wide
 * (an entry address above 4 GiB stays whole), through "smc #0".
 */
#include <plat/platform.h>
#include <plat/psci.h>

#define PSCI_CPU_ON_SMC64 0xc4000003
#define PSCI_AFFINITY_INFO_SMC64 0xc4000004

int64_t plat_psci_call64(uint64_t function, uint64_t a1, uint64_t a2,
			 uint64_t a3);

uint32_t plat_cpu_mpidr(unsigned int cpu)
{
	/* QEMU virt numbers up to 8 CPUs of one cluster in Aff0. */
	return cpu & PLAT_MPIDR_CPU_MASK;
}

int32_t plat_psci_cpu_on(uint32_t mpidr, uint32_t entry, uint32_t context)
{
	return (int32_t)plat_psci_call64(PSCI_CPU_ON_SMC64, mpidr, entry,
					 context);
}

int32_t plat_psci_affinity_info(uint32_t mpidr)
{
	return (int32_t)plat_psci_call64(PSCI_AFFINITY_INFO_SMC64, mpidr, 0, 0);
}
