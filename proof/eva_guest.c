// SPDX-License-Identifier: BSD-2-Clause
/*
 * EVA's entry point for hyp/guest.c (with core/stub.c, whose RAM check the
 * window check calls): a row of traps taken on one CPU, any of them, each
 * with every register of its context and the syndrome unknown, the RAM
 * range unknown. Each trap calls guest.c as its callers do: the host's
 * HYP_CALL_RUN_GUEST (hyp_call_run_guest() in hyp/hyp_main.c), the exits
 * a guest's traps take there (hyp_handle_trap() asks hyp_arch_in_guest()
 * first), and an IRQ, FIQ or SError from the vector code
 * (hyp_handle_interrupt(), hyp/arm64/hyp_vectors.S), with or without a
 * guest. So EVA follows run, exit, run again with the state guest.c keeps
 * between them. The world switch and the CPU's index are stand-ins.
 */
#include "eva.h"
#include <core/stub.h>
#include <hyp/core.h>
#include <hyp/guest.h>
#include <plat/cpu.h>

/* Traps in a row: enough for run, exit, run again, exit. */
#define STEPS 5

/*
 * The CPU the traps are taken on: any, and the same for all of them, as a
 * CPU's own index is (proof/include/plat/cpu.h).
 */
static unsigned int proof_cpu;

unsigned int plat_cpu_index(void)
{
	return proof_cpu;
}

/*
 * The world switch (hyp/<arch>/hyp_guest.c) writes system registers and its
 * own per-CPU save area, no memory guest.c uses: here the save area, so EVA
 * checks the CPU index, and a read of the level-1 table that VTTBR is given,
 * as the table walk reads it, so EVA checks that it is a whole table.
 */
static uint64_t proof_saved[PLAT_MAX_CPUS];

void hyp_arch_guest_switch_in(unsigned int cpu, uint64_t stage2_table)
{
	const uint64_t *level1 = (const uint64_t *)(uintptr_t)stage2_table;
	unsigned int i;

	for (i = 0; i < HYP_GUEST_LEVEL1_ENTRIES; i++)
		proof_saved[cpu] ^= level1[i];
}

void hyp_arch_guest_switch_out(unsigned int cpu)
{
	proof_saved[cpu] = 0;
}

/* A trap while the host runs. */
static void host_trap(struct hyp_context *ctx)
{
	if (Frama_C_nondet(0, 1))
		/* HYP_CALL_RUN_GUEST: window r1, argument r2. */
		(void)hyp_arch_enter_guest(ctx, ctx->r[1], ctx->r[2]);
	else
		/* An interrupt with no guest: unexpected. */
		(void)hyp_handle_interrupt(ctx, unknown_reg());
}

/* A trap while the guest runs. */
static void guest_trap(struct hyp_context *ctx)
{
	switch (Frama_C_interval(0, 2)) {
	case 0:
		/* hyp_main.c's exits: a guest call, a fault, any trap. */
		(void)hyp_arch_guest_exit(ctx, unknown_reg(), unknown_reg(),
					  unknown_reg());
		break;
	case 1:
		(void)hyp_handle_interrupt(ctx, unknown_reg());
		break;
	default:
		/* A trap the guest goes on after (a ping, a skipped smc). */
		break;
	}
}

int main(void)
{
	/*
	 * One context per trap, all live to the end: the vector code keeps
	 * the host's on the HYP stack while its guest runs.
	 */
	struct hyp_context ctx[STEPS];
	struct stub_memory memory;
	unsigned int step;

	Frama_C_make_unknown((char *)ctx, sizeof(ctx));
	Frama_C_make_unknown((char *)&memory, sizeof(memory));
	stub_set_memory(memory.base, memory.size);
	proof_cpu = Frama_C_unsigned_int_interval(0, PLAT_MAX_CPUS - 1);
	/*@ split proof_cpu; */
	(void)hyp_guest_window_is_valid(unknown_reg());
	/*@ loop unroll STEPS; */
	for (step = 0; step < STEPS; step++) {
		if (hyp_arch_in_guest())
			guest_trap(&ctx[step]);
		else
			host_trap(&ctx[step]);
	}
	return 0;
}
