/* SPDX-License-Identifier: BSD-2-Clause */
/* Shared by the AArch64 conformance kernel's C and assembly. */
#ifndef TESTS_TARGET_ARM64_TEST64_H
#include <plat/platform.h>

#define TESTS_TARGET_ARM64_TEST64_H

/* struct frame64: an hvc with every register under control. */
#define F64_IN 0 /* x0-x4 */
#define F64_NZCV 40
#define F64_SP_BEFORE 48
#define F64_SP_AFTER 56
#define F64_NZCV_AFTER 64
#define F64_DAIF_AFTER 72
#define F64_OUT 80 /* x0-x30 */
#define F64_OUT_WORDS 31
#define F64_SIZE (F64_OUT + 8 * F64_OUT_WORDS)

/* x19-x29 and x30 across the hvc. */
#define F64_PATTERN(reg) (0x0101010101010101 * (reg))

/* The probe's snapshot of EL2. */
#define P64_MAGIC 0x9be5a7ed
#define P64_HCR 0
#define P64_CPTR 8
#define P64_HSTR 16
#define P64_MDCR 24
#define P64_CNTHCTL 32
#define P64_CNTVOFF 40
#define P64_VPIDR 48
#define P64_VMPIDR 56
#define P64_MIDR 64
#define P64_MPIDR 72
#define P64_SCTLR 80
#define P64_VBAR 88
#define P64_TCR 96
#define P64_MAIR 104
#define P64_TTBR0 112
#define P64_SP 120
#define P64_SPSR 128
#define P64_PMCR 136
#define P64_COUNT 144
#define P64_SIZE 152

/*
 * x1 of the probe's hvc that asks it to write x2, x3 and x4 into TCR_EL2,
 * MAIR_EL2 and TTBR0_EL2 before its snapshot: junk with the EL2 MMU off,
 * so that a hypervisor which "restores" reset values is caught.
 */
#define P64_DIRTY 0xd127d127

#define TEST_START_INDEX_ADDR PLAT_PARAM_WORD(0)
/* Which case a kernel runs (the SMP kernel's mismatch case: 1). */
#define TEST_CASE_ADDR PLAT_PARAM_WORD(1)
/* What the conformance kernel tests (tests/target/test_kernel.h's word). */
#define TEST_TARGET_ADDR PLAT_PARAM_WORD(2)
#define TEST_TARGET_STUB 0 /* the boot stub */
#define TEST_TARGET_HYP 1  /* the resident hypervisor, installed first */
/* The GIC the runner gave QEMU (2 or 3; 0 when it did not say). */
#define TEST_GIC_VERSION_ADDR PLAT_PARAM_WORD(3)
#define TEST64_EXIT_HALTED 125

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct frame64 {
	uint64_t in[5];
	uint64_t nzcv;
	uint64_t sp_before, sp_after;
	uint64_t nzcv_after, daif_after;
	uint64_t out[F64_OUT_WORDS];
};

_Static_assert(offsetof(struct frame64, nzcv) == F64_NZCV, "");
_Static_assert(offsetof(struct frame64, daif_after) == F64_DAIF_AFTER, "");
_Static_assert(offsetof(struct frame64, out) == F64_OUT, "");
_Static_assert(sizeof(struct frame64) == F64_SIZE, "");

struct probe64 {
	uint64_t hcr, cptr, hstr, mdcr, cnthctl, cntvoff, vpidr, vmpidr;
	uint64_t midr, mpidr, sctlr, vbar, tcr, mair, ttbr0, sp;
	uint64_t spsr, pmcr, count;
};

_Static_assert(offsetof(struct probe64, cntvoff) == P64_CNTVOFF, "");
_Static_assert(offsetof(struct probe64, vbar) == P64_VBAR, "");
_Static_assert(offsetof(struct probe64, sp) == P64_SP, "");
_Static_assert(offsetof(struct probe64, count) == P64_COUNT, "");
_Static_assert(sizeof(struct probe64) == P64_SIZE, "");

void hvc64_imm_0(struct frame64 *frame);
void hvc64_imm_1(struct frame64 *frame);
void hvc64_imm_ea1(struct frame64 *frame);
void hvc64_imm_ffff(struct frame64 *frame);

/* tests/target/arm64/check64.c */
extern int test64_failures;
void check_eq(const char *what, uint64_t actual, uint64_t expected);

extern const char probe64_vectors[];
extern struct probe64 probe64_snapshot;
extern uint64_t probe64_return_vbar;

#endif /* !__ASSEMBLY__ */
#endif /* TESTS_TARGET_ARM64_TEST64_H */
