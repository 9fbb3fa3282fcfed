/* SPDX-License-Identifier: BSD-2-Clause */
/* The index of the CPU running, as this platform numbers its CPUs. */
#ifndef PLAT_CPU_H
#define PLAT_CPU_H

#include <arch/sysreg.h>
#include <plat/platform.h>

/*
 * 0 to PLAT_MAX_CPUS - 1: QEMU's virt numbers its CPUs in MPIDR.Aff0. The
 * boot entry parks any CPU beyond PLAT_MAX_CPUS before it runs C, so the
 * bound only keeps an index into a per-CPU array inside it.
 */
static inline unsigned int plat_cpu_index(void)
{
	unsigned int cpu = (unsigned int)(read_mpidr() & PLAT_MPIDR_CPU_MASK);

	return cpu < PLAT_MAX_CPUS ? cpu : 0;
}

#endif /* PLAT_CPU_H */
