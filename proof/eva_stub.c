// SPDX-License-Identifier: BSD-2-Clause
/*
 * EVA's entry point for core/stub.c: one trap with every register of the
 * context, the syndrome and the RAM range unknown, and stand-ins for the
 * arch hooks. EVA then covers every input at once; 0 alarms means no
 * undefined behaviour (overflow, out-of-bounds access, invalid pointer or
 * call, undefined shift) for any of them.
 */
#include "__fc_builtin.h"
#include <core/stub.h>

static hypstub_reg_t proof_hvbar;
static int proof_mmu_on;

hypstub_reg_t stub_arch_own_vectors(void)
{
	hypstub_reg_t address;

	Frama_C_make_unknown((char *)&address, sizeof(address));
	return address;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	proof_hvbar = address;
}

void stub_arch_hyp_mmu_off(void)
{
	proof_mmu_on = 0;
}

#if HYPSTUB_AARCH64
/* With or without GICv3's system register interface. */
int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	if (!Frama_C_nondet(0, 1))
		return 0;
	Frama_C_make_unknown((char *)value, sizeof(*value));
	return 1;
}
#endif

int main(void)
{
	struct stub_context ctx;
	struct stub_memory memory;
	hypstub_reg_t base, size;

	Frama_C_make_unknown((char *)&ctx, sizeof(ctx));
	Frama_C_make_unknown((char *)&memory, sizeof(memory));
	stub_set_memory(memory.base, memory.size);
	stub_get_memory(&base, &size);
	return stub_handle_trap(&ctx);
}
