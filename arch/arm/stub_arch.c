// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot stub's HYP-side code that touches hardware: putting HYP in a known
 * state at boot, the hooks core/stub.c calls, and the report of an exception
 * HYP did not expect.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/stub_core.h>
#include <plat/platform.h>
#include <plat/uart.h>

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

/* Called in HYP by hypstub_entry on each CPU that enters in HYP. */
void stub_hyp_install(void)
{
	uint32_t hsctlr;

	stub_set_memory(PLAT_RAM_BASE, PLAT_RAM_SIZE);

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

static const char *const unexpected_names[] = {
	[HYP_VECTOR_RESET / 4] = "reset slot",
	[HYP_VECTOR_UNDEF / 4] = "undefined instruction",
	[HYP_VECTOR_HYP_CALL / 4] = "hvc/svc in HYP",
	[HYP_VECTOR_PABORT / 4] = "prefetch abort",
	[HYP_VECTOR_DABORT / 4] = "data abort",
	[HYP_VECTOR_HYP_TRAP / 4] = "unexpected trap",
	[HYP_VECTOR_IRQ / 4] = "IRQ",
	[HYP_VECTOR_FIQ / 4] = "FIQ",
};

static void report_field(const char *name, uint32_t value)
{
	plat_uart_puts(" ");
	plat_uart_puts(name);
	plat_uart_puts("=");
	plat_uart_put_hex(value);
}

void stub_report_unexpected(uint32_t vector_offset,
			    const struct stub_context *ctx)
{
	uint32_t slot = (vector_offset / 4) % 8;

	plat_uart_puts("\nhypstub: HALT: CPU ");
	plat_uart_put_hex(read_mpidr() & PLAT_MPIDR_CPU_MASK);
	plat_uart_puts(": ");
	plat_uart_puts(unexpected_names[slot]);
	plat_uart_puts(" at HYP vector");
	report_field("offset", vector_offset);
	report_field("HSR", read_hsr());
	report_field("HDFAR", read_hdfar());
	report_field("HIFAR", read_hifar());
	report_field("ELR_hyp", read_elr_hyp());
	report_field("SPSR_hyp", read_spsr());
	if (ctx) {
		report_field("r0", ctx->r[0]);
		report_field("r1", ctx->r[1]);
	}
	plat_uart_puts("\nhypstub: this CPU is halted\n");
	for (;;)
		__asm__ volatile("wfi");
}
