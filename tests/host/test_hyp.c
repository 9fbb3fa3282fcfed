// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host unit tests of hyp/hyp_main.c (the resident hypervisor's dispatch) over
 * a fake context and fake HYP hooks, with ASan and UBSan. Prints TAP.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

#include <stdio.h>
#include <string.h>

#include "tap.h"

#define RAM_BASE 0x40000000u
#define RAM_SIZE 0x08000000u
#define STUB_VECTORS 0x40100020u
#define ESR_OF(class, imm)                                                     \
	(((hypstub_reg_t)(class) << ESR_EC_SHIFT) | ESR_IL | (imm))
#define ESR_HVC(imm) ESR_OF(ESR_EC_HVC, imm)
/* The stub calls' fifth register: ip, or x4. */
#define ARG4 HYP_CTX_REG_ARG4
/* The registers after the arguments, which every call keeps. */
#define FIRST_KEPT 4
/* A trap the guest may cause that has no handler: a system register. */
#if HYPSTUB_AARCH64
#define OTHER_TRAP_CLASS ESR_EC_SYSREG
#else
#define OTHER_TRAP_CLASS ESR_EC_CP15_32
#endif
/* For printing a register of either width. */
#define X(value) ((unsigned long long)(value))

static struct {
	hypstub_reg_t inits, uninstalls, tlb_flushes, mmu_checks,
		register_reads;
	hypstub_reg_t last_register;
	hypstub_reg_t in_guest, guest_entries, guest_exits, exit_reason;
} fake;

int hyp_arch_in_guest(void)
{
	return fake.in_guest;
}

int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument)
{
	fake.guest_entries++;
	ctx->next_pc = window;
	ctx->next_arg = argument;
	return HYP_NEXT_ENTER_GUEST;
}

int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2)
{
	(void)ctx;
	(void)detail1;
	(void)detail2;
	fake.guest_exits++;
	fake.exit_reason = reason;
	return HYP_NEXT_GUEST_EXIT;
}

hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr)
{
	(void)esr;
	return 0x40100000;
}

hypstub_reg_t hyp_arch_stub_vectors(void)
{
	return STUB_VECTORS;
}

int hyp_arch_init(struct hyp_context *ctx)
{
	fake.inits++;
	ctx->r[0] = 0;
	ctx->next_sp = 0x40200000;
	return HYP_NEXT_INIT;
}

void hyp_arch_prepare_uninstall(struct hyp_context *ctx)
{
	fake.uninstalls++;
	ctx->next_sp = 0x40300000;
	ctx->next_vbar = STUB_VECTORS;
}

hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id)
{
	fake.register_reads++;
	fake.last_register = id;
	return 0x1000 + id;
}

void hyp_arch_tlb_flush(void)
{
	fake.tlb_flushes++;
}

void hyp_arch_mmu_check(struct hyp_context *ctx)
{
	fake.mmu_checks++;
	ctx->r[1] = 1;
	ctx->r[2] = ctx->r[3] = RAM_BASE;
}

#if HYPSTUB_AARCH64
/* The hypervisor reads ICH_VTR_EL2 through the same hook as the stub. */
int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	*value = 0x90080003u;
	return 1;
}
#endif

/* The boot stub's hooks: the hypervisor's dispatch must never reach them. */
static hypstub_reg_t stub_hook_calls;

hypstub_reg_t stub_arch_own_vectors(void)
{
	stub_hook_calls++;
	return STUB_VECTORS;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	(void)address;
	stub_hook_calls++;
}

void stub_arch_hyp_mmu_off(void)
{
	stub_hook_calls++;
}

static int nothing_done(void)
{
	return fake.inits == 0 && fake.uninstalls == 0 &&
	       fake.tlb_flushes == 0 && fake.mmu_checks == 0 &&
	       fake.register_reads == 0 && fake.guest_entries == 0 &&
	       fake.guest_exits == 0;
}

static int call(struct hyp_context *ctx, uint32_t imm, hypstub_reg_t r0,
		hypstub_reg_t r1, hypstub_reg_t r2, hypstub_reg_t r3,
		hypstub_reg_t r12)
{
	unsigned int i;

	memset(&fake, 0, sizeof(fake));
	memset(ctx, 0, sizeof(*ctx));
	for (i = FIRST_KEPT; i < HYP_CTX_GPR_COUNT; i++)
		if (i != ARG4)
			ctx->r[i] = 0x01010101 * i;
	ctx->r[0] = r0;
	ctx->r[1] = r1;
	ctx->r[2] = r2;
	ctx->r[3] = r3;
	ctx->r[ARG4] = r12;
	ctx->lr = 0x1e1e1e1e;
	ctx->esr = ESR_HVC(imm);
	stub_set_memory(RAM_BASE, RAM_SIZE);
	return hyp_handle_trap(ctx);
}

static int callee_saved_intact(const struct hyp_context *ctx)
{
	unsigned int i;

	for (i = FIRST_KEPT; i < HYP_CTX_GPR_COUNT; i++)
		if (i != ARG4 && ctx->r[i] != 0x01010101 * i)
			return 0;
	return ctx->lr == 0x1e1e1e1e;
}

static void test_stub_calls(void)
{
	struct hyp_context ctx;

	check(call(&ctx, 0, HVC_SET_VECTORS, RAM_BASE, 0, 0, 0) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == HVC_STUB_ERR && nothing_done(),
	      "SET_VECTORS refused");
	check(call(&ctx, 0, HVC_SOFT_RESTART, RAM_BASE + 0x8000, 1, 2, 3) ==
		      HYP_NEXT_SOFT_RESTART,
	      "SOFT_RESTART accepted");
	check(ctx.next_vbar == STUB_VECTORS, "restart goes back to the stub");
	check(ctx.r[1] == RAM_BASE + 0x8000 && ctx.r[2] == 1 && ctx.r[3] == 2 &&
		      ctx.r[ARG4] == 3,
	      "restart registers intact");
	check(call(&ctx, 0, HVC_SOFT_RESTART, RAM_BASE + 2, 1, 2, 3) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == HVC_STUB_ERR,
	      "misaligned restart refused");
	check(call(&ctx, 0, HVC_SOFT_RESTART, 0x30000000, 1, 2, 3) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == HVC_STUB_ERR,
	      "restart outside RAM refused");
	check(call(&ctx, 0, HVC_RESET_VECTORS, 0, 0, 0, 0) ==
			      HYP_NEXT_UNINSTALL &&
		      ctx.r[0] == 0 && fake.uninstalls == 1,
	      "RESET_VECTORS uninstalls");
	check(ctx.next_vbar == STUB_VECTORS, "HVBAR back to the stub");
	call(&ctx, 0, HYPSTUB_CALL_QUERY, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && ctx.r[1] == HYPSTUB_QUERY_MAGIC &&
		      ctx.r[2] == HYPSTUB_ABI_VERSION &&
		      ctx.r[3] == HYPSTUB_RESIDENT_HYP_CALLS &&
		      ctx.r[ARG4] == HYPSTUB_IMPL_RESIDENT_HYP,
	      "QUERY answered as the hypervisor");
	call(&ctx, 0, HYPSTUB_CALL_UID, 0, 0, 0, 0);
	check(ctx.r[0] == HYPSTUB_UUID_0 && ctx.r[3] == HYPSTUB_UUID_3,
	      "UID answered by the hypervisor too");
	call(&ctx, 0, HYPSTUB_CALL_MEMORY, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && ctx.r[1] == STUB_VECTORS &&
		      ctx.r[2] == RAM_BASE && ctx.r[3] == RAM_SIZE,
	      "MEMORY: the boot stub's vectors and RAM");
#if HYPSTUB_AARCH64
	call(&ctx, 0, HVC_GET_ICH_VTR_EL2, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && ctx.r[1] == 0x90080003u,
	      "ICH_VTR_EL2 honoured by the hypervisor");
#else
	call(&ctx, 0, HVC_GET_ICH_VTR_EL2, 0, 0, 0, 0);
	check(ctx.r[0] == HVC_STUB_ERR, "call 4 reserved on AArch32");
#endif
	check(call(&ctx, 0, HVC_FINALISE_EL2, 0, 0, 0, 0) == HYP_NEXT_RETURN &&
		      ctx.r[0] == HVC_STUB_ERR && nothing_done(),
	      "call 3 refused");
	check(callee_saved_intact(&ctx),
	      "the other registers and lr untouched");
	check(stub_hook_calls == 0, "the boot stub's hooks were not used");
	finish("[HYP-STUB-1] [HYP-STUB-2] [HYP-STUB-3] [HYP-STUB-4] "
	       "[DISCOVERY-3] [DISCOVERY-4]",
	       "stub calls under the hypervisor");
}

static void test_own_calls(void)
{
	struct hyp_context ctx;

	call(&ctx, 0, HYP_CALL_FEATURES, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && ctx.r[1] == HYP_FEATURES_MAGIC &&
		      ctx.r[2] == HYP_VERSION && ctx.r[3] == 0x7f,
	      "features: 0x%llx 0x%llx 0x%llx 0x%llx", X(ctx.r[0]), X(ctx.r[1]),
	      X(ctx.r[2]), X(ctx.r[3]));
	call(&ctx, 0, HYP_CALL_PING, 9, 9, 9, 9);
	check(ctx.r[0] == 0 && nothing_done(), "ping");
	call(&ctx, 0, HYP_CALL_READ_REGISTER, HYP_REG_VBAR, 0, 0, 0);
	check(ctx.r[0] == 0 && ctx.r[1] == 0x1000 + HYP_REG_VBAR,
	      "read register");
	call(&ctx, 0, HYP_CALL_READ_REGISTER, HYP_REG_COUNT, 0, 0, 0);
	check(ctx.r[0] == SMCCC_RET_INVALID_PARAMETER &&
		      fake.register_reads == 0,
	      "register outside the allow-list never read");
	call(&ctx, 0, HYP_CALL_READ_REGISTER, 0xffffffff, 0, 0, 0);
	check(ctx.r[0] == SMCCC_RET_INVALID_PARAMETER &&
		      fake.register_reads == 0,
	      "huge register ID never read");
	call(&ctx, 0, HYP_CALL_TLB_FLUSH, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && fake.tlb_flushes == 1, "TLB flush");
	call(&ctx, 0, HYP_CALL_MMU_CHECK, 0, 0, 0, 0);
	check(ctx.r[0] == 0 && fake.mmu_checks == 1, "MMU check");
	check(call(&ctx, 0, HYP_CALL_INIT, 0, 0, 0, 0) == HYP_NEXT_INIT &&
		      fake.inits == 1,
	      "init");
	finish("[HYP-CALLS-2] [HYP-CALLS-3] [HYP-CALLS-4] [HYP-MMU-1]",
	       "the hypervisor's own calls");
}

static void test_unknown(void)
{
	struct hyp_context ctx;
	static const hypstub_reg_t ids[] = {
		HVC_STUB_HCALL_NR,
		0x100,
		RAM_BASE,
		HYP_CALL_BASE + 7,
		HYP_CALL_TEST_FAULT,
		HYP_CALL_BASE + HYP_CALL_COUNT,
		0x8600ffff,
		0xc6000001,
		0x06000001,
		0x84000000,
		0xffffffff,
		HVC_STUB_ERR,
#if HYPSTUB_AARCH64
		/* Known IDs in the low word only. */
		((hypstub_reg_t)1 << 32) | HYP_CALL_PING,
		((hypstub_reg_t)1 << 32) | HVC_SOFT_RESTART,
		((hypstub_reg_t)1 << 63) | HYP_CALL_TLB_FLUSH,
#endif
	};
	unsigned int i;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		check(call(&ctx, 0, ids[i], RAM_BASE, 0, 0, 0) ==
			      HYP_NEXT_RETURN,
		      "0x%08llx returns", X(ids[i]));
		check(ctx.r[0] == SMCCC_RET_NOT_SUPPORTED,
		      "0x%08llx not supported", X(ids[i]));
		check(nothing_done(), "0x%08llx did nothing", X(ids[i]));
	}
	finish("[HYP-CALLS-5]", "unknown IDs are not supported");
}

static void test_immediates(void)
{
	struct hyp_context ctx;
	static const hypstub_reg_t ids[] = {HVC_SOFT_RESTART, HVC_RESET_VECTORS,
					    HYP_CALL_INIT, HYP_CALL_TLB_FLUSH};
	unsigned int i;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		check(call(&ctx, 0xea1, ids[i], RAM_BASE, 2, 3, 0xea1) ==
			      HYP_NEXT_RETURN,
		      "0x%08llx with #0xea1 returns", X(ids[i]));
		check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == RAM_BASE &&
			      ctx.r[2] == 2 && ctx.r[3] == 3 &&
			      ctx.r[ARG4] == 0xea1,
		      "0x%08llx with #0xea1: error, r1-r3 and ip kept",
		      X(ids[i]));
		check(nothing_done(), "0x%08llx with #0xea1 did nothing",
		      X(ids[i]));
	}
	finish("[IMM-1]", "non-zero immediates under the hypervisor");
}

static void test_other_classes(void)
{
	struct hyp_context ctx;
	uint32_t class;

	for (class = 0; class < 64; class ++) {
		if (class == ESR_EC_HVC)
			continue;
		call(&ctx, 0, HYP_CALL_TLB_FLUSH, 0, 0, 0, 0);
		memset(&fake, 0, sizeof(fake));
		ctx.r[0] = HYP_CALL_TLB_FLUSH;
		ctx.esr = (hypstub_reg_t) class << ESR_EC_SHIFT;
		check(hyp_handle_trap(&ctx) == HYP_NEXT_HALT && nothing_done(),
		      "EC 0x%02x halts, doing nothing", class);
	}
	finish("[HYP-FAULT-1]", "a trap that is not an hvc halts");
}

static int guest_call(struct hyp_context *ctx, uint32_t class, uint32_t imm,
		      hypstub_reg_t r0, hypstub_reg_t r1)
{
	int next;

	call(ctx, imm, HYP_CALL_PING, 0, 0, 0, 0); /* resets the fakes */
	memset(&fake, 0, sizeof(fake));
	fake.in_guest = 1;
	ctx->r[0] = r0;
	ctx->r[1] = r1;
	ctx->elr = 0x46000100;
	ctx->esr = ESR_OF(class, imm);
	next = hyp_handle_trap(ctx);
	fake.in_guest = 0;
	return next;
}

static void test_guest(void)
{
	struct hyp_context ctx;
	static const hypstub_reg_t host_calls[] = {
		HVC_SET_VECTORS,    HVC_SOFT_RESTART,	    HVC_RESET_VECTORS,
		HYPSTUB_CALL_QUERY, HYP_CALL_FEATURES,	    HYP_CALL_INIT,
		HYP_CALL_RUN_GUEST, HYP_CALL_READ_REGISTER, 0x84000008,
		HYP_CALL_TLB_FLUSH,
	};
	unsigned int i;

	for (i = 0; i < sizeof(host_calls) / sizeof(host_calls[0]); i++) {
		check(guest_call(&ctx, ESR_EC_HVC, 0, host_calls[i],
				 0x40100000) == HYP_NEXT_RETURN &&
			      ctx.r[0] == SMCCC_RET_NOT_SUPPORTED &&
			      nothing_done(),
		      "guest hvc 0x%08llx is not the host's", X(host_calls[i]));
		check(stub_hook_calls == 0, "no stub hook from the guest");
	}
	check(guest_call(&ctx, ESR_EC_HVC, 1, HYP_GUEST_CALL_EXIT, 0) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == SMCCC_RET_NOT_SUPPORTED,
	      "exit with a non-zero immediate is not an exit");
	check(guest_call(&ctx, ESR_EC_HVC, 0, HYP_GUEST_CALL_PING, 0) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == 0,
	      "guest ping");
	check(guest_call(&ctx, ESR_EC_HVC, 0, HYP_GUEST_CALL_EXIT, 5) ==
			      HYP_NEXT_GUEST_EXIT &&
		      fake.exit_reason == HYP_GUEST_EXIT_CALL,
	      "guest exit");
	check(guest_call(&ctx, ESR_EC_SMC, 0, 0x84000008, 0) ==
			      HYP_NEXT_RETURN &&
		      ctx.r[0] == SMCCC_RET_NOT_SUPPORTED &&
		      ctx.elr == 0x46000104,
	      "guest smc refused and skipped");
	check(guest_call(&ctx, ESR_EC_WFX, 0, 0, 0) == HYP_NEXT_RETURN &&
		      ctx.elr == 0x46000104,
	      "guest wfi skipped");
	check(guest_call(&ctx, ESR_EC_DABT_LOWER, 0, 0, 0) ==
			      HYP_NEXT_GUEST_EXIT &&
		      fake.exit_reason == HYP_GUEST_EXIT_FAULT,
	      "stage-2 data abort ends the run");
	check(guest_call(&ctx, ESR_EC_IABT_LOWER, 0, 0, 0) ==
			      HYP_NEXT_GUEST_EXIT &&
		      fake.exit_reason == HYP_GUEST_EXIT_FAULT,
	      "stage-2 prefetch abort ends the run");
	check(guest_call(&ctx, OTHER_TRAP_CLASS, 0, 0, 0) ==
			      HYP_NEXT_GUEST_EXIT &&
		      fake.exit_reason == HYP_GUEST_EXIT_TRAP,
	      "any other trap ends the run");
	call(&ctx, 0, HYP_CALL_RUN_GUEST, 0x46000000, 7, 0, 0);
	check(fake.guest_entries == 1 && ctx.next_pc == 0x46000000 &&
		      ctx.next_arg == 7,
	      "the host runs a guest");
	finish("[GUEST-1] [GUEST-2] [GUEST-3]", "the guest's traps");
}

int main(void)
{
	printf("1..6\n");
	test_guest();
	test_stub_calls();
	test_own_calls();
	test_unknown();
	test_immediates();
	test_other_classes();
	return tap_exit_status();
}
