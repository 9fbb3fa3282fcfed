// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's AArch32 half: its per-CPU state and stacks, the
 * LPAE identity map it runs on, and the hooks hyp/hyp_main.c calls.
 *
 * The map: 1 GiB blocks at level 1 (HTCR.T0SZ = 0, four entries).
 *   0x00000000-0x3fffffff  Device-nGnRE, execute-never (UART, GIC, ...)
 *   0x40000000-0x7fffffff  Normal write-back (RAM)
 *   0x80000000-0xffffffff  unmapped: any access faults
 */
#include <arch/arm/cache.h>
#include <arch/arm/sysreg.h>
#include <hyp/core.h>
#include <hypstub/abi.h>
#include <plat/cpu.h>
#include <plat/platform.h>

#define LPAE_BLOCK (1u << 0)
#define LPAE_ATTR_INDEX(n) ((uint32_t)(n) << 2)
#define LPAE_AP_HYP (1u << 6) /* AP[1]: should be one at PL2 */
#define LPAE_SH_INNER (3u << 8)
#define LPAE_AF (1u << 10)
#define LPAE_XN_HIGH (1u << 22) /* bit 54 of the descriptor */
#define LPAE_L1_ENTRIES 4
#define LPAE_L1_BLOCK_SIZE 0x40000000u

#define MAIR_NORMAL_WB 0xff
#define MAIR_DEVICE_NGNRE 0x04
#define ATTR_NORMAL 0
#define ATTR_DEVICE 1

#define HTCR_RES1 (1u << 31)
#define HTCR_IRGN0_WB (1u << 8)
#define HTCR_ORGN0_WB (1u << 10)
#define HTCR_SH0_INNER (3u << 12)

#define PAR_FAULT 1u
#define PAGE_MASK 0xfffu

struct hyp_cpu_state {
	uint32_t initialised;
	uint32_t stub_sp; /* SP_hyp of the boot stub, given back at uninstall */
	uint32_t hsctlr;  /* what HYP_CALL_INIT found, restored at uninstall */
	uint32_t htcr;
	uint32_t hmair0;
	uint32_t hmair1;
	uint64_t httbr;
};

static struct hyp_cpu_state hyp_cpus[PLAT_MAX_CPUS];
static uint64_t hyp_page_table[LPAE_L1_ENTRIES] __attribute__((aligned(32)));
static uint8_t hyp_stacks[PLAT_MAX_CPUS][1 << HYP_STACK_SHIFT]
	__attribute__((aligned(8)));

/*
 * All the memory HYP writes while the hypervisor is installed, its MMU and
 * caches on: what uninstall must clean, by address, once they are off
 * (hyp_vectors.S). hyp_guest.c has its own table. Never written itself.
 */
const struct arch_range hyp_arch_data[] = {
	{hyp_cpus, sizeof(hyp_cpus)},
	{hyp_page_table, sizeof(hyp_page_table)},
	{hyp_stacks, sizeof(hyp_stacks)},
};
const uint32_t hyp_arch_data_count =
	sizeof(hyp_arch_data) / sizeof(hyp_arch_data[0]);

extern const char stub_vectors[];

uint32_t hyp_arch_stub_vectors(void)
{
	return (uint32_t)(uintptr_t)stub_vectors;
}

static uint64_t hyp_block(uint32_t address, uint32_t attr_index,
			  uint32_t high_bits)
{
	uint32_t low = address | LPAE_BLOCK | LPAE_ATTR_INDEX(attr_index) |
		       LPAE_AP_HYP | LPAE_AF;

	if (attr_index == ATTR_NORMAL)
		low |= LPAE_SH_INNER;
	return ((uint64_t)high_bits << 32) | low;
}

/* Same content every time: CPUs may run it at once without harm. */
static void hyp_build_page_table(void)
{
	hyp_page_table[0] = hyp_block(0, ATTR_DEVICE, LPAE_XN_HIGH);
	hyp_page_table[1] = hyp_block(LPAE_L1_BLOCK_SIZE, ATTR_NORMAL, 0);
	hyp_page_table[2] = 0;
	hyp_page_table[3] = 0;
	dsb();
}

/* Runs with the MMU off, on the boot stub's stack. */
int hyp_arch_init(struct hyp_context *ctx)
{
	unsigned int cpu = plat_cpu_index();
	struct hyp_cpu_state *state = &hyp_cpus[cpu];

	if (state->initialised) {
		ctx->r[0] = SMCCC_RET_NOT_REQUIRED;
		return HYP_NEXT_RETURN;
	}
	state->stub_sp = (uint32_t)(uintptr_t)(ctx + 1);
	state->hsctlr = read_hsctlr();
	state->htcr = read_htcr();
	state->hmair0 = read_hmair0();
	state->hmair1 = read_hmair1();
	state->httbr = read_httbr();

	hyp_build_page_table();
	write_hmair0(MAIR_NORMAL_WB << (8 * ATTR_NORMAL) |
		     MAIR_DEVICE_NGNRE << (8 * ATTR_DEVICE));
	write_hmair1(0);
	write_htcr(HTCR_RES1 | HTCR_IRGN0_WB | HTCR_ORGN0_WB | HTCR_SH0_INNER);
	write_httbr((uint32_t)(uintptr_t)hyp_page_table);
	isb();
	state->initialised = 1;

	ctx->r[0] = SMCCC_RET_SUCCESS;
	ctx->next_sp = (uint32_t)(uintptr_t)&hyp_stacks[cpu + 1][0];
	return HYP_NEXT_INIT;
}

void hyp_arch_prepare_uninstall(struct hyp_context *ctx)
{
	struct hyp_cpu_state *state = &hyp_cpus[plat_cpu_index()];

	ctx->next_vbar = hyp_arch_stub_vectors();
	if (state->initialised)
		ctx->next_sp = state->stub_sp;
	else
		ctx->next_sp = (uint32_t)(uintptr_t)(ctx + 1);
}

/* Called by hyp_next_uninstall with the MMU and caches off and cleaned. */
void hyp_arch_finish_uninstall(void);
void hyp_arch_finish_uninstall(void)
{
	struct hyp_cpu_state *state = &hyp_cpus[plat_cpu_index()];

	if (!state->initialised)
		return;
	write_htcr(state->htcr);
	write_hmair0(state->hmair0);
	write_hmair1(state->hmair1);
	write_httbr(state->httbr);
	write_hsctlr(state->hsctlr);
	isb();
	state->initialised = 0;
}

uint32_t hyp_arch_read_register(uint32_t id)
{
	switch (id) {
	case HYP_REG_SCTLR:
		return read_hsctlr();
	case HYP_REG_HCR:
		return read_hcr();
	case HYP_REG_VBAR:
		return read_hvbar();
	case HYP_REG_TCR:
		return read_htcr();
	case HYP_REG_TTBR:
		return (uint32_t)read_httbr();
	case HYP_REG_MAIR:
		return read_hmair0();
	default:
		return 0;
	}
}

void hyp_arch_tlb_flush(void)
{
	dsb();
	write_tlbiallh(0);
	dsb();
	isb();
}

void hyp_arch_mmu_check(struct hyp_context *ctx)
{
	uint32_t address = (uint32_t)(uintptr_t)hyp_arch_mmu_check;
	uint64_t par;

	__asm__ volatile(
		"mcr p15, 4, %0, c7, c8, 0" ::"r"(address)); /* ATS1HR */
	isb();
	par = read_par64();
	ctx->r[1] = read_hsctlr();
	ctx->r[2] = address;
	if (par & PAR_FAULT)
		ctx->r[3] = 0xffffffff;
	else
		ctx->r[3] =
			((uint32_t)par & ~PAGE_MASK) | (address & PAGE_MASK);
}

#ifdef HYP_TEST_FAULT_CALL
void hyp_arch_test_fault(void)
{
	/* Unmapped in the hypervisor's tables: a translation fault in HYP. */
	(void)*(volatile uint32_t *)0xc0000000;
}
#endif
