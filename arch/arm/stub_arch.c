// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot stub's HYP-side code that touches hardware: putting HYP in a known
 * state at boot and the hooks core/stub.c calls.
 */
#include <arch/arm/sysreg.h>
#include <core/stub.h>
#include <plat/platform.h>

extern const char stub_vectors[];

hypstub_reg_t stub_arch_own_vectors(void)
{
	return (uint32_t)(uintptr_t)stub_vectors;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
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
 * Called in HYP by the boot entry on each CPU that enters in HYP, with
 * is_boot_cpu set on the boot CPU (which finds out where RAM is) and the r2
 * it entered with.
 */
void stub_hyp_install(uint32_t is_boot_cpu, uint32_t boot_r2);
void stub_hyp_install(uint32_t is_boot_cpu, uint32_t boot_r2)
{
	hypstub_reg_t base, size;
	uint32_t hsctlr;

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
