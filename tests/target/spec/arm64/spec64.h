/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the AArch64 spec kernel's C and assembly: the snapshot its
 * payload entry takes of every register of the AArch64 entry-state table
 * (doc/hyp-abi.md, section 5), one 64-bit word each.
 */
#ifndef TESTS_TARGET_SPEC_ARM64_SPEC64_H
#define TESTS_TARGET_SPEC_ARM64_SPEC64_H

#define S64_X0 0
#define S64_X1 1
#define S64_X2 2
#define S64_X3 3
#define S64_CURRENTEL 4
#define S64_SPSEL 5
#define S64_DAIF 6
#define S64_SCTLR_EL2 7
#define S64_HCR 8
#define S64_CPTR 9
#define S64_MDCR 10
#define S64_HSTR 11
#define S64_CNTHCTL 12
#define S64_CNTVOFF 13
#define S64_VPIDR 14
#define S64_VMPIDR 15
#define S64_MIDR 16
#define S64_MPIDR 17
#define S64_PMCR 18
#define S64_VBAR_EL2 19
/* EL1 state, in the order spec64_el1_read/write move it. */
#define S64_EL1 20
#define S64_EL1_COUNT 13
#define S64_TAKEN (S64_EL1 + S64_EL1_COUNT)
#define S64_WORDS (S64_TAKEN + 1)

#define S64_TAKEN_MAGIC 0x5ea75ea7

#ifndef __ASSEMBLY__
#include <stdint.h>

extern uint64_t spec64_snapshot[S64_WORDS];
void spec64_payload_entry(void);
/* SCTLR_EL1, VBAR_EL1, TTBR0_EL1, TTBR1_EL1, TCR_EL1, MAIR_EL1,
 * CONTEXTIDR_EL1, TPIDR_EL0, TPIDR_EL1, TPIDRRO_EL0, SP_EL0, ELR_EL1,
 * SPSR_EL1. */
void spec64_el1_read(uint64_t *values);
void spec64_el1_write(const uint64_t *values);
#endif

#endif /* TESTS_TARGET_SPEC_ARM64_SPEC64_H */
