/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch32 system registers by name. Each accessor is one mrc/mcr (or
 * mrrc/mcrr for the 64-bit ones); the encodings are those of the ARMv7-A
 * Architecture Reference Manual (virtualization extensions).
 */
#ifndef ARCH_ARM_SYSREG_H
#define ARCH_ARM_SYSREG_H

/* CPSR.M values and mask bits. */
#include <hypstub/modes.h>

/* HSCTLR and SCTLR bits used here. */
#define SCTLR_M (1 << 0)
#define SCTLR_A (1 << 1)
#define SCTLR_C (1 << 2)
#define SCTLR_I (1 << 12)
#define SCTLR_V (1 << 13)
#define SCTLR_WXN (1 << 19)
#define SCTLR_EE (1 << 25)
#define SCTLR_TE (1 << 30)

/* HSR: exception classes and fields, by their portable names. */
#include <arch/arm/esr.h>

/* CNTHCTL: let PL1 use the physical counter and timer. */
#define CNTHCTL_PL1PCTEN (1 << 0)
#define CNTHCTL_PL1PCEN (1 << 1)

/* PMCR.N: the number of event counters, HDCR.HPMN's reset value. */
#define PMCR_N_SHIFT 11
#define PMCR_N_MASK 0x1f

#ifndef __ASSEMBLY__
#include <stdint.h>

#define SYSREG32(name, op1, crn, crm, op2)                                     \
	static inline uint32_t read_##name(void)                               \
	{                                                                      \
		uint32_t value;                                                \
		__asm__ volatile("mrc p15, " #op1 ", %0, " #crn ", " #crm      \
				 ", " #op2                                     \
				 : "=r"(value));                               \
		return value;                                                  \
	}                                                                      \
	static inline void write_##name(uint32_t value)                        \
	{                                                                      \
		__asm__ volatile("mcr p15, " #op1 ", %0, " #crn ", " #crm      \
				 ", " #op2                                     \
				 :                                             \
				 : "r"(value)                                  \
				 : "memory");                                  \
	}

#define SYSREG64(name, op1, crm)                                               \
	static inline uint64_t read_##name(void)                               \
	{                                                                      \
		uint32_t low, high;                                            \
		__asm__ volatile("mrrc p15, " #op1 ", %0, %1, " #crm           \
				 : "=r"(low), "=r"(high));                     \
		return ((uint64_t)high << 32) | low;                           \
	}                                                                      \
	static inline void write_##name(uint64_t value)                        \
	{                                                                      \
		__asm__ volatile("mcrr p15, " #op1 ", %0, %1, " #crm           \
				 :                                             \
				 : "r"((uint32_t)value),                       \
				   "r"((uint32_t)(value >> 32))                \
				 : "memory");                                  \
	}

/* Identification. */
SYSREG32(midr, 0, c0, c0, 0)
SYSREG32(mpidr, 0, c0, c0, 5)
SYSREG32(clidr, 1, c0, c0, 1)
SYSREG32(ccsidr, 1, c0, c0, 0)
SYSREG32(csselr, 2, c0, c0, 0)

/* PL1 state. */
SYSREG32(sctlr, 0, c1, c0, 0)
SYSREG32(vbar, 0, c12, c0, 0)
SYSREG32(dfar, 0, c6, c0, 0)
SYSREG32(ifar, 0, c6, c0, 2)
SYSREG32(dfsr, 0, c5, c0, 0)
SYSREG32(ifsr, 0, c5, c0, 1)

/* HYP state. */
SYSREG32(vpidr, 4, c0, c0, 0)
SYSREG32(vmpidr, 4, c0, c0, 5)
SYSREG32(hsctlr, 4, c1, c0, 0)
SYSREG32(hactlr, 4, c1, c0, 1)
SYSREG32(hcr, 4, c1, c1, 0)
SYSREG32(hdcr, 4, c1, c1, 1)
SYSREG32(hcptr, 4, c1, c1, 2)
SYSREG32(hstr, 4, c1, c1, 3)
SYSREG32(htcr, 4, c2, c0, 2)
SYSREG32(vtcr, 4, c2, c1, 2)
SYSREG32(hsr, 4, c5, c2, 0)
SYSREG32(hdfar, 4, c6, c0, 0)
SYSREG32(hifar, 4, c6, c0, 2)
SYSREG32(hpfar, 4, c6, c0, 4)
SYSREG32(hmair0, 4, c10, c2, 0)
SYSREG32(hmair1, 4, c10, c2, 1)
SYSREG32(hvbar, 4, c12, c0, 0)
SYSREG32(cnthctl, 4, c14, c1, 0)
SYSREG32(pmcr, 0, c9, c12, 0)
SYSREG32(pmcntenset, 0, c9, c12, 1)
SYSREG32(pmselr, 0, c9, c12, 5)
SYSREG32(pmccntr, 0, c9, c13, 0)
SYSREG32(pmxevtyper, 0, c9, c13, 1) /* PMCCFILTR when PMSELR.SEL = 31 */
SYSREG32(cntfrq, 0, c14, c0, 0)
SYSREG64(httbr, 4, c2)
SYSREG64(vttbr, 6, c2)
SYSREG64(cntvoff, 4, c14)
SYSREG64(par64, 0, c7)
SYSREG64(cntpct_raw, 0, c14)

/* The physical count, after an isb so that it is not read early. */
static inline uint64_t read_cntpct(void)
{
	__asm__ volatile("isb" ::: "memory");
	return read_cntpct_raw();
}

/* Cache and TLB maintenance (write-only operations). */
SYSREG32(iciallu, 0, c7, c5, 0)
SYSREG32(dccisw, 0, c7, c14, 2)
SYSREG32(tlbiallh, 4, c8, c7, 0)

static inline uint32_t read_cpsr(void)
{
	uint32_t value;
	__asm__ volatile("mrs %0, cpsr" : "=r"(value));
	return value;
}

static inline uint32_t read_elr_hyp(void)
{
	uint32_t value;
	__asm__ volatile("mrs %0, elr_hyp" : "=r"(value));
	return value;
}

static inline uint32_t read_spsr(void)
{
	uint32_t value;
	__asm__ volatile("mrs %0, spsr" : "=r"(value));
	return value;
}

static inline void isb(void)
{
	__asm__ volatile("isb" ::: "memory");
}

static inline void dsb(void)
{
	__asm__ volatile("dsb sy" ::: "memory");
}

#endif /* !__ASSEMBLY__ */
#endif /* ARCH_ARM_SYSREG_H */
