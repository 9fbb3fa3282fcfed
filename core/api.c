// SPDX-License-Identifier: BSD-2-Clause
/*
 * The public API of the boot stub (include/hypstub/hypstub.h): the boot
 * records and the call wrappers. The same on both architectures.
 */
#include <core/stub.h>
#include <hypstub/hypstub.h>
#include <hypstub/modes.h>
#include <plat/platform.h>
#include <plat/uart.h>

extern struct hypstub_boot_record hypstub_boot_records[PLAT_MAX_CPUS];
extern hypstub_reg_t hypstub_boot_cpu;

const struct hypstub_boot_record *hypstub_boot_record(unsigned int cpu)
{
	if (cpu >= PLAT_MAX_CPUS)
		return NULL;
	return &hypstub_boot_records[cpu];
}

void hypstub_memory(hypstub_reg_t *base, hypstub_reg_t *size)
{
	stub_get_memory(base, size);
	/* No stub (entered in SVC): the same search, done here. */
	if (*size == 0)
		stub_find_memory(hypstub_boot_records[hypstub_boot_cpu].r2,
				 base, size);
}

unsigned int hypstub_boot_cpu_index(void)
{
	return hypstub_boot_cpu;
}

hypstub_reg_t hypstub_boot_mode(void)
{
	return hypstub_boot_records[hypstub_boot_cpu].cpsr & PSR_MODE_MASK;
}

int hypstub_cpu_entered(unsigned int cpu)
{
	return cpu < PLAT_MAX_CPUS && hypstub_boot_records[cpu].cpsr != 0;
}

int hypstub_mode_mismatch(unsigned int *cpu, hypstub_reg_t *mode)
{
	unsigned int i;

	for (i = 0; i < PLAT_MAX_CPUS; i++) {
		hypstub_reg_t entered =
			hypstub_boot_records[i].cpsr & PSR_MODE_MASK;

		if (!hypstub_cpu_entered(i) || entered == hypstub_boot_mode())
			continue;
		if (cpu)
			*cpu = i;
		if (mode)
			*mode = entered;
		return 1;
	}
	return 0;
}

const char *hypstub_mode_name(hypstub_reg_t cpsr)
{
	switch (cpsr & PSR_MODE_MASK) {
	case PSR_MODE_HYP:
		return "HYP";
	case PSR_MODE_SVC:
		return "SVC";
	case PSR_MODE_IRQ:
		return "IRQ";
	case PSR_MODE_MON:
		return "MON";
	default:
		return "an unexpected";
	}
}

void hypstub_report_mode_mismatch(void)
{
	unsigned int cpu;
	hypstub_reg_t mode;

	if (!hypstub_mode_mismatch(&cpu, &mode))
		return;
	plat_uart_puts("hypstub: CPU ");
	plat_uart_put_decimal(cpu);
	plat_uart_puts(" entered in ");
	plat_uart_puts(hypstub_mode_name(mode));
	plat_uart_puts(" mode but the boot CPU ");
	plat_uart_put_decimal(hypstub_boot_cpu);
	plat_uart_puts(" in ");
	plat_uart_puts(hypstub_mode_name(hypstub_boot_mode()));
	plat_uart_puts(" mode: HYP is not available\n");
}

int hypstub_hyp_available(void)
{
	return hypstub_boot_mode() == PSR_MODE_HYP &&
	       !hypstub_mode_mismatch(NULL, NULL);
}

/* A kernel that starts no secondary CPU needs no secondary main. */
__attribute__((weak)) void hypstub_secondary_main(unsigned int cpu)
{
	(void)cpu;
	plat_halt();
}

static hypstub_reg_t stub_call(hypstub_reg_t function, hypstub_reg_t r1,
			       hypstub_reg_t r2, hypstub_reg_t r3,
			       hypstub_reg_t ip)
{
	struct hypstub_regs regs = {
		.r0 = function, .r1 = r1, .r2 = r2, .r3 = r3, .ip = ip};

	if (!hypstub_hyp_available())
		return HVC_STUB_ERR;
	hypstub_hvc(&regs);
	return regs.r0;
}

hypstub_reg_t hypstub_set_vectors(hypstub_reg_t table_physical_address)
{
	return stub_call(HVC_SET_VECTORS, table_physical_address, 0, 0, 0);
}

hypstub_reg_t hypstub_reset_vectors(void)
{
	return stub_call(HVC_RESET_VECTORS, 0, 0, 0, 0);
}

hypstub_reg_t hypstub_soft_restart(hypstub_reg_t entry, hypstub_reg_t r0,
				   hypstub_reg_t r1, hypstub_reg_t r2)
{
	return stub_call(HVC_SOFT_RESTART, entry, r0, r1, r2);
}

/* One discovery call: r0 = id, the rest 0; the registers after it. */
static void discovery_call(hypstub_reg_t id, struct hypstub_regs *regs)
{
	regs->r0 = id;
	regs->r1 = regs->r2 = regs->r3 = regs->ip = 0;
	hypstub_hvc(regs);
}

hypstub_reg_t hypstub_query(struct hypstub_query_result *result)
{
	struct hypstub_regs regs;

	/* Version 0: what every Linux stub has, calls 0 to 2. */
	result->version = 0;
	result->calls = (1 << HVC_SET_VECTORS) | (1 << HVC_SOFT_RESTART) |
			(1 << HVC_RESET_VECTORS);
	result->implementer = 0;
	result->stub_vectors = 0;
	result->ram_base = 0;
	result->ram_size = 0;
	if (!hypstub_hyp_available()) {
		result->calls = 0;
		return HVC_STUB_ERR;
	}
	/* Only an implementation that names itself gets the other calls. */
	discovery_call(HYPSTUB_CALL_UID, &regs);
	if (regs.r0 != HYPSTUB_UUID_0 || regs.r1 != HYPSTUB_UUID_1 ||
	    regs.r2 != HYPSTUB_UUID_2 || regs.r3 != HYPSTUB_UUID_3)
		return HVC_STUB_ERR;
	discovery_call(HYPSTUB_CALL_QUERY, &regs);
	if (regs.r0 != 0 || regs.r1 != HYPSTUB_QUERY_MAGIC)
		return HVC_STUB_ERR;
	result->version = (uint32_t)regs.r2;
	result->calls = (uint32_t)regs.r3;
	result->implementer = (uint32_t)regs.ip;
	discovery_call(HYPSTUB_CALL_MEMORY, &regs);
	if (regs.r0 == 0) {
		result->stub_vectors = regs.r1;
		result->ram_base = regs.r2;
		result->ram_size = regs.r3;
	}
	return 0;
}
