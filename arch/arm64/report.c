// SPDX-License-Identifier: BSD-2-Clause
/* The report of an exception EL2 did not expect (arch/arm64/hyp_halt.S). */
#include <arch/arm64/sysreg.h>
#include <core/stub.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

#define SLOT_SIZE 0x80
#define SLOTS 16

static const char *const slot_names[SLOTS] = {
	"synchronous exception at EL2 (SP_EL0)",
	"IRQ at EL2 (SP_EL0)",
	"FIQ at EL2 (SP_EL0)",
	"SError at EL2 (SP_EL0)",
	"synchronous exception at EL2",
	"IRQ at EL2",
	"FIQ at EL2",
	"SError at EL2",
	"unexpected trap from EL1",
	"IRQ from EL1",
	"FIQ from EL1",
	"SError from EL1",
	"trap from AArch32 EL1",
	"IRQ from AArch32 EL1",
	"FIQ from AArch32 EL1",
	"SError from AArch32 EL1",
};

/* The exception classes worth a name in a report. */
static const char *class_name(uint64_t esr)
{
	switch (ESR_EC(esr)) {
	case ESR_EC_UNKNOWN:
		return "undefined instruction";
	case ESR_EC_HVC:
		return "hvc";
	case ESR_EC_SMC:
		return "smc";
	case ESR_EC_IABT_LOWER:
	case ESR_EC_IABT_CURRENT:
		return "instruction abort";
	case ESR_EC_PC_ALIGNMENT:
		return "PC alignment fault";
	case ESR_EC_DABT_LOWER:
	case ESR_EC_DABT_CURRENT:
		return "data abort";
	case ESR_EC_SP_ALIGNMENT:
		return "SP alignment fault";
	case ESR_EC_BRK:
		return "brk";
	default:
		return "another exception class";
	}
}

static void report_field(const char *name, uint64_t value)
{
	plat_uart_puts(" ");
	plat_uart_puts(name);
	plat_uart_puts("=");
	plat_uart_put_hex((uint32_t)(value >> 32));
	plat_uart_puts(":");
	plat_uart_put_hex((uint32_t)value);
}

void hyp_mode_report(uint32_t vector_offset, const char *who)
{
	plat_uart_puts("\nhypstub: HALT: CPU ");
	plat_uart_put_decimal(plat_cpu_index());
	plat_uart_puts(": ");
	plat_uart_puts(slot_names[(vector_offset / SLOT_SIZE) % SLOTS]);
	plat_uart_puts(" (");
	plat_uart_puts(class_name(read_esr_el2()));
	plat_uart_puts(") in the ");
	plat_uart_puts(who);
	plat_uart_puts(" at EL2 vector");
	report_field("offset", vector_offset);
	report_field("ESR_EL2", read_esr_el2());
	report_field("FAR_EL2", read_far_el2());
	report_field("ELR_EL2", read_elr_el2());
	report_field("SPSR_EL2", read_spsr_el2());
	plat_uart_puts("\nhypstub: this CPU is halted\n");
	plat_halt();
}
