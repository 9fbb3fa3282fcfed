// SPDX-License-Identifier: BSD-2-Clause
/* The public API of the boot stub (include/hypstub/hypstub.h). */
#include <arch/arm/sysreg.h>
#include <hypstub/hypstub.h>
#include <plat/platform.h>

extern struct hypstub_boot_record hypstub_boot_records[PLAT_MAX_CPUS];

const struct hypstub_boot_record *hypstub_boot_record(unsigned int cpu)
{
	if (cpu >= PLAT_MAX_CPUS)
		return NULL;
	return &hypstub_boot_records[cpu];
}

uint32_t hypstub_boot_mode(void)
{
	return hypstub_boot_records[0].cpsr & PSR_MODE_MASK;
}

int hypstub_hyp_available(void)
{
	return hypstub_boot_mode() == PSR_MODE_HYP;
}

static uint32_t stub_call(uint32_t function, uint32_t r1, uint32_t r2,
			  uint32_t r3, uint32_t ip)
{
	struct hypstub_regs regs = {
		.r0 = function, .r1 = r1, .r2 = r2, .r3 = r3, .ip = ip};

	if (!hypstub_hyp_available())
		return HVC_STUB_ERR;
	hypstub_hvc(&regs);
	return regs.r0;
}

uint32_t hypstub_set_vectors(uint32_t table_physical_address)
{
	return stub_call(HVC_SET_VECTORS, table_physical_address, 0, 0, 0);
}

uint32_t hypstub_reset_vectors(void)
{
	return stub_call(HVC_RESET_VECTORS, 0, 0, 0, 0);
}

uint32_t hypstub_soft_restart(uint32_t entry, uint32_t r0, uint32_t r1,
			      uint32_t r2)
{
	return stub_call(HVC_SOFT_RESTART, entry, r0, r1, r2);
}

uint32_t hypstub_query(struct hypstub_query_result *result)
{
	struct hypstub_regs regs = {.r0 = HVC_STUB_QUERY};

	result->version = 0;
	result->calls = (1 << HVC_SET_VECTORS) | (1 << HVC_SOFT_RESTART) |
			(1 << HVC_RESET_VECTORS);
	result->implementer = 0;
	if (!hypstub_hyp_available()) {
		result->calls = 0;
		return HVC_STUB_ERR;
	}
	hypstub_hvc(&regs);
	if (regs.r0 == 0 && regs.r1 == HYPSTUB_QUERY_MAGIC) {
		result->version = regs.r2;
		result->calls = regs.r3;
		result->implementer = regs.ip;
	}
	return regs.r0;
}
