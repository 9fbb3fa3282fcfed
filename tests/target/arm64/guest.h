/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 test guest (tests/target/arm64/guest_code.S): position-
 * independent code the host copies to the start of a guest window and runs
 * with HYP_CALL_RUN_GUEST at EL1. Its parameters and results are in the
 * window at GUEST_DATA_OFFSET. Shared by the guest suite
 * (tests/target/arm64/guest.c) and the fuzzer (fuzz64.c).
 */
#ifndef TESTS_TARGET_ARM64_GUEST_H
#define TESTS_TARGET_ARM64_GUEST_H

#define GUEST_WINDOW 0x46000000
#define GUEST_DATA_OFFSET 0x100000
#define GUEST_STACK_OFFSET 0x1f0000

/* struct guest_data, 64-bit fields */
#define GUEST_MODE 0
#define GUEST_SEED 8
#define GUEST_CALLS 16
#define GUEST_ADDRESS 24 /* for the escapes */
#define GUEST_X0 32	 /* for MODE_CALL */
#define GUEST_X1 40
#define GUEST_INSN 48 /* MODE_CALL: GUEST_INSN_* */
#define GUEST_BAD 56  /* results */
#define GUEST_DONE 64
#define GUEST_LAST_BAD_X0 72
#define GUEST_LAST_BAD_RESULT 80
#define GUEST_ENTRY_GPRS 88 /* x1-x30 at entry, ORed */
#define GUEST_ENTRY_EL1 96  /* GUEST_ENTRY_COUNT registers at entry */
#define GUEST_ENTRY_COUNT 25
#define GUEST_DATA_SIZE (GUEST_ENTRY_EL1 + 8 * GUEST_ENTRY_COUNT)

/* What the guest does (its x0 at entry). */
#define GUEST_MODE_FUZZ 1      /* GUEST_CALLS random hvc/smc; exit(bad, done) */
#define GUEST_MODE_LOAD 2      /* load from GUEST_ADDRESS */
#define GUEST_MODE_STORE 3     /* store to GUEST_ADDRESS */
#define GUEST_MODE_JUMP 4      /* branch to GUEST_ADDRESS */
#define GUEST_MODE_CALL 5      /* GUEST_INSN with x0, x1; exit(x0, x1) */
#define GUEST_MODE_WFI 6       /* wfi, wfe; exit(GUEST_ALIVE) */
#define GUEST_MODE_SYSREGS 7   /* junk in every switched EL1 register */
#define GUEST_MODE_DC_ZVA 8    /* zero GUEST_ADDRESS's block (DC ZVA) */
#define GUEST_MODE_DC_ISW 9    /* set/way: invalidate */
#define GUEST_MODE_DC_CISW 10  /* set/way: clean and invalidate */
#define GUEST_MODE_ACTLR 11    /* write ACTLR_EL1 */
#define GUEST_MODE_CNTP_CTL 12 /* the EL1 physical timer */
#define GUEST_MODE_CNTP_CVAL 13 /* its compare value */
#define GUEST_MODE_CNTPCT 14	/* read the physical counter */
#define GUEST_MODE_FP 15	/* an FP/SIMD instruction, CPACR_EL1 open */
#define GUEST_MODE_PMCR 16	/* write PMCR_EL0 */
#define GUEST_MODE_PMCCNTR 17	/* read the cycle counter */
#define GUEST_MODE_MDSCR 18	/* write MDSCR_EL1 */
#define GUEST_MODE_DBGBVR 19	/* write a breakpoint register */
#define GUEST_MODE_OSLAR 20	/* lock the OS debug interface */
#define GUEST_MODE_VBAR_EL2 21	/* write VBAR_EL2 from EL1 */
/* 22: unused */
#define GUEST_MODE_ICC_SGI 23  /* GICv3: send an SGI (ICC_SGI1R_EL1) */
#define GUEST_MODE_ICC_PMR 24  /* GICv3: write ICC_PMR_EL1 */
#define GUEST_MODE_APIAKEY 25  /* write APIAKeyLo_EL1 (pointer auth.) */
#define GUEST_MODE_ZCR 26      /* write ZCR_EL1 (SVE) */
#define GUEST_MODE_SPIN 27     /* loop until something stops it */
#define GUEST_MODE_SMCCC_FW 28 /* hvc, then smc, SMCCC_VERSION: exit(both) */
#define GUEST_MODE_COUNT 29

/* GUEST_MODE_CALL: which instruction. */
#define GUEST_INSN_HVC_0 0
#define GUEST_INSN_HVC_1 1
#define GUEST_INSN_HVC_EA1 2
#define GUEST_INSN_HVC_FFFF 3
#define GUEST_INSN_SMC_0 4
#define GUEST_INSN_SMC_1 5

/* exit x1 when the guest got past something that should have stopped it. */
#define GUEST_ESCAPED 0xe5cabed
#define GUEST_ALIVE 0x600d
/* exit x1 from the guest's own EL1 vectors: this + the slot; x2 ESR_EL1. */
#define GUEST_OWN_EXCEPTION 0xe1e10000

/* SCTLR_EL1 at the guest's entry: its RES1 bits only. */
#define GUEST_SCTLR_EL1_RESET 0x30d00800

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct guest_data {
	uint64_t mode, seed, calls, address, x0, x1, insn;
	uint64_t bad, done, last_bad_x0, last_bad_result;
	uint64_t entry_gprs;
	uint64_t entry_el1[GUEST_ENTRY_COUNT];
};

_Static_assert(offsetof(struct guest_data, address) == GUEST_ADDRESS, "");
_Static_assert(offsetof(struct guest_data, insn) == GUEST_INSN, "");
_Static_assert(offsetof(struct guest_data, bad) == GUEST_BAD, "");
_Static_assert(offsetof(struct guest_data, last_bad_result) ==
		       GUEST_LAST_BAD_RESULT,
	       "");
_Static_assert(offsetof(struct guest_data, entry_el1) == GUEST_ENTRY_EL1, "");
_Static_assert(sizeof(struct guest_data) == GUEST_DATA_SIZE, "");

extern const char guest_code_start[], guest_code_end[];

/*
 * Copy the guest into its window, set its data and run it (the resident
 * hypervisor must be installed on this CPU). Returns HYP_CALL_RUN_GUEST's x0
 * (HYP_GUEST_EXIT_*) and its x1, x2.
 */
uint64_t guest_run(const struct guest_data *data, uint64_t *detail1,
		   uint64_t *detail2);
struct guest_data *guest_data(void);

/*
 * Every EL1 register the hypervisor switches, as the host sees it: its
 * names, and a snapshot. DISR_EL1 and TPIDR2_EL0 only with RAS and SME
 * (has_disr, has_tpidr2: read as 0 otherwise).
 */
#define EL1_SNAPSHOT_COUNT 27
extern const char *const el1_snapshot_names[EL1_SNAPSHOT_COUNT];
struct el1_snapshot {
	uint64_t value[EL1_SNAPSHOT_COUNT];
};
void el1_snapshot(struct el1_snapshot *snapshot);
int el1_has_disr(void);
int el1_has_tpidr2(void);

#endif /* !__ASSEMBLY__ */
#endif /* TESTS_TARGET_ARM64_GUEST_H */
