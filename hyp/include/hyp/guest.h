/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The resident hypervisor's guest, shared by both architectures
 * (hyp/guest.c): the window check, the stage-2 tables and the bookkeeping
 * of a run; and the world switch each architecture provides
 * (hyp/<arch>/hyp_guest.c). AArch32's LPAE stage 2 (VTCR.T0SZ = 0) and
 * AArch64's with a 4 KiB granule (VTCR_EL2.T0SZ = 32) both start at level
 * 1 with four 1 GiB entries and use the same descriptors, so one builder
 * serves both: a 4 GiB IPA space, one 2 MiB block mapped, IPA = PA.
 */
#ifndef HYP_GUEST_H
#define HYP_GUEST_H

#include <hypstub/reg.h>
#include <plat/platform.h>
#include <stdint.h>

#define HYP_GUEST_LEVEL1_ENTRIES 4
#define HYP_GUEST_LEVEL2_ENTRIES 512
/* The IPA space stage 2 covers: a window must end below it. */
#define HYP_GUEST_IPA_LIMIT 0x100000000ull

struct hyp_context;

/* What a CPU's guest run needs to get back to its host. */
struct hyp_guest_cpu {
	hypstub_reg_t in_guest;
	struct hyp_context *host; /* the host's context, on the HYP stack */
};

/* Written while a guest runs: uninstall cleans them (hyp_guest_data). */
extern struct hyp_guest_cpu hyp_guest_cpus[PLAT_MAX_CPUS];
extern uint64_t hyp_guest_level1[PLAT_MAX_CPUS][HYP_GUEST_LEVEL1_ENTRIES];
extern uint64_t hyp_guest_level2[PLAT_MAX_CPUS][HYP_GUEST_LEVEL2_ENTRIES];

/* [GUEST-1]: 2 MiB-aligned, inside RAM and the IPA space, clear of us. */
int hyp_guest_window_is_valid(hypstub_reg_t window);

/*
 * The world switch, per architecture. switch_in: save the host's PL1/EL1
 * state, give the guest its own, and turn stage 2 and the guest's traps on
 * with the level-1 table at stage2_table. switch_out: traps and stage 2
 * off, the host's state back.
 */
void hyp_arch_guest_switch_in(unsigned int cpu, uint64_t stage2_table);
void hyp_arch_guest_switch_out(unsigned int cpu);

#endif /* HYP_GUEST_H */
