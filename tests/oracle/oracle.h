/* SPDX-License-Identifier: BSD-2-Clause */
/* Shared by the oracle's kernel and tools/trace-oracle. */
#ifndef TESTS_ORACLE_ORACLE_H
#define TESTS_ORACLE_ORACLE_H

#include <plat/platform.h>

/* Where the runner pokes the scenario. */
#define ORACLE_SCENARIO_ADDR PLAT_PARAM_WORD(1)

#define ORACLE_STUB_SOFT_RESTART 1 /* hvc straight to the boot stub */
#define ORACLE_HYP_SOFT_RESTART 2  /* hvc to the resident hypervisor */
#define ORACLE_KEXEC 3		   /* kexec(), hypervisor installed */
#define ORACLE_KDUMP_HYP 4	   /* kdump(), hypervisor resident */
#define ORACLE_KDUMP_STUB 5	   /* kdump(), boot stub only */
#define ORACLE_KDUMP_IRQ 6	   /* kdump() in an IRQ handler, resident */
#define ORACLE_KDUMP_NO_HYP 7	   /* kdump() entered in SVC/EL1: no hvc */
#define ORACLE_SMP_KDUMP 8	   /* the others stopped, kdump(), resident */
#define ORACLE_SMP_KEXEC 9	   /* the others stopped, kexec(), resident */

/*
 * How long the restarting CPU waits for the others to be off: long, for a
 * stopped CPU that makes a set/way pass under the per-instruction log.
 */
#define ORACLE_STOP_TIMEOUT_US 60000000

/* The payload's exit status, and the kernel's when something went wrong. */
#define ORACLE_EXIT_PAYLOAD 0
#define ORACLE_EXIT_RETURNED 3
#define ORACLE_EXIT_USAGE 4

#endif /* TESTS_ORACLE_ORACLE_H */
