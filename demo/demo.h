/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The demo's parameters: words in RAM that tools/demo pokes with QEMU's
 * "-device loader" before the host kernel starts. Zero means the default.
 */
#ifndef DEMO_DEMO_H
#define DEMO_DEMO_H

#define DEMO_PARAM_PAYLOAD 0x40f00000  /* payload entry; 0: the crash kernel */
#define DEMO_PARAM_SCENARIO 0x40f00004 /* DEMO_SCENARIO_* */
#define DEMO_PARAM_CHAIN 0x40f00008    /* further kexec generations */
/* Written by the host kernel for the crash kernel: the mode to expect. */
#define DEMO_PARAM_EXPECTED_MODE 0x40f0000c
/* Written by the host kernel: how many CPUs it ran on. */
#define DEMO_PARAM_CPUS 0x40f00010

#define DEMO_SCENARIO_KDUMP 0
#define DEMO_SCENARIO_KEXEC 1

/* Where tools/demo loads the crash kernel (its ELF is linked there). */
#define DEMO_CRASH_KERNEL_ADDR 0x44000000

/* The SGI the host kernel's simulated fault arrives on. */
#define DEMO_PANIC_SGI 1

#ifndef __ASSEMBLY__
#include <stdint.h>

/* "HYP", "SVC", "IRQ"... for the mode bits of a CPSR. */
const char *demo_mode_name(uint32_t cpsr);
#endif

#endif /* DEMO_DEMO_H */
