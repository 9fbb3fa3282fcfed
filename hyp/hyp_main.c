// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's dispatch: exception class first, then function
 * ID. IDs below HVC_STUB_HCALL_NR are the stub calls, which it keeps
 * answering; its own calls are SMCCC fast calls of the vendor hypervisor
 * service. No value a caller passes is ever used as an address of code.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

typedef int (*hyp_handler)(struct hyp_context *ctx);

static int hyp_return_value(struct hyp_context *ctx, hypstub_reg_t value)
{
	ctx->r[0] = value;
	return HYP_NEXT_RETURN;
}

/* ---- the stub calls ---- */

/* Only the boot stub installs vectors: a resident hypervisor stays. */
static int hyp_stub_set_vectors(struct hyp_context *ctx)
{
	return hyp_return_value(ctx, HVC_STUB_ERR);
}

static int hyp_stub_soft_restart(struct hyp_context *ctx)
{
	if (!stub_restart_entry_is_valid(ctx->r[1]))
		return hyp_return_value(ctx, HVC_STUB_ERR);
	ctx->next_vbar = hyp_arch_stub_vectors();
	return HYP_NEXT_SOFT_RESTART;
}

static int hyp_stub_reset_vectors(struct hyp_context *ctx)
{
	hyp_arch_prepare_uninstall(ctx);
	ctx->r[0] = 0;
	return HYP_NEXT_UNINSTALL;
}

#if HYPSTUB_AARCH64
static int hyp_stub_get_ich_vtr(struct hyp_context *ctx)
{
	hypstub_reg_t value;

	if (!stub_arch_read_ich_vtr(&value))
		return hyp_return_value(ctx, HVC_STUB_ERR);
	ctx->r[1] = value;
	return hyp_return_value(ctx, 0);
}
#endif

/* Discovery: the boot stub's answers, but naming the hypervisor. */
static int hyp_discovery(struct hyp_context *ctx)
{
	const struct stub_identity hypervisor = {
		.calls = HYPSTUB_RESIDENT_HYP_CALLS,
		.implementer = HYPSTUB_IMPL_RESIDENT_HYP,
		.stub_vectors = hyp_arch_stub_vectors(),
	};
	/* Where each of the answer's registers goes in this context. */
	static const unsigned int slot[] = {0, 1, 2, 3, HYP_CTX_REG_ARG4};
	struct stub_answer answer;
	unsigned int i;

	if (!stub_discovery(ctx->r[0], &hypervisor, &answer))
		return 0;
	/*@ loop invariant 0 <= i <= 5 && i <= answer.count;
	    loop invariant \forall integer k; 0 <= k < i ==>
		    ctx->r[slot[k]] == answer.r[k];
	    loop invariant \forall integer k; i <= k < 5 ==>
		    ctx->r[slot[k]] == \at(ctx->r[slot[k]], Pre);
	    loop assigns i, ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3],
		    ctx->r[HYP_CTX_REG_ARG4];
	    loop variant 5 - i; */
	for (i = 0; i < answer.count && i < sizeof(slot) / sizeof(slot[0]); i++)
		ctx->r[slot[i]] = answer.r[i];
	return 1;
}

static const hyp_handler hyp_stub_calls[HVC_STUB_HCALL_NR] = {
	[HVC_SET_VECTORS] = hyp_stub_set_vectors,
	[HVC_SOFT_RESTART] = hyp_stub_soft_restart,
	[HVC_RESET_VECTORS] = hyp_stub_reset_vectors,
#if HYPSTUB_AARCH64
	[HVC_GET_ICH_VTR_EL2] = hyp_stub_get_ich_vtr,
#endif
};

/* ---- the hypervisor's own calls ---- */

static int hyp_call_features(struct hyp_context *ctx);

static int hyp_call_ping(struct hyp_context *ctx)
{
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}

static int hyp_call_read_register(struct hyp_context *ctx)
{
	if (ctx->r[1] >= HYP_REG_COUNT)
		return hyp_return_value(ctx, SMCCC_RET_INVALID_PARAMETER);
	ctx->r[1] = hyp_arch_read_register(ctx->r[1]);
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}

static int hyp_call_tlb_flush(struct hyp_context *ctx)
{
	hyp_arch_tlb_flush();
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}

static int hyp_call_mmu_check(struct hyp_context *ctx)
{
	hyp_arch_mmu_check(ctx);
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}

static int hyp_call_init(struct hyp_context *ctx)
{
	return hyp_arch_init(ctx);
}

static int hyp_call_run_guest(struct hyp_context *ctx)
{
	return hyp_arch_enter_guest(ctx, ctx->r[1], ctx->r[2]);
}

#ifdef HYP_TEST_FAULT_CALL
static int hyp_call_test_fault(struct hyp_context *ctx)
{
	hyp_arch_test_fault();
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}
#endif

#define HYP_CALL_INDEX(id) ((id)&SMCCC_FUNCTION_MASK)

static const hyp_handler hyp_calls[HYP_CALL_COUNT] = {
	[HYP_CALL_INDEX(HYP_CALL_FEATURES)] = hyp_call_features,
	[HYP_CALL_INDEX(HYP_CALL_PING)] = hyp_call_ping,
	[HYP_CALL_INDEX(HYP_CALL_READ_REGISTER)] = hyp_call_read_register,
	[HYP_CALL_INDEX(HYP_CALL_TLB_FLUSH)] = hyp_call_tlb_flush,
	[HYP_CALL_INDEX(HYP_CALL_MMU_CHECK)] = hyp_call_mmu_check,
	[HYP_CALL_INDEX(HYP_CALL_INIT)] = hyp_call_init,
	[HYP_CALL_INDEX(HYP_CALL_RUN_GUEST)] = hyp_call_run_guest,
#ifdef HYP_TEST_FAULT_CALL
	[HYP_CALL_INDEX(HYP_CALL_TEST_FAULT)] = hyp_call_test_fault,
#endif
};

_Static_assert(HYP_CALL_COUNT <= 32, "the features bitmap has 32 bits");

static int hyp_call_features(struct hyp_context *ctx)
{
	uint32_t bitmap = 0;
	uint32_t index;

	/*@ loop invariant 0 <= index <= HYP_CALL_COUNT;
	    loop assigns index, bitmap;
	    loop variant HYP_CALL_COUNT - index; */
	for (index = 0; index < HYP_CALL_COUNT; index++)
		if (hyp_calls[index])
			bitmap |= 1u << index;
	ctx->r[1] = HYP_FEATURES_MAGIC;
	ctx->r[2] = HYP_VERSION;
	ctx->r[3] = bitmap;
	return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
}

/* ---- dispatch ---- */

/* A stub call: an ID below HVC_STUB_HCALL_NR, looked up in its table. */
static int hyp_dispatch_stub_call(struct hyp_context *ctx)
{
	hyp_handler handler = hyp_stub_calls[ctx->r[0]];

	if (handler == NULL)
		return hyp_return_value(ctx, HVC_STUB_ERR);
#if HYPSTUB_AARCH64
		/*@ calls hyp_stub_set_vectors, hyp_stub_soft_restart,
			  hyp_stub_reset_vectors, hyp_stub_get_ich_vtr; */
#else
		/*@ calls hyp_stub_set_vectors, hyp_stub_soft_restart,
			  hyp_stub_reset_vectors; */
#endif
	return handler(ctx);
}

/* Any other ID: one of the own calls, or discovery, or not supported. */
static int hyp_dispatch_own_call(struct hyp_context *ctx)
{
	hypstub_reg_t id = ctx->r[0];
	hyp_handler handler;

	/* The own calls first: ping is the hot path; discovery is not. */
	if ((id & ~(hypstub_reg_t)SMCCC_FUNCTION_MASK) != HYP_CALL_BASE ||
	    HYP_CALL_INDEX(id) >= HYP_CALL_COUNT) {
		if (hyp_discovery(ctx))
			return HYP_NEXT_RETURN;
		return hyp_return_value(ctx, SMCCC_RET_NOT_SUPPORTED);
	}
	handler = hyp_calls[HYP_CALL_INDEX(id)];
	if (handler == NULL)
		return hyp_return_value(ctx, SMCCC_RET_NOT_SUPPORTED);
	/*@ calls hyp_call_features, hyp_call_ping, hyp_call_read_register,
		  hyp_call_tlb_flush, hyp_call_mmu_check, hyp_call_init,
		  hyp_call_run_guest; */
	return handler(ctx);
}

static int hyp_handle_hvc(struct hyp_context *ctx)
{
	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) != HVC_STUB_IMMEDIATE)
		return hyp_return_value(ctx, HVC_STUB_ERR);
	if (ctx->r[0] < HVC_STUB_HCALL_NR)
		return hyp_dispatch_stub_call(ctx);
	return hyp_dispatch_own_call(ctx);
}

static const hyp_handler hyp_trap_classes[ESR_EC_COUNT] = {
	[ESR_EC_HVC] = hyp_handle_hvc,
};

/* ---- traps from the guest ---- */

/*
 * Every hvc of the guest is a guest call: the host's calls, the stub calls
 * included, do not exist for it.
 */
static int hyp_guest_hvc(struct hyp_context *ctx)
{
	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0) {
		if (ctx->r[0] == HYP_GUEST_CALL_EXIT)
			return hyp_arch_guest_exit(ctx, HYP_GUEST_EXIT_CALL,
						   ctx->r[1], ctx->r[2]);
		if (ctx->r[0] == HYP_GUEST_CALL_PING)
			return hyp_return_value(ctx, SMCCC_RET_SUCCESS);
	}
	return hyp_return_value(ctx, SMCCC_RET_NOT_SUPPORTED);
}

/* A trapped instruction the guest may not run: skip it. */
static int hyp_guest_skip(struct hyp_context *ctx)
{
	ctx->elr += (ctx->esr & ESR_IL) ? 4 : 2;
	return HYP_NEXT_RETURN;
}

/* smc: firmware (PSCI) is the host's, not the guest's. */
static int hyp_guest_smc(struct hyp_context *ctx)
{
	ctx->r[0] = SMCCC_RET_NOT_SUPPORTED;
	return hyp_guest_skip(ctx);
}

static int hyp_guest_stage2_fault(struct hyp_context *ctx)
{
	return hyp_arch_guest_exit(ctx, HYP_GUEST_EXIT_FAULT,
				   hyp_arch_guest_fault_address(ctx->esr),
				   ctx->esr);
}

static const hyp_handler hyp_guest_trap_classes[ESR_EC_COUNT] = {
	[ESR_EC_HVC] = hyp_guest_hvc,
	[ESR_EC_SMC] = hyp_guest_smc,
	[ESR_EC_WFX] = hyp_guest_skip,
	[ESR_EC_IABT_LOWER] = hyp_guest_stage2_fault,
	[ESR_EC_DABT_LOWER] = hyp_guest_stage2_fault,
};

int hyp_handle_trap(struct hyp_context *ctx)
{
	uint32_t class = ESR_EC(ctx->esr);
	hyp_handler handler;

	if (hyp_arch_in_guest()) {
		/* Whatever else the guest did ends its run, not the host's. */
		handler = hyp_guest_trap_classes[class];
		if (handler == NULL)
			return hyp_arch_guest_exit(ctx, HYP_GUEST_EXIT_TRAP,
						   ctx->esr, 0);
		/*@ calls hyp_guest_hvc, hyp_guest_smc, hyp_guest_skip,
			  hyp_guest_stage2_fault; */
		return handler(ctx);
	}
	/* The host runs with no traps (HCR = 0, HCR_EL2 = RW): only hvc. */
	handler = hyp_trap_classes[class];
	if (handler == NULL)
		return HYP_NEXT_HALT;
	/*@ calls hyp_handle_hvc; */
	return handler(ctx);
}
