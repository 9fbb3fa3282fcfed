// SPDX-License-Identifier: BSD-2-Clause
/*
 * The SVC kernel's MMU: an identity map with short-descriptor 1 MiB
 * sections, RAM write-back cacheable, everything below RAM device memory,
 * nothing above RAM's first GiB. Identity, so kexec can turn it off under
 * the running code.
 */
#include <arch/arm/sysreg.h>
#include <kernel/kernel.h>
#include <plat/platform.h>

#define SECTIONS 4096
#define SECTION_SHIFT 20
#define SECTION (2u << 0)
#define SECTION_B (1u << 2)
#define SECTION_C (1u << 3)
#define SECTION_XN (1u << 4)
#define SECTION_AP_RW (3u << 10)
#define SECTION_TEX_WBWA (1u << 12)
#define SECTION_S (1u << 16)
#define SECTION_NORMAL                                                         \
	(SECTION | SECTION_B | SECTION_C | SECTION_TEX_WBWA | SECTION_S |      \
	 SECTION_AP_RW)
#define SECTION_DEVICE (SECTION | SECTION_B | SECTION_XN | SECTION_AP_RW)
#define DACR_DOMAIN0_CLIENT 1u
#define SCTLR_Z (1u << 11)

static uint32_t kernel_page_table[SECTIONS] __attribute__((aligned(16384)));

static void write_ttbr0(uint32_t value)
{
	__asm__ volatile("mcr p15, 0, %0, c2, c0, 0" ::"r"(value) : "memory");
}

static void write_ttbcr(uint32_t value)
{
	__asm__ volatile("mcr p15, 0, %0, c2, c0, 2" ::"r"(value) : "memory");
}

static void write_dacr(uint32_t value)
{
	__asm__ volatile("mcr p15, 0, %0, c3, c0, 0" ::"r"(value) : "memory");
}

void kernel_mmu_enable(void)
{
	uint32_t section;

	for (section = 0; section < SECTIONS; section++) {
		uint32_t address = section << SECTION_SHIFT;

		if (address < PLAT_RAM_BASE)
			kernel_page_table[section] = address | SECTION_DEVICE;
		else if (address - PLAT_RAM_BASE < 0x40000000u)
			kernel_page_table[section] = address | SECTION_NORMAL;
		else
			kernel_page_table[section] = 0;
	}
	dsb();
	write_ttbcr(0);
	write_ttbr0((uint32_t)(uintptr_t)kernel_page_table);
	write_dacr(DACR_DOMAIN0_CLIENT);
	__asm__ volatile("mcr p15, 0, %0, c8, c7, 0" ::"r"(0) : "memory");
	write_iciallu(0);
	dsb();
	isb();
	write_sctlr(read_sctlr() | SCTLR_M | SCTLR_C | SCTLR_I | SCTLR_Z);
	isb();
}

int kernel_mmu_enabled(void)
{
	return (read_sctlr() & SCTLR_M) != 0;
}
