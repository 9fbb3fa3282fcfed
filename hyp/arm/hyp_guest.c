// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest, AArch32's world switch (hyp/guest.c has
 * the window, the stage-2 tables and the run's bookkeeping): stage 2 on
 * (VTTBR, VTCR, HCR.VM), and the host's PL1 state, system and banked
 * registers, saved and restored, so the guest can write any of them. While
 * it runs, HCR traps what it must not do to the machine: smc (firmware),
 * wfi/wfe (the host would never get the CPU back), set/way cache
 * maintenance (it would drop the host's dirty data) and ACTLR.
 */
#include <arch/arm/cache.h>
#include <arch/arm/sysreg.h>
#include <arch/portable.h>
#include <hyp/core.h>
#include <hyp/guest.h>
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

#define HPFAR_SHIFT 8
#define FAR_PAGE_OFFSET 0xfffu

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

/* The host's PL1 state while its guest runs. */
static struct pl1_state hyp_guest_host_state[PLAT_MAX_CPUS];

/* What uninstall cleans of the guest's state (hyp_arch.c has the rest). */
const struct arch_range hyp_guest_data[] = {
	{hyp_guest_cpus, sizeof(hyp_guest_cpus)},
	{hyp_guest_host_state, sizeof(hyp_guest_host_state)},
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

void hyp_arch_guest_switch_in(unsigned int cpu, uint64_t stage2_table)
{
	struct pl1_state *host = &hyp_guest_host_state[cpu];

	dsb();
	pl1_save(host);
	/* The guest starts with its MMU and caches off. */
	write_sctlr(host->sctlr & ~(uint32_t)(SCTLR_M | SCTLR_C | SCTLR_I));
	write_vtcr(VTCR_GUEST);
	write_vttbr(VTTBR_VMID_GUEST | stage2_table);
	__asm__ volatile(
		"mcr p15, 4, %0, c8, c7, 4" ::"r"(0)); /* TLBIALLNSNH */
	dsb();
	write_hcr(HCR_GUEST);
	isb();
}

void hyp_arch_guest_switch_out(unsigned int cpu)
{
	write_hcr(0);
	write_vttbr(0);
	isb();
	pl1_restore(&hyp_guest_host_state[cpu]);
}

uint32_t hyp_arch_guest_fault_address(uint32_t esr)
{
	uint32_t far =
		ESR_EC(esr) == ESR_EC_IABT_LOWER ? read_hifar() : read_hdfar();

	return (read_hpfar() << HPFAR_SHIFT) | (far & FAR_PAGE_OFFSET);
}
