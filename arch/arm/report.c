// SPDX-License-Identifier: BSD-2-Clause
/* The report of an exception HYP did not expect (arch/arm/hyp_halt.S). */
#include <arch/arm/sysreg.h>
#include <arch/arm/vectors.h>
#include <core/stub.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

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

void hyp_mode_report(uint32_t vector_offset, const char *who)
{
	uint32_t slot = (vector_offset / 4) % 8;

	plat_uart_puts("\nhypstub: HALT: CPU ");
	plat_uart_put_hex(plat_cpu_index());
	plat_uart_puts(": ");
	plat_uart_puts(unexpected_names[slot]);
	plat_uart_puts(" in the ");
	plat_uart_puts(who);
	plat_uart_puts(" at HYP vector");
	report_field("offset", vector_offset);
	report_field("HSR", read_hsr());
	report_field("HDFAR", read_hdfar());
	report_field("HIFAR", read_hifar());
	report_field("ELR_hyp", read_elr_hyp());
	report_field("SPSR_hyp", read_spsr());
	plat_uart_puts("\nhypstub: this CPU is halted\n");
	plat_halt();
}
