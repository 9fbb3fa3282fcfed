// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's AArch64 half (nVHE: the host stays at EL1): its
 * per-CPU state and stacks, the EL2 stage-1 identity map it runs on, and
 * the hooks hyp/hyp_main.c calls. Mirrors hyp/arm/hyp_arch.c.
 *
 * The map: 4 KiB granule, TCR_EL2.T0SZ = 32 (a 4 GiB input range), so the
 * walk starts at level 1 with four 1 GiB block entries:
 *   0x00000000-0x3fffffff  Device-nGnRE, execute-never (UART, GIC, ...)
 *   0x40000000-0x7fffffff  Normal write-back (RAM)
 *   0x80000000-0xffffffff  unmapped: any access faults
 */
#include <arch/arm64/cache.h>
#include <arch/arm64/sysreg.h>
#include <hyp/core.h>
#include <hypstub/abi.h>
#include <plat/cpu.h>
#include <plat/platform.h>

#define DESC_BLOCK (1ull << 0)
#define DESC_ATTR_INDEX(n) ((uint64_t)(n) << 2)
#define DESC_AP_EL2 (1ull << 6) /* AP[1]: RES1 in the EL2 regime */
#define DESC_SH_INNER (3ull << 8)
#define DESC_AF (1ull << 10)
#define DESC_XN (1ull << 54)
#define L1_ENTRIES 4
#define L1_BLOCK_SIZE 0x40000000ull

#define MAIR_NORMAL_WB 0xffull
#define MAIR_DEVICE_NGNRE 0x04ull
#define ATTR_NORMAL 0
#define ATTR_DEVICE 1

/* TCR_EL2 (without VHE): RES1 bits 31 and 23; PS = 0 (4 GiB of PA). */
#define TCR_EL2_RES1 ((1ull << 31) | (1ull << 23))
#define TCR_T0SZ_4GIB 32ull
#define TCR_IRGN0_WBWA (1ull << 8)
#define TCR_ORGN0_WBWA (1ull << 10)
#define TCR_SH0_INNER (3ull << 12)
#define TCR_TG0_4K (0ull << 14)

#define PAR_FAULT 1ull
#define PAR_PA_MASK 0x0000fffffffff000ull
#define PAGE_MASK 0xfffull
#define CACHE_LINE_MIN 16

struct hyp_cpu_state {
	uint64_t initialised;
	uint64_t stub_sp; /* SP_EL2 of the boot stub, given back at uninstall */
	uint64_t sctlr;	  /* what HYP_CALL_INIT found, restored at uninstall */
	uint64_t tcr;
	uint64_t mair;
	uint64_t ttbr0;
};

static struct hyp_cpu_state hyp_cpus[PLAT_MAX_CPUS];
static uint64_t hyp_page_table[L1_ENTRIES] __attribute__((aligned(4096)));
static uint8_t hyp_stacks[PLAT_MAX_CPUS][1 << HYP_STACK_SHIFT]
	__attribute__((aligned(16)));

/*
 * All the memory EL2 writes while the hypervisor is installed, its MMU and
 * caches on: what uninstall and a soft restart clean, by VA, once they are
 * off (hyp_vectors.S), so that no line EL2 dirtied outlives it. Never
 * written itself, so it can be read with the caches off.
 */
const struct arch_range hyp_arch_data[] = {
	{hyp_cpus, sizeof(hyp_cpus)},
	{hyp_page_table, sizeof(hyp_page_table)},
	{hyp_stacks, sizeof(hyp_stacks)},
};
const uint64_t hyp_arch_data_count =
	sizeof(hyp_arch_data) / sizeof(hyp_arch_data[0]);

extern const char stub_vectors[];

hypstub_reg_t hyp_arch_stub_vectors(void)
{
	return (hypstub_reg_t)(uintptr_t)stub_vectors;
}

static uint64_t hyp_block(uint64_t address, unsigned int attr_index)
{
	uint64_t desc = address | DESC_BLOCK | DESC_ATTR_INDEX(attr_index) |
			DESC_AP_EL2 | DESC_AF;

	if (attr_index == ATTR_NORMAL)
		desc |= DESC_SH_INNER;
	else
		desc |= DESC_XN;
	return desc;
}

/*
 * Same content every time: CPUs may run it at once without harm. Written
 * with the MMU and caches off; cleaned and invalidated to the point of
 * coherency so that no stale line hides it once the walker reads through
 * the caches.
 */
static void hyp_build_page_table(void)
{
	uintptr_t line;

	hyp_page_table[0] = hyp_block(0, ATTR_DEVICE);
	hyp_page_table[1] = hyp_block(L1_BLOCK_SIZE, ATTR_NORMAL);
	hyp_page_table[2] = 0;
	hyp_page_table[3] = 0;
	dsb();
	for (line = (uintptr_t)hyp_page_table;
	     line < (uintptr_t)(hyp_page_table + L1_ENTRIES);
	     line += CACHE_LINE_MIN)
		__asm__ volatile("dc civac, %0" ::"r"(line) : "memory");
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
	state->stub_sp = (uint64_t)(uintptr_t)(ctx + 1);
	state->sctlr = read_sctlr_el2();
	state->tcr = read_tcr_el2();
	state->mair = read_mair_el2();
	state->ttbr0 = read_ttbr0_el2();

	hyp_build_page_table();
	write_mair_el2(MAIR_NORMAL_WB << (8 * ATTR_NORMAL) |
		       MAIR_DEVICE_NGNRE << (8 * ATTR_DEVICE));
	write_tcr_el2(TCR_EL2_RES1 | TCR_T0SZ_4GIB | TCR_IRGN0_WBWA |
		      TCR_ORGN0_WBWA | TCR_SH0_INNER | TCR_TG0_4K);
	write_ttbr0_el2((uint64_t)(uintptr_t)hyp_page_table);
	isb();
	state->initialised = 1;

	ctx->r[0] = SMCCC_RET_SUCCESS;
	ctx->next_sp = (uint64_t)(uintptr_t)&hyp_stacks[cpu + 1][0];
	return HYP_NEXT_INIT;
}

void hyp_arch_prepare_uninstall(struct hyp_context *ctx)
{
	struct hyp_cpu_state *state = &hyp_cpus[plat_cpu_index()];

	ctx->next_vbar = hyp_arch_stub_vectors();
	if (state->initialised)
		ctx->next_sp = state->stub_sp;
	else
		ctx->next_sp = (uint64_t)(uintptr_t)(ctx + 1);
}

/* Called by hyp_next_uninstall with the MMU and caches off and cleaned. */
void hyp_arch_finish_uninstall(void);
void hyp_arch_finish_uninstall(void)
{
	struct hyp_cpu_state *state = &hyp_cpus[plat_cpu_index()];

	if (!state->initialised)
		return;
	write_tcr_el2(state->tcr);
	write_mair_el2(state->mair);
	write_ttbr0_el2(state->ttbr0);
	write_sctlr_el2(state->sctlr);
	isb();
	tlbi_alle2();
	state->initialised = 0;
}

hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id)
{
	switch (id) {
	case HYP_REG_SCTLR:
		return read_sctlr_el2();
	case HYP_REG_HCR:
		return read_hcr_el2();
	case HYP_REG_VBAR:
		return read_vbar_el2();
	case HYP_REG_TCR:
		return read_tcr_el2();
	case HYP_REG_TTBR:
		return read_ttbr0_el2();
	case HYP_REG_MAIR:
		return read_mair_el2();
	default:
		return 0;
	}
}

void hyp_arch_tlb_flush(void)
{
	dsb();
	tlbi_alle2();
}

/*
 * AT S1E2R writes PAR_EL1, which belongs to the host at EL1: it gets its
 * value back.
 */
void hyp_arch_mmu_check(struct hyp_context *ctx)
{
	uint64_t address = (uint64_t)(uintptr_t)hyp_arch_mmu_check;
	uint64_t host_par = read_par_el1();
	uint64_t par;

	__asm__ volatile("at s1e2r, %0" ::"r"(address) : "memory");
	isb();
	par = read_par_el1();
	write_par_el1(host_par);
	ctx->r[1] = read_sctlr_el2();
	ctx->r[2] = address;
	if (par & PAR_FAULT)
		ctx->r[3] = ~(hypstub_reg_t)0;
	else
		ctx->r[3] = (par & PAR_PA_MASK) | (address & PAGE_MASK);
}

#ifdef HYP_TEST_FAULT_CALL
void hyp_arch_test_fault(void)
{
	/* Unmapped in the hypervisor's tables: a translation fault at EL2. */
	(void)*(volatile uint32_t *)0xc0000000;
}
#endif
