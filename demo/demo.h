/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The demo's parameters: words in RAM that tools/demo pokes with QEMU's
 * "-device loader" before the host kernel starts. Zero means the default.
 */
#ifndef DEMO_DEMO_H
#include <plat/platform.h>

#define DEMO_DEMO_H

#define DEMO_PARAM_PAYLOAD                                                     \
	PLAT_PARAM_WORD(0) /* payload entry; 0: the crash kernel */
#define DEMO_PARAM_SCENARIO PLAT_PARAM_WORD(1) /* DEMO_SCENARIO_* */
#define DEMO_PARAM_CHAIN PLAT_PARAM_WORD(2)    /* further kexec generations */
/* Written by the host kernel for the crash kernel: the mode to expect. */
#define DEMO_PARAM_EXPECTED_MODE PLAT_PARAM_WORD(3)
/* Written by the host kernel: how many CPUs it ran on. */
#define DEMO_PARAM_CPUS PLAT_PARAM_WORD(4)

#define DEMO_SCENARIO_KDUMP 0
#define DEMO_SCENARIO_KEXEC 1

/* Where tools/demo loads the crash kernel (its ELF is linked there). */
#define DEMO_CRASH_KERNEL_ADDR 0x44000000

/* The SGI the host kernel's simulated fault arrives on. */
#define DEMO_PANIC_SGI 1

#endif /* DEMO_DEMO_H */
