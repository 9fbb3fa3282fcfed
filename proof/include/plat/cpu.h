/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * make prove's stand-in for the platform's <plat/cpu.h>, found before it
 * (tools/prove puts proof/include ahead of plat/qemu-virt/include): the
 * real plat_cpu_index() reads MPIDR with an instruction Frama-C cannot
 * model. The driver that needs it (proof/eva_guest.c) defines it: the index
 * of the CPU running, any in 0 .. PLAT_MAX_CPUS - 1, the same on every call
 * of one CPU's traps.
 */
#ifndef PLAT_CPU_H
#define PLAT_CPU_H

#include <plat/platform.h>

unsigned int plat_cpu_index(void);

#endif /* PLAT_CPU_H */
