// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host fuzzer of the resident hypervisor's dispatch (hyp/hyp_main.c,
 * hyp_handle_trap): any HSR, any context, any RAM, with fake HYP hooks.
 * Each trap, from the host or from a guest, is checked against an exact
 * model of doc/hyp-abi.md written here: the next step, every field of the
 * context and every hook the trap ran. Whatever the trap, r4-r11 and lr
 * (x19-x29 and x30) never change and the boot stub's hooks never run; a
 * guest's trap never halts HYP and never reaches a host call.
 *
 * Built twice, as the unit tests are: for the AArch32 hypervisor, and with
 * -DHYPSTUB_MODEL_AARCH64 as hyp/arm64 is built (build/fuzz-host64/): every
 * register 64 bits wide and read from 8 bytes of input, AArch64's exception
 * classes, HVC_GET_ICH_VTR_EL2 among the stub calls (the one boot-stub hook
 * the hypervisor may use, with a fake ICH_VTR_EL2 the input turns on or
 * off), and IDs or addresses with bits 63:32 set, which are no call and no
 * address ([A64-CALL-2]).
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

#include <string.h>

#include "fuzz.h"

#define QEMU_RAM_BASE 0x40000000u
/* The spec's numbers, written here again rather than taken from the code. */
#if HYPSTUB_AARCH64
#define MODEL_RESIDENT_CALLS 0x16u /* 1, 2 and HVC_GET_ICH_VTR_EL2 (4) */
#define MODEL_CALLEE_SAVED_FIRST 19
#define MODEL_CALLEE_SAVED_END 30 /* x19-x29 */
#define MODEL_ARG4 4		  /* x4: the query's implementer */
#else
#define MODEL_RESIDENT_CALLS 0x6u /* 1 and 2 */
#define MODEL_CALLEE_SAVED_FIRST 4
#define MODEL_CALLEE_SAVED_END 12 /* r4-r11 */
#define MODEL_ARG4 12		  /* ip */
#endif
#define QEMU_RAM_SIZE 0x08000000u
#define STUB_VECTORS 0x40100020u
#define FAKE_INIT_SP 0x40200000u
#define FAKE_UNINSTALL_SP 0x40300000u
#define FAKE_REGISTER_VALUE 0x1000u
#define FAKE_MMU_ADDRESS 0x40100400u
#define FAKE_FAULT_XOR 0x5a5a5a5au

/* Bits of the input's first word that make the interesting calls common. */
#define SHAPE_HVC 0x01	     /* HSR.EC is hvc */
#define SHAPE_IMM_0 0x02     /* the immediate is 0 */
#define SHAPE_R0_LISTED 0x04 /* r0 is a known ID or near one: listed_id() */
#define SHAPE_R1_IN_RAM 0x08 /* r1 is inside RAM */
#define SHAPE_QEMU_RAM 0x10  /* RAM is qemu-virt's */
#define SHAPE_IN_GUEST 0x20  /* the trap comes from a guest */
#define SHAPE_EC_KNOWN 0x40  /* HSR.EC is one of known_classes[] */
#define SHAPE_WIDE 0x80	     /* 64-bit: r0's or r1's upper half set */

#if HYPSTUB_AARCH64
/* WFx, FP, hvc, smc and msr/mrs from AArch64, aborts from a lower level. */
static const uint32_t known_classes[] = {0x00, 0x01, 0x07, 0x16,
					 0x17, 0x18, 0x20, 0x24};
#else
/* Exception classes: WFx, CP15, hvc, smc, aborts from a lower level. */
static const uint32_t known_classes[] = {0x00, 0x01, 0x03, 0x12,
					 0x13, 0x20, 0x24, 0x3f};
#endif

/* The fake HYP: what the hooks did. */
struct fake_hyp {
	uint32_t inits, uninstalls, tlb_flushes, mmu_checks;
	uint32_t register_reads, stub_hook_calls;
#if HYPSTUB_AARCH64
	uint32_t ich_vtr_reads; /* the one stub hook it may run */
#endif
	uint32_t guest_entries, guest_exits;
	hypstub_reg_t last_register;
	hypstub_reg_t window, argument, exit_reason, exit_detail1, exit_detail2;
};

static struct fake_hyp fake;
static int fake_in_guest;
#if HYPSTUB_AARCH64
/* The fake GIC: ICH_VTR_EL2 when it has the system registers. */
static int fake_has_gicv3;
static hypstub_reg_t fake_ich_vtr;
#endif

hypstub_reg_t hyp_arch_stub_vectors(void)
{
	return STUB_VECTORS;
}

int hyp_arch_init(struct hyp_context *ctx)
{
	fake.inits++;
	ctx->r[0] = 0;
	ctx->next_sp = FAKE_INIT_SP;
	return HYP_NEXT_INIT;
}

void hyp_arch_prepare_uninstall(struct hyp_context *ctx)
{
	fake.uninstalls++;
	ctx->next_sp = FAKE_UNINSTALL_SP;
	ctx->next_vbar = STUB_VECTORS;
}

hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id)
{
	fake.register_reads++;
	fake.last_register = id;
	return FAKE_REGISTER_VALUE + id;
}

void hyp_arch_tlb_flush(void)
{
	fake.tlb_flushes++;
}

void hyp_arch_mmu_check(struct hyp_context *ctx)
{
	fake.mmu_checks++;
	ctx->r[1] = 1;
	ctx->r[2] = FAKE_MMU_ADDRESS;
	ctx->r[3] = FAKE_MMU_ADDRESS;
}

int hyp_arch_in_guest(void)
{
	return fake_in_guest;
}

int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument)
{
	fake.guest_entries++;
	fake.window = window;
	fake.argument = argument;
	ctx->next_pc = window;
	ctx->next_arg = argument;
	return HYP_NEXT_ENTER_GUEST;
}

int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2)
{
	(void)ctx;
	fake.guest_exits++;
	fake.exit_reason = reason;
	fake.exit_detail1 = detail1;
	fake.exit_detail2 = detail2;
	return HYP_NEXT_GUEST_EXIT;
}

hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr)
{
	return esr ^ FAKE_FAULT_XOR;
}

/*
 * The boot stub's hooks: the hypervisor's dispatch must never reach them,
 * but for the GIC's ICH_VTR_EL2, which both answer alike (AArch64).
 */
hypstub_reg_t stub_arch_own_vectors(void)
{
	fake.stub_hook_calls++;
	return STUB_VECTORS;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	(void)address;
	fake.stub_hook_calls++;
}

void stub_arch_hyp_mmu_off(void)
{
	fake.stub_hook_calls++;
}

#if HYPSTUB_AARCH64
int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	fake.ich_vtr_reads++;
	if (!fake_has_gicv3)
		return 0;
	*value = fake_ich_vtr;
	return 1;
}
#endif

/* The call being checked, for the report of a violation. */
static struct hyp_context call_in, call_out;
static hypstub_reg_t ram_base, ram_size;
static int call_next;

static void dump_call(void)
{
	const hypstub_reg_t *in = (const hypstub_reg_t *)&call_in;
	const hypstub_reg_t *out = (const hypstub_reg_t *)&call_out;
	unsigned int i;

	(void)fprintf(
		stderr, "fuzz: RAM 0x%llx+0x%llx, %s, next %d\n",
		(unsigned long long)ram_base, (unsigned long long)ram_size,
		fake_in_guest ? "from a guest" : "from the host", call_next);
	(void)fprintf(stderr, "fuzz: register in out (r0-r12 or x0-x29, lr, "
			      "syndrome, ...)\n");
	for (i = 0; i < sizeof(call_in) / sizeof(hypstub_reg_t); i++)
		(void)fprintf(stderr, "fuzz: %4u 0x%llx 0x%llx\n", i,
			      (unsigned long long)in[i],
			      (unsigned long long)out[i]);
	(void)fprintf(stderr,
		      "fuzz: hooks: %u init, %u uninstall, %u TLB, %u MMU, "
		      "%u register reads, %u stub hooks, %u guest entries, "
		      "%u guest exits\n",
		      fake.inits, fake.uninstalls, fake.tlb_flushes,
		      fake.mmu_checks, fake.register_reads,
		      fake.stub_hook_calls, fake.guest_entries,
		      fake.guest_exits);
}

static int restart_entry_ok(hypstub_reg_t entry)
{
	return entry % 4 == 0 && fuzz_in_range(ram_base, ram_size, entry, 4);
}

static uint32_t implemented_calls(void)
{
	uint32_t bitmap = 1u << (HYP_CALL_FEATURES - HYP_CALL_BASE) |
			  1u << (HYP_CALL_PING - HYP_CALL_BASE) |
			  1u << (HYP_CALL_READ_REGISTER - HYP_CALL_BASE) |
			  1u << (HYP_CALL_TLB_FLUSH - HYP_CALL_BASE) |
			  1u << (HYP_CALL_MMU_CHECK - HYP_CALL_BASE) |
			  1u << (HYP_CALL_INIT - HYP_CALL_BASE) |
			  1u << (HYP_CALL_RUN_GUEST - HYP_CALL_BASE);

	return bitmap;
}

/* The stub calls under the hypervisor ([HYP-STUB-1] to [HYP-STUB-4]). */
static int model_stub_call(struct hyp_context *ctx, struct fake_hyp *model_hyp,
			   const char **rule)
{
	switch (ctx->r[0]) {
	case HVC_SET_VECTORS:
		*rule = "[HYP-STUB-3]";
		ctx->r[0] = HVC_STUB_ERR;
		return HYP_NEXT_RETURN;
	case HVC_SOFT_RESTART:
		*rule = "[HYP-STUB-1] [SOFT-RESTART-1] [SOFT-RESTART-5]";
		if (!restart_entry_ok(ctx->r[1])) {
			ctx->r[0] = HVC_STUB_ERR;
			return HYP_NEXT_RETURN;
		}
		ctx->next_vbar = STUB_VECTORS;
		return HYP_NEXT_SOFT_RESTART;
	case HVC_RESET_VECTORS:
		*rule = "[HYP-STUB-2]";
		model_hyp->uninstalls++;
		ctx->next_sp = FAKE_UNINSTALL_SP;
		ctx->next_vbar = STUB_VECTORS;
		ctx->r[0] = 0;
		return HYP_NEXT_UNINSTALL;
#if HYPSTUB_AARCH64
	case HVC_GET_ICH_VTR_EL2:
		*rule = "[HYP-STUB-1] [ICH-VTR-1] [ICH-VTR-2]";
		model_hyp->ich_vtr_reads++;
		if (!fake_has_gicv3) {
			ctx->r[0] = HVC_STUB_ERR;
			return HYP_NEXT_RETURN;
		}
		ctx->r[0] = 0;
		ctx->r[1] = fake_ich_vtr;
		return HYP_NEXT_RETURN;
#endif
	default:
		*rule = "[HYP-STUB-1] [UNKNOWN-1]";
		ctx->r[0] = HVC_STUB_ERR;
		return HYP_NEXT_RETURN;
	}
}

/* The hypervisor's own calls ([HYP-CALLS-2] to [HYP-CALLS-5]). */
static int model_own_call(struct hyp_context *ctx, struct fake_hyp *model_hyp,
			  const char **rule)
{
	hypstub_reg_t id = ctx->r[0];

	*rule = "[HYP-CALLS-5]";
	if ((id & ~(hypstub_reg_t)SMCCC_FUNCTION_MASK) != HYP_CALL_BASE ||
	    (id & SMCCC_FUNCTION_MASK) >= 32 ||
	    !(implemented_calls() & 1u << (id & SMCCC_FUNCTION_MASK))) {
		ctx->r[0] = SMCCC_RET_NOT_SUPPORTED;
		return HYP_NEXT_RETURN;
	}
	switch (id) {
	case HYP_CALL_FEATURES:
		*rule = "[HYP-CALLS-2]";
		ctx->r[0] = SMCCC_RET_SUCCESS;
		ctx->r[1] = HYP_FEATURES_MAGIC;
		ctx->r[2] = HYP_VERSION;
		ctx->r[3] = implemented_calls();
		return HYP_NEXT_RETURN;
	case HYP_CALL_READ_REGISTER:
		*rule = "[HYP-CALLS-3]";
		if (ctx->r[1] >= HYP_REG_COUNT) {
			ctx->r[0] = SMCCC_RET_INVALID_PARAMETER;
			return HYP_NEXT_RETURN;
		}
		model_hyp->register_reads++;
		model_hyp->last_register = ctx->r[1];
		ctx->r[1] += FAKE_REGISTER_VALUE;
		ctx->r[0] = SMCCC_RET_SUCCESS;
		return HYP_NEXT_RETURN;
	case HYP_CALL_TLB_FLUSH:
		*rule = "[HYP-CALLS-4]";
		model_hyp->tlb_flushes++;
		ctx->r[0] = SMCCC_RET_SUCCESS;
		return HYP_NEXT_RETURN;
	case HYP_CALL_MMU_CHECK:
		*rule = "[HYP-MMU-1]";
		model_hyp->mmu_checks++;
		ctx->r[0] = SMCCC_RET_SUCCESS;
		ctx->r[1] = 1;
		ctx->r[2] = FAKE_MMU_ADDRESS;
		ctx->r[3] = FAKE_MMU_ADDRESS;
		return HYP_NEXT_RETURN;
	case HYP_CALL_INIT:
		*rule = "[HYP-INSTALL-3]";
		model_hyp->inits++;
		ctx->r[0] = 0;
		ctx->next_sp = FAKE_INIT_SP;
		return HYP_NEXT_INIT;
	case HYP_CALL_RUN_GUEST:
		*rule = "[GUEST-1]";
		model_hyp->guest_entries++;
		model_hyp->window = ctx->r[1];
		model_hyp->argument = ctx->r[2];
		ctx->next_pc = ctx->r[1];
		ctx->next_arg = ctx->r[2];
		return HYP_NEXT_ENTER_GUEST;
	default: /* HYP_CALL_PING */
		*rule = "[HYP-CALLS-2]";
		ctx->r[0] = SMCCC_RET_SUCCESS;
		return HYP_NEXT_RETURN;
	}
}

/* The spec's answer to a trap from the host, as model() in fuzz_stub.c. */
static int model_host(struct hyp_context *ctx, struct fake_hyp *model_hyp,
		      const char **rule)
{
	if (((ctx->esr >> ESR_EC_SHIFT) & ESR_EC_MASK) != ESR_EC_HVC) {
		*rule = "[HYP-FAULT-1]";
		return HYP_NEXT_HALT;
	}
	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) != 0) {
		*rule = "[IMM-1]";
		ctx->r[0] = HVC_STUB_ERR;
		return HYP_NEXT_RETURN;
	}
	if (ctx->r[0] < HVC_STUB_HCALL_NR)
		return model_stub_call(ctx, model_hyp, rule);
	if (fuzz_model_discovery(ctx->r[0], ctx->r, &ctx->r[MODEL_ARG4],
				 MODEL_RESIDENT_CALLS, 2, STUB_VECTORS,
				 ram_base, ram_size)) {
		*rule = "[DISCOVERY-1] [DISCOVERY-3] [DISCOVERY-4] "
			"[HYP-STUB-4]";
		return HYP_NEXT_RETURN;
	}
	return model_own_call(ctx, model_hyp, rule);
}

static int model_guest_exit(struct fake_hyp *model_hyp, hypstub_reg_t reason,
			    hypstub_reg_t detail1, hypstub_reg_t detail2)
{
	model_hyp->guest_exits++;
	model_hyp->exit_reason = reason;
	model_hyp->exit_detail1 = detail1;
	model_hyp->exit_detail2 = detail2;
	return HYP_NEXT_GUEST_EXIT;
}

/* The spec's answer to a trap from a guest ([GUEST-2], [GUEST-3]). */
static int model_guest(struct hyp_context *ctx, struct fake_hyp *model_hyp,
		       const char **rule)
{
	hypstub_reg_t skip = (ctx->esr & ESR_IL) ? 4 : 2;

	*rule = "[GUEST-3]";
	switch ((ctx->esr >> ESR_EC_SHIFT) & ESR_EC_MASK) {
	case ESR_EC_HVC:
		*rule = "[GUEST-2]";
		if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0 &&
		    ctx->r[0] == HYP_GUEST_CALL_EXIT)
			return model_guest_exit(model_hyp, HYP_GUEST_EXIT_CALL,
						ctx->r[1], ctx->r[2]);
		if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) == 0 &&
		    ctx->r[0] == HYP_GUEST_CALL_PING)
			ctx->r[0] = SMCCC_RET_SUCCESS;
		else
			ctx->r[0] = SMCCC_RET_NOT_SUPPORTED;
		return HYP_NEXT_RETURN;
	case ESR_EC_SMC:
		ctx->r[0] = SMCCC_RET_NOT_SUPPORTED;
		ctx->elr += skip;
		return HYP_NEXT_RETURN;
	case ESR_EC_WFX:
		ctx->elr += skip;
		return HYP_NEXT_RETURN;
	case ESR_EC_IABT_LOWER:
	case ESR_EC_DABT_LOWER:
		return model_guest_exit(model_hyp, HYP_GUEST_EXIT_FAULT,
					ctx->esr ^ FAKE_FAULT_XOR, ctx->esr);
	default:
		return model_guest_exit(model_hyp, HYP_GUEST_EXIT_TRAP,
					ctx->esr, 0);
	}
}

static void check_call(void)
{
	struct hyp_context expected = call_in;
	struct fake_hyp expected_hyp = {0};
	const char *rule = "";
	int expected_next;
	unsigned int i;

	if (fake_in_guest)
		expected_next = model_guest(&expected, &expected_hyp, &rule);
	else
		expected_next = model_host(&expected, &expected_hyp, &rule);

	/* The rules every trap obeys, whatever it is and whoever took it. */
	for (i = MODEL_CALLEE_SAVED_FIRST; i < MODEL_CALLEE_SAVED_END; i++)
		fuzz_require(call_out.r[i] == call_in.r[i],
			     "[CALL-2] [HYP-CALLS-1]",
			     "r4-r11 (x19-x29) changed");
	fuzz_require(call_out.lr == call_in.lr && call_out.esr == call_in.esr,
		     "[CALL-2] [HYP-CALLS-1]", "lr or the saved HSR changed");
	fuzz_require(fake.stub_hook_calls == 0, "[HYP-STUB-1]",
		     "the boot stub's hooks ran under the hypervisor");
	if (fake_in_guest) {
		fuzz_require(
			call_next == HYP_NEXT_RETURN ||
				call_next == HYP_NEXT_GUEST_EXIT,
			"[GUEST-2] [GUEST-3]",
			"a guest's trap neither returned nor ended the run");
		fuzz_require(fake.inits == 0 && fake.uninstalls == 0 &&
				     fake.tlb_flushes == 0 &&
				     fake.mmu_checks == 0 &&
				     fake.register_reads == 0 &&
				     fake.guest_entries == 0,
			     "[GUEST-2]", "a guest reached a host call");
	} else if (expected.r[0] == SMCCC_RET_NOT_SUPPORTED &&
		   expected_next == HYP_NEXT_RETURN) {
		fuzz_require(call_out.r[0] == SMCCC_RET_NOT_SUPPORTED &&
				     call_next == HYP_NEXT_RETURN,
			     "[HYP-CALLS-5]",
			     "an unknown ID is not SMCCC_RET_NOT_SUPPORTED");
	}

	/* Then the exact answer the spec gives this trap. */
	fuzz_require(call_next == expected_next, rule, "wrong next step");
	fuzz_require(memcmp(&call_out, &expected, sizeof(expected)) == 0, rule,
		     "the context is not what the spec says");
	fuzz_require(memcmp(&fake, &expected_hyp, sizeof(fake)) == 0, rule,
		     "the HYP hooks did not do what the spec says");
}

/* Other IDs worth a try: other services, 64-bit and yielding calls. */
static const hypstub_reg_t other_ids[] = {HYP_GUEST_CALL_EXIT,
					  HYP_GUEST_CALL_PING,
					  HYP_GUEST_CALL_PING + 1,
					  HYP_CALL_BASE + 0xffff,
					  0xc6000001,
					  0x06000001,
					  0x84000000,
					  0x84000008,
					  HVC_STUB_ERR,
					  0xffffffff};

/* The stub calls and a few more, the hypervisor's and a few more, others. */
static hypstub_reg_t listed_id(hypstub_reg_t word)
{
	const uint32_t stub_ids = 8, own_ids = 40;
	uint32_t n =
		(uint32_t)(word % (stub_ids + own_ids +
				   sizeof(other_ids) / sizeof(other_ids[0])));

	if (n < stub_ids)
		return n;
	if (n < stub_ids + own_ids)
		return HYP_CALL_BASE + n - stub_ids;
	return other_ids[n - stub_ids - own_ids];
}

static void decode(struct fuzz_input *input)
{
	uint32_t shape = fuzz_word(input);
	hypstub_reg_t *word = (hypstub_reg_t *)&call_in;
	unsigned int i;

	ram_base = fuzz_register(input);
	ram_size = fuzz_register(input);
#if HYPSTUB_AARCH64
	/* Early in the input, where even a short one sets it. */
	fake_ich_vtr = fuzz_register(input);
#endif
	if (shape & SHAPE_QEMU_RAM) {
		ram_base = QEMU_RAM_BASE;
		ram_size = QEMU_RAM_SIZE;
	}
	for (i = 0; i < sizeof(call_in) / sizeof(hypstub_reg_t); i++)
		word[i] = fuzz_register(input);
#if HYPSTUB_AARCH64
	/* ESR_EL2 is 64 bits wide, but bits 63:32 are RES0 (ISS2 aside). */
	call_in.esr &= 0xffffffff;
#endif
	if (shape & SHAPE_HVC)
		call_in.esr = (call_in.esr &
			       ~((hypstub_reg_t)ESR_EC_MASK << ESR_EC_SHIFT)) |
			      (hypstub_reg_t)ESR_EC_HVC << ESR_EC_SHIFT;
	else if (shape & SHAPE_EC_KNOWN)
		call_in.esr = (call_in.esr &
			       ~((hypstub_reg_t)ESR_EC_MASK << ESR_EC_SHIFT)) |
			      (hypstub_reg_t)known_classes[(shape >> 8) % 8]
				      << ESR_EC_SHIFT;
	if (shape & SHAPE_IMM_0)
		call_in.esr &= ~(hypstub_reg_t)ESR_ISS_HVC_IMM_MASK;
	if (shape & SHAPE_R0_LISTED)
		call_in.r[0] = listed_id(call_in.r[0]);
	if ((shape & SHAPE_R1_IN_RAM) && ram_size != 0)
		call_in.r[1] = ram_base + call_in.r[1] % ram_size;
#if HYPSTUB_AARCH64
	/* A call or an address in the low half, something in the upper. */
	if (shape & SHAPE_WIDE) {
		hypstub_reg_t upper = (hypstub_reg_t)((shape >> 21) | 1) << 32;

		if (shape & 0x800)
			call_in.r[1] = (call_in.r[1] & 0xffffffff) | upper;
		else
			call_in.r[0] = (call_in.r[0] & 0xffffffff) | upper;
	}
	fake_has_gicv3 = (shape & 0x100000) != 0;
#endif
	fake_in_guest = (shape & SHAPE_IN_GUEST) != 0;
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input input = {data, size};

	fuzz_dump = dump_call;
	decode(&input);
	stub_set_memory(ram_base, ram_size);
	memset(&fake, 0, sizeof(fake));
	call_out = call_in;
	call_next = hyp_handle_trap(&call_out);
	check_call();
	return 0;
}
