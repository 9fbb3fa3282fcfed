/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The test guest (tests/target/guest_code.S): position-independent code the
 * host copies to the start of a guest window and runs with
 * HYP_CALL_RUN_GUEST. Its parameters and results are in the window at
 * GUEST_DATA_OFFSET.
 */
#ifndef TESTS_TARGET_GUEST_H
#define TESTS_TARGET_GUEST_H

#define GUEST_WINDOW 0x46000000
#define GUEST_DATA_OFFSET 0x100000
#define GUEST_STACK_OFFSET 0x1f0000

/* struct guest_data */
#define GUEST_MODE 0
#define GUEST_SEED 4
#define GUEST_CALLS 8
#define GUEST_ADDRESS 12 /* for the escapes */
#define GUEST_R0 16	 /* for MODE_HVC */
#define GUEST_R1 20
#define GUEST_BAD 24 /* results */
#define GUEST_DONE 28
#define GUEST_LAST_BAD_R0 32
#define GUEST_LAST_BAD_RESULT 36
#define GUEST_DATA_SIZE 40

/* What the guest does (its r0 at entry). */
#define GUEST_MODE_FUZZ 1    /* GUEST_CALLS random hvcs; exit(bad, done) */
#define GUEST_MODE_LOAD 2    /* load from GUEST_ADDRESS */
#define GUEST_MODE_STORE 3   /* store to GUEST_ADDRESS */
#define GUEST_MODE_JUMP 4    /* branch to GUEST_ADDRESS */
#define GUEST_MODE_SMC 5     /* smc #0 with r0 = GUEST_R0; exit(r0) */
#define GUEST_MODE_HVC 6     /* hvc #0 with GUEST_R0, GUEST_R1; exit(r0) */
#define GUEST_MODE_WFI 7     /* wfi; exit(GUEST_ALIVE) */
#define GUEST_MODE_SYSREGS 8 /* rewrite PL1 registers; exit(GUEST_ALIVE) */
#define GUEST_MODE_SETWAY 9  /* invalidate the data cache by set/way */
#define GUEST_MODE_ACTLR 10  /* write ACTLR */

/* exit r1 when the guest got past something that should have stopped it. */
#define GUEST_ESCAPED 0xe5cabed
#define GUEST_ALIVE 0x600d

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct guest_data {
	uint32_t mode, seed, calls, address, r0, r1;
	uint32_t bad, done, last_bad_r0, last_bad_result;
};

_Static_assert(offsetof(struct guest_data, address) == GUEST_ADDRESS, "");
_Static_assert(offsetof(struct guest_data, r1) == GUEST_R1, "");
_Static_assert(offsetof(struct guest_data, bad) == GUEST_BAD, "");
_Static_assert(offsetof(struct guest_data, last_bad_result) ==
		       GUEST_LAST_BAD_RESULT,
	       "");
_Static_assert(sizeof(struct guest_data) == GUEST_DATA_SIZE, "");

extern const char guest_code_start[], guest_code_end[];

/*
 * Copy the guest into its window, set its data and run it (the resident
 * hypervisor must be installed on this CPU). Returns HYP_CALL_RUN_GUEST's r0
 * (HYP_GUEST_EXIT_*) and its r1, r2.
 */
uint32_t guest_run(const struct guest_data *data, uint32_t *detail1,
		   uint32_t *detail2);
struct guest_data *guest_data(void);

/*
 * Every PL1 register the hypervisor switches (hyp/arm/hyp_guest.c), as the
 * host in SVC sees it, but SP_svc and LR_svc (the caller compares its own
 * sp; lr is the calls' own): names and a snapshot.
 */
#define PL1_SNAPSHOT_COUNT 38
extern const char *const pl1_snapshot_names[PL1_SNAPSHOT_COUNT];
struct pl1_snapshot {
	uint64_t value[PL1_SNAPSHOT_COUNT];
};
void pl1_snapshot(struct pl1_snapshot *snapshot);
/* Junk of the host's own in those it can spare (not its stacks, MMU). */
void pl1_dirty(void);

#endif /* !__ASSEMBLY__ */
#endif /* TESTS_TARGET_GUEST_H */
