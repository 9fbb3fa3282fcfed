// SPDX-License-Identifier: BSD-2-Clause
/* kexec and kdump, AArch32: the policy in C, the last steps in kexec_restart.S.
 */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <plat/platform.h>
#include <plat/psci.h>

static int kexec_check(const struct kexec_image *image)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};

	return kexec_image_check(image, &memory);
}

/* Returns only when HVC_SOFT_RESTART said no. */
static int kexec_restart(const struct kexec_image *image)
{
	kexec_arch_restart(image, hypstub_hyp_available());
	return KEXEC_ERR_RESTART;
}

/* The image is checked before anything is torn down. */
int kexec(const struct kexec_image *image)
{
	if (kexec_check(image) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	if (hypstub_hyp_available() && hyp_installed() &&
	    hyp_uninstall() != HYP_OK)
		return KEXEC_ERR_UNINSTALL;
	return kexec_restart(image);
}

int kdump(const struct kexec_image *image)
{
	if (kexec_check(image) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	return kexec_restart(image);
}

static uint64_t read_physical_count(void)
{
	uint32_t low, high;

	__asm__ volatile("isb\n\tmrrc p15, 0, %0, %1, c14"
			 : "=r"(low), "=r"(high));
	return (uint64_t)high << 32 | low;
}

static uint32_t read_counter_frequency(void)
{
	uint32_t frequency;

	__asm__ volatile("mrc p15, 0, %0, c14, c0, 0" : "=r"(frequency));
	return frequency;
}

uint32_t kexec_wait_cpus_off(uint32_t mask, uint32_t timeout_us)
{
	uint32_t frequency = read_counter_frequency();
	uint64_t start = read_physical_count();
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
		if (mask == 0 || read_physical_count() - start > limit)
			return mask;
	}
}
