/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * PSCI, the firmware interface that starts and stops CPUs. On QEMU virt with
 * virtualization=on QEMU implements it behind "smc #0" (the SMC conduit),
 * from SVC and from HYP alike.
 */
#ifndef PLAT_PSCI_H
#define PLAT_PSCI_H

#define PSCI_CPU_OFF 0x84000002
#define PSCI_CPU_ON 0x84000003 /* SMC32 */
#define PSCI_AFFINITY_INFO 0x84000004
#define PSCI_SYSTEM_OFF 0x84000008

#define PSCI_RET_SUCCESS 0
#define PSCI_RET_INVALID_PARAMETERS (-2)
#define PSCI_RET_ALREADY_ON (-4)

#define PSCI_AFFINITY_ON 0
#define PSCI_AFFINITY_OFF 1
#define PSCI_AFFINITY_ON_PENDING 2

#ifndef __ASSEMBLY__
#include <stdint.h>

/* Start a CPU (by MPIDR affinity) at entry with r0 = context. */
int32_t plat_psci_cpu_on(uint32_t mpidr, uint32_t entry, uint32_t context);
/* PSCI_AFFINITY_* of a CPU, or a negative PSCI error. */
int32_t plat_psci_affinity_info(uint32_t mpidr);
/* The MPIDR affinity of CPU index cpu on this platform. */
uint32_t plat_cpu_mpidr(unsigned int cpu);

/*
 * Power this CPU off from HYP or SVC with PSCI CPU_OFF; never returns (a
 * refused CPU_OFF parks the CPU). Assembly, usable with the MMU off and no
 * stack: it is also a soft-restart payload.
 */
void plat_psci_cpu_off(void) __attribute__((noreturn));

#endif /* !__ASSEMBLY__ */
#endif /* PLAT_PSCI_H */
