// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot stub's HYP-side code that touches hardware: putting HYP in a known
 * state at boot and the hooks core/stub.c calls.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/fdt.h>
#include <hypstub/stub_core.h>
#include <plat/platform.h>

extern const char stub_vectors[];

uint32_t stub_arch_own_vectors(void)
{
	return (uint32_t)(uintptr_t)stub_vectors;
}

void stub_arch_write_hvbar(uint32_t address)
{
	write_hvbar(address);
	isb();
}

void stub_arch_hyp_mmu_off(void)
{
	write_hsctlr(read_hsctlr() & ~(uint32_t)(SCTLR_M | SCTLR_C | SCTLR_I));
	isb();
	write_tlbiallh(0);
	dsb();
	isb();
}

/*
 * Where RAM is, for the stub calls' checks: the first /memory range of the
 * DTB QEMU (or the boot loader) placed at PLAT_DTB_ADDR, or of the one r2
 * points at when it lies in the RAM every configuration has; otherwise the
 * platform's minimum, PLAT_RAM_SIZE from PLAT_RAM_BASE. Never more than the
 * machine has, so a vector table or entry the stub accepts is real memory.
 */
void stub_find_memory(uint32_t boot_r2, uint32_t *base, uint32_t *size)
{
	const uint32_t guaranteed_end = PLAT_RAM_BASE + PLAT_RAM_MIN_SIZE;
	const uint32_t candidates[] = {PLAT_DTB_ADDR, boot_r2};
	uint32_t i;

	for (i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++) {
		uint32_t dtb = candidates[i];

		if (dtb < PLAT_RAM_BASE || dtb >= guaranteed_end || dtb % 8)
			continue;
		if (fdt_memory_range((const void *)(uintptr_t)dtb,
				     guaranteed_end - dtb, base,
				     size) == FDT_OK)
			return;
	}
	*base = PLAT_RAM_BASE;
	*size = PLAT_RAM_MIN_SIZE;
}

/*
 * Called in HYP by the boot entry on each CPU that enters in HYP, with
 * is_boot_cpu set on the boot CPU (which finds out where RAM is) and the r2
 * it entered with.
 */
void stub_hyp_install(uint32_t is_boot_cpu, uint32_t boot_r2);
void stub_hyp_install(uint32_t is_boot_cpu, uint32_t boot_r2)
{
	uint32_t hsctlr, base, size;

	if (is_boot_cpu) {
		stub_find_memory(boot_r2, &base, &size);
		stub_set_memory(base, size);
	}

	write_hcr(0);
	write_hstr(0);
	write_hcptr(0);
	write_cnthctl(CNTHCTL_PL1PCTEN | CNTHCTL_PL1PCEN);
	write_cntvoff(0);
	write_vpidr(read_midr());
	write_vmpidr(read_mpidr());
	write_hdcr((read_pmcr() >> PMCR_N_SHIFT) & PMCR_N_MASK);

	hsctlr = read_hsctlr();
	hsctlr &= ~(uint32_t)(SCTLR_M | SCTLR_A | SCTLR_C | SCTLR_I |
			      SCTLR_WXN | SCTLR_EE | SCTLR_TE);
	write_hsctlr(hsctlr);
	isb();

	write_hvbar(stub_arch_own_vectors());
	write_tlbiallh(0);
	write_iciallu(0);
	dsb();
	isb();
}
