// SPDX-License-Identifier: BSD-2-Clause
/*
 * The EL1 identity map of the AArch64 test kernels, MMU and caches on: so
 * that kexec and kdump are tested from a kernel that runs as Linux does
 * (the restart must clean the caches and turn the MMU off itself). 4 KiB
 * granule, TCR_EL1.T0SZ = 32, four 1 GiB blocks at level 1:
 *   0x00000000-0x3fffffff  Device-nGnRE, never executed (UART, GIC, ...)
 *   0x40000000-0x7fffffff  Normal write-back (RAM)
 *   0x80000000-0xffffffff  unmapped
 */
#include <arch/arm64/sysreg.h>
#include <kernel/kernel.h>

#define DESC_BLOCK (1ull << 0)
#define DESC_ATTR_INDEX(n) ((uint64_t)(n) << 2)
#define DESC_SH_INNER (3ull << 8)
#define DESC_AF (1ull << 10)
#define DESC_PXN (1ull << 53)
#define DESC_UXN (1ull << 54)
#define L1_ENTRIES 4
#define L1_BLOCK_SIZE 0x40000000ull

#define ATTR_NORMAL 0
#define ATTR_DEVICE 1
#define MAIR_VALUE 0x04ffull /* attr0 Normal WB, attr1 Device-nGnRE */

#define TCR_T0SZ_4GIB 32ull
#define TCR_IRGN0_WBWA (1ull << 8)
#define TCR_ORGN0_WBWA (1ull << 10)
#define TCR_SH0_INNER (3ull << 12)
#define TCR_EPD1 (1ull << 23) /* no TTBR1 walks */

static uint64_t kernel_page_table[L1_ENTRIES] __attribute__((aligned(4096)));

void kernel_mmu_enable(void)
{
	if (kernel_mmu_enabled())
		return;
	kernel_page_table[0] = DESC_BLOCK | DESC_ATTR_INDEX(ATTR_DEVICE) |
			       DESC_AF | DESC_PXN | DESC_UXN;
	kernel_page_table[1] = L1_BLOCK_SIZE | DESC_BLOCK |
			       DESC_ATTR_INDEX(ATTR_NORMAL) | DESC_SH_INNER |
			       DESC_AF | DESC_UXN;
	kernel_page_table[2] = 0;
	kernel_page_table[3] = 0;
	dsb();
	write_mair_el1(MAIR_VALUE);
	write_tcr_el1(TCR_T0SZ_4GIB | TCR_IRGN0_WBWA | TCR_ORGN0_WBWA |
		      TCR_SH0_INNER | TCR_EPD1);
	write_ttbr0_el1((uint64_t)(uintptr_t)kernel_page_table);
	isb();
	__asm__ volatile("tlbi vmalle1\n\tdsb sy\n\tisb" ::: "memory");
	write_sctlr_el1(read_sctlr_el1() | SCTLR_M | SCTLR_C | SCTLR_I);
	isb();
}

int kernel_mmu_enabled(void)
{
	return (read_sctlr_el1() & SCTLR_M) != 0;
}
