// SPDX-License-Identifier: BSD-2-Clause
/*
 * Dispatch of the boot stub's HYP traps: first by exception class, then by
 * function ID. Every argument is checked before anything changes, so a bad
 * call returns HVC_STUB_ERR and leaves HYP as it was.
 */
#include <arch/portable.h>
#include <core/range.h>
#include <core/stub.h>
#include <hypstub/abi.h>

static struct stub_memory stub_memory;

void stub_set_memory(hypstub_reg_t base, hypstub_reg_t size)
{
	stub_memory.base = base;
	stub_memory.size = size;
}

void stub_get_memory(hypstub_reg_t *base, hypstub_reg_t *size)
{
	*base = stub_memory.base;
	*size = stub_memory.size;
}

int stub_range_in_ram(hypstub_reg_t address, hypstub_reg_t length)
{
	return range_inside(stub_memory.base, stub_memory.size, address,
			    length);
}

int stub_vector_table_is_valid(hypstub_reg_t address)
{
	return (address % VECTOR_TABLE_ALIGN) == 0 &&
	       stub_range_in_ram(address, VECTOR_TABLE_SIZE);
}

int stub_restart_entry_is_valid(hypstub_reg_t entry)
{
	return (entry % ARCH_CALL_INSTRUCTION_SIZE) == 0 &&
	       stub_range_in_ram(entry, ARCH_CALL_INSTRUCTION_SIZE);
}

typedef int (*stub_call_handler)(struct stub_context *ctx);

static int stub_error(struct stub_context *ctx)
{
	ctx->r[0] = HVC_STUB_ERR;
	return STUB_NEXT_RETURN;
}

static int stub_call_set_vectors(struct stub_context *ctx)
{
	if (!stub_vector_table_is_valid(ctx->r[1]))
		return stub_error(ctx);
	stub_arch_write_hvbar(ctx->r[1]);
	ctx->r[0] = 0;
	return STUB_NEXT_RETURN;
}

static int stub_call_soft_restart(struct stub_context *ctx)
{
	if (!stub_restart_entry_is_valid(ctx->r[1]))
		return stub_error(ctx);
	return STUB_NEXT_SOFT_RESTART;
}

static int stub_call_reset_vectors(struct stub_context *ctx)
{
	stub_arch_hyp_mmu_off();
	stub_arch_write_hvbar(stub_arch_own_vectors());
	ctx->r[0] = 0;
	return STUB_NEXT_RETURN;
}

static int stub_call_query(struct stub_context *ctx)
{
	ctx->r[0] = 0;
	ctx->r[1] = HYPSTUB_QUERY_MAGIC;
	ctx->r[2] = HYPSTUB_ABI_VERSION;
	ctx->r[3] = HYPSTUB_BOOT_STUB_CALLS;
	ctx->r[STUB_REG_IP] = HYPSTUB_IMPL_BOOT_STUB;
	return STUB_NEXT_RETURN;
}

static const stub_call_handler stub_calls[HVC_STUB_HCALL_NR] = {
	[HVC_SET_VECTORS] = stub_call_set_vectors,
	[HVC_SOFT_RESTART] = stub_call_soft_restart,
	[HVC_RESET_VECTORS] = stub_call_reset_vectors,
	[HVC_STUB_QUERY] = stub_call_query,
};

_Static_assert(HYPSTUB_BOOT_STUB_CALLS < (1u << HVC_STUB_HCALL_NR),
	       "the call bitmap names a call outside the stub's range");

static int stub_handle_hvc(struct stub_context *ctx)
{
	hypstub_reg_t function = ctx->r[0];
	stub_call_handler handler;

	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) != HVC_STUB_IMMEDIATE)
		return stub_error(ctx);
	if (function >= HVC_STUB_HCALL_NR)
		return stub_error(ctx);
	handler = stub_calls[function];
	if (handler == NULL)
		return stub_error(ctx);
	return handler(ctx);
}

static const stub_call_handler stub_trap_classes[ESR_EC_COUNT] = {
	[ESR_EC_HVC] = stub_handle_hvc,
};

int stub_handle_trap(struct stub_context *ctx)
{
	uint32_t class = ESR_EC(ctx->esr);
	stub_call_handler handler = stub_trap_classes[class];

	/* The stub enables no traps; anything but an hvc is a broken invariant.
	 */
	if (handler == NULL)
		return STUB_NEXT_HALT;
	return handler(ctx);
}
