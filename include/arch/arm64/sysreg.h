/* SPDX-License-Identifier: BSD-2-Clause */
/* AArch64 system registers by name, and the EL2 bits this code uses. */
#ifndef ARCH_ARM64_SYSREG_H
#define ARCH_ARM64_SYSREG_H

#include <hypstub/modes.h>

/* SCTLR_ELx bits. */
#define SCTLR_M (1 << 0)
#define SCTLR_A (1 << 1)
#define SCTLR_C (1 << 2)
#define SCTLR_I (1 << 12)
#define SCTLR_WXN (1 << 19)
#define SCTLR_EE (1 << 25)
/* SCTLR_EL2's RES1 bits (ARMv8.0, EL2 without VHE). */
#define SCTLR_EL2_RES1 0x30c50830

#define HCR_EL2_RW                                                             \
	0x80000000	     /* EL1 is AArch64 (unsigned: no sign extension)   \
			      */
#define CPTR_EL2_RES1 0x33ff /* TFP (bit 10) clear: no FP/SIMD trap */
#define CNTHCTL_EL1PCTEN (1 << 0)
#define CNTHCTL_EL1PCEN (1 << 1)
#define PMCR_N_SHIFT 11
#define PMCR_N_MASK 0x1f
/* ID_AA64PFR0_EL1.GIC: 0, no GICv3 system register interface. */
#define ID_AA64PFR0_GIC_SHIFT 24
#define ID_AA64PFR0_GIC_MASK 0xf

/* SPSR_EL2 for an eret to EL1h with D, A, I and F masked. */
#define SPSR_EL1H_MASKED 0x3c5
#define DAIF_AIF_MASK 0x1c0 /* DAIF.A, I, F: the AArch32 A, I, F bits */

/* ESR_ELx: exception classes and fields. */
#include <arch/arm64/esr.h>

#ifndef __ASSEMBLY__
#include <stdint.h>

#define SYSREG64(name)                                                         \
	static inline uint64_t read_##name(void)                               \
	{                                                                      \
		uint64_t value;                                                \
		__asm__ volatile("mrs %0, " #name : "=r"(value));              \
		return value;                                                  \
	}                                                                      \
	static inline void write_##name(uint64_t value)                        \
	{                                                                      \
		__asm__ volatile("msr " #name ", %0" ::"r"(value) : "memory"); \
	}

SYSREG64(midr_el1)
SYSREG64(mpidr_el1)
SYSREG64(sctlr_el1)
SYSREG64(sctlr_el2)
SYSREG64(hcr_el2)
SYSREG64(cptr_el2)
SYSREG64(hstr_el2)
SYSREG64(mdcr_el2)
SYSREG64(cnthctl_el2)
SYSREG64(cntvoff_el2)
SYSREG64(vpidr_el2)
SYSREG64(vmpidr_el2)
SYSREG64(vbar_el2)
SYSREG64(tcr_el2)
SYSREG64(ttbr0_el2)
SYSREG64(mair_el2)
SYSREG64(par_el1)
SYSREG64(tcr_el1)
SYSREG64(ttbr0_el1)
SYSREG64(mair_el1)
SYSREG64(esr_el2)
SYSREG64(far_el2)
SYSREG64(elr_el2)
SYSREG64(spsr_el2)
SYSREG64(pmcr_el0)
SYSREG64(vbar_el1)
SYSREG64(esr_el1)
SYSREG64(elr_el1)
SYSREG64(daif)
SYSREG64(id_aa64pfr0_el1)
SYSREG64(cntfrq_el0)
SYSREG64(cntpct_el0)
SYSREG64(pmccntr_el0)
SYSREG64(pmccfiltr_el0)
SYSREG64(pmcntenset_el0)

/*
 * ICH_VTR_EL2 by its encoding (op0 3, op1 4, CRn 12, CRm 11, op2 1), which
 * assemblers without the GICv3 names accept. UNDEFINED without the GICv3
 * system register interface: check ID_AA64PFR0_EL1.GIC first.
 */
static inline uint64_t read_ich_vtr_el2(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, S3_4_C12_C11_1" : "=r"(value));
	return value;
}

/* ICC_SRE_EL2 by its encoding (op0 3, op1 4, CRn 12, CRm 9, op2 5). */
#define ICC_SRE_EL2_SRE (1 << 0)
#define ICC_SRE_EL2_ENABLE (1 << 3)

static inline uint64_t read_icc_sre_el2(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, S3_4_C12_C9_5" : "=r"(value));
	return value;
}

static inline void write_icc_sre_el2(uint64_t value)
{
	__asm__ volatile("msr S3_4_C12_C9_5, %0\n\tisb" ::"r"(value)
			 : "memory");
}

/* The names portable code uses (AArch32's, whose registers these mirror). */
static inline uint64_t read_mpidr(void)
{
	return read_mpidr_el1();
}

static inline uint64_t read_cntfrq(void)
{
	return read_cntfrq_el0();
}

/* The physical count, after an isb so that it is not read early. */
static inline uint64_t read_cntpct(void)
{
	__asm__ volatile("isb" ::: "memory");
	return read_cntpct_el0();
}

static inline void isb(void)
{
	__asm__ volatile("isb" ::: "memory");
}

static inline void dsb(void)
{
	__asm__ volatile("dsb sy" ::: "memory");
}

static inline void tlbi_alle2(void)
{
	__asm__ volatile("tlbi alle2\n\tdsb sy\n\tisb" ::: "memory");
}

#endif /* !__ASSEMBLY__ */
#endif /* ARCH_ARM64_SYSREG_H */
