// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest, the part both architectures share: one
 * guest at a time per CPU, at PL1/EL1 in a 2 MiB window of RAM that stage
 * 2 maps at the same address, nothing else mapped. What happens on each
 * trap is decided in hyp/hyp_main.c; the world switch (the PL1/EL1
 * registers, HCR, VTCR, VTTBR) is hyp/<arch>/hyp_guest.c's.
 */
#include <core/stub.h>
#include <hyp/core.h>
#include <hyp/guest.h>
#include <hypstub/abi.h>
#include <plat/cpu.h>
#include <plat/platform.h>

/* Stage-2 descriptors (the same in LPAE and VMSAv8-64, 4 KiB granule). */
#define S2_TABLE 3ull
#define S2_BLOCK 1ull
#define S2_MEMATTR_NORMAL_WB (0xfull << 2)
#define S2_AP_RW (3ull << 6)
#define S2_SH_INNER (3ull << 8)
#define S2_AF (1ull << 10)
#define S2_LEVEL1_SHIFT 30
#define S2_LEVEL2_SHIFT 21

extern const char __image_start[], __image_end[];

struct hyp_guest_cpu hyp_guest_cpus[PLAT_MAX_CPUS];
/* 32 bytes: the alignment a 4-entry level-1 table needs in VTTBR. */
uint64_t hyp_guest_level1[PLAT_MAX_CPUS][HYP_GUEST_LEVEL1_ENTRIES]
	__attribute__((aligned(32)));
uint64_t hyp_guest_level2[PLAT_MAX_CPUS][HYP_GUEST_LEVEL2_ENTRIES]
	__attribute__((aligned(4096)));

int hyp_guest_window_is_valid(hypstub_reg_t window)
{
	uint64_t start = window;
	uint64_t image_start = (uint64_t)(uintptr_t)__image_start;
	uint64_t image_end = (uint64_t)(uintptr_t)__image_end;

	if (start % HYP_GUEST_WINDOW_SIZE != 0 ||
	    !stub_range_in_ram(window, HYP_GUEST_WINDOW_SIZE) ||
	    start > HYP_GUEST_IPA_LIMIT - HYP_GUEST_WINDOW_SIZE)
		return 0;
	/* Never the image that holds this hypervisor, its tables and stacks. */
	return start + HYP_GUEST_WINDOW_SIZE <= image_start ||
	       start >= image_end;
}

int hyp_arch_in_guest(void)
{
	return hyp_guest_cpus[plat_cpu_index()].in_guest != 0;
}

int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument)
{
	unsigned int cpu = plat_cpu_index();
	struct hyp_guest_cpu *guest = &hyp_guest_cpus[cpu];
	uint64_t *level1 = hyp_guest_level1[cpu];
	uint64_t *level2 = hyp_guest_level2[cpu];
	uint64_t start = window;
	unsigned int i;

	if (!hyp_guest_window_is_valid(window)) {
		ctx->r[0] = SMCCC_RET_INVALID_PARAMETER;
		return HYP_NEXT_RETURN;
	}
	for (i = 0; i < HYP_GUEST_LEVEL1_ENTRIES; i++)
		level1[i] = 0;
	for (i = 0; i < HYP_GUEST_LEVEL2_ENTRIES; i++)
		level2[i] = 0;
	/* The window ends below 4 GiB: % 4 changes nothing, and bounds it. */
	level1[(start >> S2_LEVEL1_SHIFT) % HYP_GUEST_LEVEL1_ENTRIES] =
		(uint64_t)(uintptr_t)level2 | S2_TABLE;
	level2[(start >> S2_LEVEL2_SHIFT) % HYP_GUEST_LEVEL2_ENTRIES] =
		start | S2_BLOCK | S2_MEMATTR_NORMAL_WB | S2_AP_RW |
		S2_SH_INNER | S2_AF;

	guest->host = ctx;
	/* The switch orders the table writes before the walks (dsb). */
	hyp_arch_guest_switch_in(cpu, (uint64_t)(uintptr_t)level1);
	guest->in_guest = 1;
	ctx->next_pc = window;
	ctx->next_arg = argument;
	return HYP_NEXT_ENTER_GUEST;
}

int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2)
{
	unsigned int cpu = plat_cpu_index();
	struct hyp_guest_cpu *guest = &hyp_guest_cpus[cpu];

	hyp_arch_guest_switch_out(cpu);
	guest->in_guest = 0;
	guest->host->r[0] = reason;
	guest->host->r[1] = detail1;
	guest->host->r[2] = detail2;
	ctx->next_sp = (hypstub_reg_t)(uintptr_t)guest->host;
	return HYP_NEXT_GUEST_EXIT;
}

/*
 * An IRQ, FIQ or SError taken to HYP/EL2: only a guest run routes them
 * there (AArch64's HCR_EL2.IMO, FMO, AMO), and it ends that run. At any
 * other time it is unexpected.
 */
int hyp_handle_interrupt(struct hyp_context *ctx, hypstub_reg_t kind)
{
	if (!hyp_arch_in_guest())
		return HYP_NEXT_HALT;
	return hyp_arch_guest_exit(ctx, HYP_GUEST_EXIT_INTERRUPT, kind,
				   kind == HYP_GUEST_INTERRUPT_SERROR ? ctx->esr
								      : 0);
}
