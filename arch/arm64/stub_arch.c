// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot stub's EL2 code that touches hardware, AArch64: putting EL2 in a
 * known state at boot and the hooks core/stub.c calls.
 */
#include <arch/arm64/sysreg.h>
#include <core/stub.h>
#include <plat/platform.h>

extern const char stub_vectors[];

hypstub_reg_t stub_arch_own_vectors(void)
{
	return (hypstub_reg_t)(uintptr_t)stub_vectors;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	write_vbar_el2(address);
	isb();
}

void stub_arch_hyp_mmu_off(void)
{
	write_sctlr_el2(read_sctlr_el2() &
			~(uint64_t)(SCTLR_M | SCTLR_C | SCTLR_I));
	isb();
	tlbi_alle2();
}

static int stub_arch_gic_system_registers(void)
{
	return ((read_id_aa64pfr0_el1() >> ID_AA64PFR0_GIC_SHIFT) &
		ID_AA64PFR0_GIC_MASK) != 0;
}

int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	if (!stub_arch_gic_system_registers())
		return 0;
	*value = read_ich_vtr_el2();
	return 1;
}

/*
 * Called at EL2 by the boot entry on each CPU that enters at EL2, with
 * is_boot_cpu set on the boot CPU (which finds out where RAM is) and the x2
 * it entered with.
 */
void stub_hyp_install(hypstub_reg_t is_boot_cpu, hypstub_reg_t boot_r2);
void stub_hyp_install(hypstub_reg_t is_boot_cpu, hypstub_reg_t boot_r2)
{
	hypstub_reg_t base, size;

	if (is_boot_cpu) {
		stub_find_memory(boot_r2, &base, &size);
		stub_set_memory(base, size);
	}
	/* No traps and no stage 2; EL1 runs AArch64. */
	write_hcr_el2(HCR_EL2_RW);
	write_hstr_el2(0);
	write_cptr_el2(CPTR_EL2_RES1);
	write_cnthctl_el2(CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);
	write_cntvoff_el2(0);
	write_vpidr_el2(read_midr_el1());
	write_vmpidr_el2(read_mpidr_el1());
	write_mdcr_el2((read_pmcr_el0() >> PMCR_N_SHIFT) & PMCR_N_MASK);
	/*
	 * With the GICv3 system register interface, EL1 may use it without
	 * trapping here (ICC_SRE_EL2.SRE and Enable), as Linux expects of
	 * the EL2 it boots under.
	 */
	if (stub_arch_gic_system_registers())
		write_icc_sre_el2(read_icc_sre_el2() | ICC_SRE_EL2_SRE |
				  ICC_SRE_EL2_ENABLE);
	/* MMU, alignment check, caches and WXN off; little-endian. */
	write_sctlr_el2(SCTLR_EL2_RES1);
	isb();
	write_vbar_el2(stub_arch_own_vectors());
	__asm__ volatile("ic iallu" ::: "memory");
	tlbi_alle2();
}
