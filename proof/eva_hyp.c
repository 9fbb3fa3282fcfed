// SPDX-License-Identifier: BSD-2-Clause
/*
 * EVA's entry point for hyp/hyp_main.c (with core/stub.c, whose checks and
 * discovery it calls): one trap with every register of the context, the
 * syndrome, the RAM range and "a guest runs" unknown, and stand-ins for the
 * arch hooks that may change any register a hook may change.
 */
#include "eva.h"
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

hypstub_reg_t stub_arch_own_vectors(void)
{
	return unknown_reg();
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	(void)address;
}

void stub_arch_hyp_mmu_off(void)
{
}

#if HYPSTUB_AARCH64
int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	if (!Frama_C_nondet(0, 1))
		return 0;
	*value = unknown_reg();
	return 1;
}
#endif

hypstub_reg_t hyp_arch_stub_vectors(void)
{
	return unknown_reg();
}

int hyp_arch_init(struct hyp_context *ctx)
{
	if (Frama_C_nondet(0, 1)) {
		ctx->r[0] = SMCCC_RET_NOT_REQUIRED;
		return HYP_NEXT_RETURN;
	}
	ctx->r[0] = SMCCC_RET_SUCCESS;
	ctx->next_sp = unknown_reg();
	return HYP_NEXT_INIT;
}

void hyp_arch_prepare_uninstall(struct hyp_context *ctx)
{
	ctx->next_vbar = hyp_arch_stub_vectors();
	ctx->next_sp = unknown_reg();
}

/* The real hook indexes a switch; here an array, so EVA checks the bound. */
hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id)
{
	hypstub_reg_t registers[HYP_REG_COUNT] = {0};

	return registers[id];
}

void hyp_arch_tlb_flush(void)
{
}

void hyp_arch_mmu_check(struct hyp_context *ctx)
{
	ctx->r[1] = unknown_reg();
	ctx->r[2] = unknown_reg();
	ctx->r[3] = unknown_reg();
}

static int in_guest;

int hyp_arch_in_guest(void)
{
	return in_guest;
}

int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument)
{
	if (Frama_C_nondet(0, 1)) {
		ctx->r[0] = SMCCC_RET_INVALID_PARAMETER;
		return HYP_NEXT_RETURN;
	}
	ctx->next_pc = window;
	ctx->next_arg = argument;
	return HYP_NEXT_ENTER_GUEST;
}

int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2)
{
	(void)reason;
	(void)detail1;
	(void)detail2;
	ctx->next_sp = unknown_reg();
	return HYP_NEXT_GUEST_EXIT;
}

hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr)
{
	(void)esr;
	return unknown_reg();
}

int main(void)
{
	struct hyp_context ctx;
	struct stub_memory memory;

	Frama_C_make_unknown((char *)&ctx, sizeof(ctx));
	Frama_C_make_unknown((char *)&memory, sizeof(memory));
	in_guest = Frama_C_nondet(0, 1);
	stub_set_memory(memory.base, memory.size);
	return hyp_handle_trap(&ctx);
}
