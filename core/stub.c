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

#if HYPSTUB_AARCH64
static int stub_call_get_ich_vtr(struct stub_context *ctx)
{
	hypstub_reg_t value;

	if (!stub_arch_read_ich_vtr(&value))
		return stub_error(ctx);
	ctx->r[0] = 0;
	ctx->r[1] = value;
	return STUB_NEXT_RETURN;
}
#endif

static const stub_call_handler stub_calls[HVC_STUB_HCALL_NR] = {
	[HVC_SET_VECTORS] = stub_call_set_vectors,
	[HVC_SOFT_RESTART] = stub_call_soft_restart,
	[HVC_RESET_VECTORS] = stub_call_reset_vectors,
#if HYPSTUB_AARCH64
	[HVC_GET_ICH_VTR_EL2] = stub_call_get_ich_vtr,
#endif
};

_Static_assert(HYPSTUB_BOOT_STUB_CALLS < (1u << HVC_STUB_HCALL_NR),
	       "the call bitmap names a call outside the stub's range");

/* ---- discovery, shared with the resident hypervisor ---- */

static void answer_uid(const struct stub_identity *who,
		       struct stub_answer *answer)
{
	(void)who;
	answer->r[0] = HYPSTUB_UUID_0;
	answer->r[1] = HYPSTUB_UUID_1;
	answer->r[2] = HYPSTUB_UUID_2;
	answer->r[3] = HYPSTUB_UUID_3;
	answer->count = 4;
}

static void answer_revision(const struct stub_identity *who,
			    struct stub_answer *answer)
{
	(void)who;
	answer->r[0] = HYPSTUB_ABI_VERSION;
	answer->r[1] = 0;
	answer->count = 2;
}

static void answer_query(const struct stub_identity *who,
			 struct stub_answer *answer)
{
	answer->r[0] = 0;
	answer->r[1] = HYPSTUB_QUERY_MAGIC;
	answer->r[2] = HYPSTUB_ABI_VERSION;
	answer->r[3] = who->calls;
	answer->r[4] = who->implementer;
	answer->count = 5;
}

static void answer_memory(const struct stub_identity *who,
			  struct stub_answer *answer)
{
	answer->r[0] = 0;
	answer->r[1] = who->stub_vectors;
	answer->r[2] = stub_memory.base;
	answer->r[3] = stub_memory.size;
	answer->count = 4;
}

typedef void (*stub_discovery_handler)(const struct stub_identity *who,
				       struct stub_answer *answer);

/* Keyed by function ID; any other ID at or above HVC_STUB_HCALL_NR fails. */
static const struct {
	hypstub_reg_t id;
	stub_discovery_handler handler;
} stub_discovery_calls[] = {
	{HYPSTUB_CALL_UID, answer_uid},
	{HYPSTUB_CALL_REVISION, answer_revision},
	{HYPSTUB_CALL_QUERY, answer_query},
	{HYPSTUB_CALL_MEMORY, answer_memory},
};

#define STUB_DISCOVERY_CALL_COUNT                                              \
	(sizeof(stub_discovery_calls) / sizeof(stub_discovery_calls[0]))

int stub_discovery(hypstub_reg_t function, const struct stub_identity *who,
		   struct stub_answer *answer)
{
	unsigned int i;

	/*@ loop invariant 0 <= i <= STUB_DISCOVERY_CALL_COUNT;
	    loop invariant \forall integer k;
		    0 <= k < i ==> stub_discovery_calls[k].id != function;
	    loop assigns i;
	    loop variant STUB_DISCOVERY_CALL_COUNT - i; */
	for (i = 0; i < STUB_DISCOVERY_CALL_COUNT; i++) {
		if (stub_discovery_calls[i].id == function) {
			/*@ calls answer_uid, answer_revision, answer_query,
				  answer_memory; */
			stub_discovery_calls[i].handler(who, answer);
			return 1;
		}
	}
	return 0;
}

static int stub_handle_discovery(struct stub_context *ctx)
{
	const struct stub_identity boot_stub = {
		.calls = HYPSTUB_BOOT_STUB_CALLS,
		.implementer = HYPSTUB_IMPL_BOOT_STUB,
		.stub_vectors = stub_arch_own_vectors(),
	};
	struct stub_answer answer;
	unsigned int i;

	if (!stub_discovery(ctx->r[0], &boot_stub, &answer))
		return stub_error(ctx);
	/* r0-r3, then ip (x4): STUB_REG_IP follows r3. */
	/*@ loop invariant 0 <= i <= answer.count;
	    loop invariant \forall integer k; 0 <= k < i ==>
		    ctx->r[k] == answer.r[k];
	    loop invariant \forall integer k; i <= k < 5 ==>
		    ctx->r[k] == \at(ctx->r[k], Pre);
	    loop assigns i, ctx->r[0 .. 4];
	    loop variant answer.count - i; */
	for (i = 0; i < answer.count; i++)
		ctx->r[i] = answer.r[i];
	return STUB_NEXT_RETURN;
}

static int stub_handle_hvc(struct stub_context *ctx)
{
	hypstub_reg_t function = ctx->r[0];
	stub_call_handler handler;

	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) != HVC_STUB_IMMEDIATE)
		return stub_error(ctx);
	if (function >= HVC_STUB_HCALL_NR)
		return stub_handle_discovery(ctx);
	handler = stub_calls[function];
	if (handler == NULL)
		return stub_error(ctx);
#if HYPSTUB_AARCH64
		/*@ calls stub_call_set_vectors, stub_call_soft_restart,
			  stub_call_reset_vectors, stub_call_get_ich_vtr; */
#else
		/*@ calls stub_call_set_vectors, stub_call_soft_restart,
			  stub_call_reset_vectors; */
#endif
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
	/*@ calls stub_handle_hvc; */
	return handler(ctx);
}
