// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest, AArch32: one guest at a time per CPU, at
 * PL1 in a 2 MiB window of RAM identity-mapped by stage 2 (VTTBR, VTCR,
 * HCR.VM), nothing else mapped. The world switch saves and restores the
 * host's PL1 state, system and banked registers, so the guest can write any
 * of them. While it runs, HCR traps what it must not do to the machine:
 * smc (firmware), wfi/wfe (the host would never get the CPU back), set/way
 * cache maintenance (it would drop the host's dirty data) and ACTLR.
 */
#include <arch/arm/cache.h>
#include <arch/arm/sysreg.h>
#include <arch/portable.h>
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>
#include <plat/cpu.h>
#include <plat/platform.h>

#define HCR_VM (1u << 0)
#define HCR_TWI (1u << 13)
#define HCR_TWE (1u << 14)
#define HCR_TSC (1u << 19)
#define HCR_TAC (1u << 21)
#define HCR_TSW (1u << 22)
#define HCR_GUEST (HCR_VM | HCR_TWI | HCR_TWE | HCR_TSC | HCR_TAC | HCR_TSW)

#define VTCR_RES1 (1u << 31)
#define VTCR_SH0_INNER (3u << 12)
#define VTCR_ORGN0_WB (1u << 10)
#define VTCR_IRGN0_WB (1u << 8)
#define VTCR_SL0_LEVEL1 (1u << 6)
#define VTCR_GUEST                                                             \
	(VTCR_RES1 | VTCR_SH0_INNER | VTCR_ORGN0_WB | VTCR_IRGN0_WB |          \
	 VTCR_SL0_LEVEL1)
#define VTTBR_VMID_GUEST (1ull << 48)

#define S2_TABLE 3u
#define S2_BLOCK 1u
#define S2_MEMATTR_NORMAL_WB (0xfu << 2)
#define S2_AP_RW (3u << 6)
#define S2_SH_INNER (3u << 8)
#define S2_AF (1u << 10)
#define S2_LEVEL1_SHIFT 30
#define S2_LEVEL2_SHIFT 21
#define S2_LEVEL2_ENTRIES 512

#define HPFAR_SHIFT 8
#define FAR_PAGE_OFFSET 0xfffu

extern const char __image_start[], __image_end[];

struct pl1_state {
	uint32_t sctlr, cpacr, ttbcr, dacr, dfsr, ifsr, dfar, ifar;
	uint32_t prrr, nmrr, vbar, contextidr, tpidrurw, tpidruro, tpidrprw;
	uint32_t cntkctl;
	uint64_t ttbr0, ttbr1, par;
	uint32_t sp_usr;
	uint32_t sp_svc, lr_svc, spsr_svc, sp_abt, lr_abt, spsr_abt;
	uint32_t sp_und, lr_und, spsr_und, sp_irq, lr_irq, spsr_irq;
	uint32_t r8_fiq, r9_fiq, r10_fiq, r11_fiq, r12_fiq;
	uint32_t sp_fiq, lr_fiq, spsr_fiq;
};

struct hyp_guest_cpu {
	uint32_t in_guest;
	struct hyp_context *host;
	struct pl1_state host_state;
};

static struct hyp_guest_cpu hyp_guests[PLAT_MAX_CPUS];
static uint64_t hyp_guest_level1[PLAT_MAX_CPUS][4] __attribute__((aligned(32)));
static uint64_t hyp_guest_level2[PLAT_MAX_CPUS][S2_LEVEL2_ENTRIES]
	__attribute__((aligned(4096)));

/* What uninstall cleans of the guest's state (hyp_arch.c has the rest). */
const struct arch_range hyp_guest_data[] = {
	{hyp_guests, sizeof(hyp_guests)},
	{hyp_guest_level1, sizeof(hyp_guest_level1)},
	{hyp_guest_level2, sizeof(hyp_guest_level2)},
};
const uint32_t hyp_guest_data_count =
	sizeof(hyp_guest_data) / sizeof(hyp_guest_data[0]);

#define CP15_READ(field, op1, crn, crm, op2)                                   \
	__asm__ volatile("mrc p15, " #op1 ", %0, " #crn ", " #crm ", " #op2    \
			 : "=r"(state->field))
#define CP15_WRITE(field, op1, crn, crm, op2)                                  \
	__asm__ volatile("mcr p15, " #op1 ", %0, " #crn ", " #crm ", " #op2    \
			 :                                                     \
			 : "r"(state->field))
#define CP15_READ64(field, op1, crm)                                           \
	do {                                                                   \
		uint32_t low, high;                                            \
		__asm__ volatile("mrrc p15, " #op1 ", %0, %1, " #crm           \
				 : "=r"(low), "=r"(high));                     \
		state->field = (uint64_t)high << 32 | low;                     \
	} while (0)
#define CP15_WRITE64(field, op1, crm)                                          \
	__asm__ volatile("mcrr p15, " #op1 ", %0, %1, " #crm                   \
			 :                                                     \
			 : "r"((uint32_t)state->field),                        \
			   "r"((uint32_t)(state->field >> 32)))
#define BANKED_READ(field, reg)                                                \
	__asm__ volatile("mrs %0, " #reg : "=r"(state->field))
#define BANKED_WRITE(field, reg)                                               \
	__asm__ volatile("msr " #reg ", %0" ::"r"(state->field))

/* Every PL1 register the guest can change, in one list for both ways. */
#define PL1_STATE(CP, CP64, BANKED)                                            \
	do {                                                                   \
		CP(sctlr, 0, c1, c0, 0);                                       \
		CP(cpacr, 0, c1, c0, 2);                                       \
		CP(ttbcr, 0, c2, c0, 2);                                       \
		CP(dacr, 0, c3, c0, 0);                                        \
		CP(dfsr, 0, c5, c0, 0);                                        \
		CP(ifsr, 0, c5, c0, 1);                                        \
		CP(dfar, 0, c6, c0, 0);                                        \
		CP(ifar, 0, c6, c0, 2);                                        \
		CP(prrr, 0, c10, c2, 0);                                       \
		CP(nmrr, 0, c10, c2, 1);                                       \
		CP(vbar, 0, c12, c0, 0);                                       \
		CP(contextidr, 0, c13, c0, 1);                                 \
		CP(tpidrurw, 0, c13, c0, 2);                                   \
		CP(tpidruro, 0, c13, c0, 3);                                   \
		CP(tpidrprw, 0, c13, c0, 4);                                   \
		CP(cntkctl, 0, c14, c1, 0);                                    \
		CP64(ttbr0, 0, c2);                                            \
		CP64(ttbr1, 1, c2);                                            \
		CP64(par, 0, c7);                                              \
		BANKED(sp_usr, sp_usr);                                        \
		BANKED(sp_svc, sp_svc);                                        \
		BANKED(lr_svc, lr_svc);                                        \
		BANKED(spsr_svc, spsr_svc);                                    \
		BANKED(sp_abt, sp_abt);                                        \
		BANKED(lr_abt, lr_abt);                                        \
		BANKED(spsr_abt, spsr_abt);                                    \
		BANKED(sp_und, sp_und);                                        \
		BANKED(lr_und, lr_und);                                        \
		BANKED(spsr_und, spsr_und);                                    \
		BANKED(sp_irq, sp_irq);                                        \
		BANKED(lr_irq, lr_irq);                                        \
		BANKED(spsr_irq, spsr_irq);                                    \
		BANKED(r8_fiq, r8_fiq);                                        \
		BANKED(r9_fiq, r9_fiq);                                        \
		BANKED(r10_fiq, r10_fiq);                                      \
		BANKED(r11_fiq, r11_fiq);                                      \
		BANKED(r12_fiq, r12_fiq);                                      \
		BANKED(sp_fiq, sp_fiq);                                        \
		BANKED(lr_fiq, lr_fiq);                                        \
		BANKED(spsr_fiq, spsr_fiq);                                    \
	} while (0)

static void pl1_save(struct pl1_state *state)
{
	PL1_STATE(CP15_READ, CP15_READ64, BANKED_READ);
}

static void pl1_restore(const struct pl1_state *state)
{
	PL1_STATE(CP15_WRITE, CP15_WRITE64, BANKED_WRITE);
	isb();
}

int hyp_arch_in_guest(void)
{
	return hyp_guests[plat_cpu_index()].in_guest;
}

static int window_is_valid(uint32_t window)
{
	uint32_t image_start = (uint32_t)(uintptr_t)__image_start;
	uint32_t image_end = (uint32_t)(uintptr_t)__image_end;

	if (window % HYP_GUEST_WINDOW_SIZE != 0 ||
	    !stub_range_in_ram(window, HYP_GUEST_WINDOW_SIZE))
		return 0;
	/* Never the image that holds this hypervisor, its tables and stacks. */
	return window + HYP_GUEST_WINDOW_SIZE <= image_start ||
	       window >= image_end;
}

int hyp_arch_enter_guest(struct hyp_context *ctx, uint32_t window,
			 uint32_t argument)
{
	unsigned int cpu = plat_cpu_index();
	struct hyp_guest_cpu *guest = &hyp_guests[cpu];
	uint64_t *level1 = hyp_guest_level1[cpu];
	uint64_t *level2 = hyp_guest_level2[cpu];
	unsigned int i;

	if (!window_is_valid(window)) {
		ctx->r[0] = SMCCC_RET_INVALID_PARAMETER;
		return HYP_NEXT_RETURN;
	}
	for (i = 0; i < 4; i++)
		level1[i] = 0;
	for (i = 0; i < S2_LEVEL2_ENTRIES; i++)
		level2[i] = 0;
	level1[window >> S2_LEVEL1_SHIFT] =
		(uint32_t)(uintptr_t)level2 | S2_TABLE;
	level2[(window >> S2_LEVEL2_SHIFT) % S2_LEVEL2_ENTRIES] =
		window | S2_BLOCK | S2_MEMATTR_NORMAL_WB | S2_AP_RW |
		S2_SH_INNER | S2_AF;
	dsb();

	pl1_save(&guest->host_state);
	guest->host = ctx;
	/* The guest starts with its MMU and caches off. */
	write_sctlr(guest->host_state.sctlr &
		    ~(uint32_t)(SCTLR_M | SCTLR_C | SCTLR_I));
	write_vtcr(VTCR_GUEST);
	write_vttbr(VTTBR_VMID_GUEST | (uint32_t)(uintptr_t)level1);
	__asm__ volatile(
		"mcr p15, 4, %0, c8, c7, 4" ::"r"(0)); /* TLBIALLNSNH */
	dsb();
	write_hcr(HCR_GUEST);
	isb();
	guest->in_guest = 1;
	ctx->next_pc = window;
	ctx->next_arg = argument;
	return HYP_NEXT_ENTER_GUEST;
}

int hyp_arch_guest_exit(struct hyp_context *ctx, uint32_t reason,
			uint32_t detail1, uint32_t detail2)
{
	struct hyp_guest_cpu *guest = &hyp_guests[plat_cpu_index()];

	write_hcr(0);
	write_vttbr(0);
	isb();
	pl1_restore(&guest->host_state);
	guest->in_guest = 0;
	guest->host->r[0] = reason;
	guest->host->r[1] = detail1;
	guest->host->r[2] = detail2;
	ctx->next_sp = (uint32_t)(uintptr_t)guest->host;
	return HYP_NEXT_GUEST_EXIT;
}

uint32_t hyp_arch_guest_fault_address(uint32_t esr)
{
	uint32_t far =
		ESR_EC(esr) == ESR_EC_IABT_LOWER ? read_hifar() : read_hdfar();

	return (read_hpfar() << HPFAR_SHIFT) | (far & FAR_PAGE_OFFSET);
}
