/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The junk tests/target/arm64/dirty_vectors.S leaves in EL2, shared with
 * tests/target/arm64/dirty_boot.c, which checks that none survives.
 */
#ifndef TESTS_TARGET_ARM64_DIRTY64_H
#define TESTS_TARGET_ARM64_DIRTY64_H

/* The hvc function IDs the dirty vectors answer. */
#define DIRTY64_BOOT 0x8600d127
#define DIRTY64_READ 0x8600d128
#define DIRTY64_CACHES 0x8600d129

/* HCR_EL2: RW kept (EL1 AArch64), TACR (21) and TIDCP (20) set. */
#define DIRTY64_HCR ((1 << 31) | (1 << 21) | (1 << 20))
/* HSTR_EL2.T15: AArch32 CP15 c15 accesses trapped. */
#define DIRTY64_HSTR (1 << 15)
/* CPTR_EL2: RES1 bits, TTA (20) and TFP (10). */
#define DIRTY64_CPTR (0x33ff | (1 << 20) | (1 << 10))
/* MDCR_EL2: TDRA (11) and TDA (9), HPMN 0. */
#define DIRTY64_MDCR ((1 << 11) | (1 << 9))
/* CNTHCTL_EL2: EVNTEN (2), EVNTI 5; no EL1 counter or timer access. */
#define DIRTY64_CNTHCTL ((1 << 2) | (5 << 4))
#define DIRTY64_CNTVOFF 0x123489abcdef
/* Another CPU's MIDR (Cortex-A53) and MPIDR. */
#define DIRTY64_VPIDR 0x410fd034
#define DIRTY64_VMPIDR 0x80000f0f
/* Stage 2 set up with junk, but HCR_EL2.VM clear. */
#define DIRTY64_VTTBR 0x00ab000041230000
#define DIRTY64_VTCR 0x80023559
/* SCTLR_EL2: WXN (19), I (12), SA (3) and A (1) set. */
#define DIRTY64_SCTLR_SET ((1 << 19) | (1 << 12) | (1 << 3) | (1 << 1))

#endif /* TESTS_TARGET_ARM64_DIRTY64_H */
