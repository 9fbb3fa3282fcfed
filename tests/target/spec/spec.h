/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the AArch32 spec kernel's C and assembly: the layout of the
 * snapshot its payload entry takes of every register the entry-state table
 * of doc/hyp-abi.md (section 5) names, one word each.
 */
#ifndef TESTS_TARGET_SPEC_SPEC_H
#define TESTS_TARGET_SPEC_SPEC_H

#define SNAP_R0 0
#define SNAP_R1 1
#define SNAP_R2 2
#define SNAP_CPSR 3
#define SNAP_HSCTLR 4
#define SNAP_HCR 5
#define SNAP_HSTR 6
#define SNAP_HCPTR 7
#define SNAP_HDCR 8
#define SNAP_CNTHCTL 9
#define SNAP_CNTVOFF_LOW 10
#define SNAP_CNTVOFF_HIGH 11
#define SNAP_VPIDR 12
#define SNAP_VMPIDR 13
#define SNAP_MIDR 14
#define SNAP_MPIDR 15
#define SNAP_PMCR 16
#define SNAP_HVBAR 17
#define SNAP_SCTLR 18
#define SNAP_VBAR 19
#define SNAP_TTBR0 20
#define SNAP_TTBR1 21
#define SNAP_TTBCR 22
#define SNAP_DACR 23
#define SNAP_PRRR 24
#define SNAP_NMRR 25
#define SNAP_CONTEXTIDR 26
#define SNAP_TPIDRURW 27
#define SNAP_TPIDRURO 28
#define SNAP_TPIDRPRW 29
/* The banked registers, in the order spec_banked_* moves them. */
#define SNAP_BANKED 30
#define SNAP_BANKED_COUNT 17 /* see spec_entry.S */
#define SNAP_TAKEN (SNAP_BANKED + SNAP_BANKED_COUNT)
#define SNAP_WORDS (SNAP_TAKEN + 1)

#define SNAP_TAKEN_MAGIC 0x5ea75ea7

#ifndef __ASSEMBLY__
#include <stdint.h>

extern uint32_t spec_snapshot[SNAP_WORDS];
/* HVC_SOFT_RESTART's entry: snapshot, then on to hypstub_entry. */
void spec_payload_entry(void);
/* Write the banked registers of the other PL1 modes from values[]. */
void spec_banked_write(const uint32_t *values);
/* Read them back. */
void spec_banked_read(uint32_t *values);
/* hvc #0 from Thumb state with r0-r3, ip of regs, results back in it. */
void spec_thumb_hvc(uint32_t *regs);
/* A secondary CPU's entry (PSCI CPU_ON, HYP): count in spec_spin_count. */
void spec_spin_entry(void);
extern volatile uint32_t spec_spin_count;
#endif

#endif /* TESTS_TARGET_SPEC_SPEC_H */
