// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host unit tests of core/stub.c over a fake context and a fake HYP, built
 * with AddressSanitizer and UBSan. Prints TAP; exits 1 when a check fails.
 * Rules are those of doc/hyp-abi.md.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hypstub/abi.h>

#include <stdio.h>
#include <string.h>

#include "tap.h"

#define RAM_BASE 0x40000000u
#define RAM_SIZE 0x08000000u
#define RAM_END (RAM_BASE + RAM_SIZE)
#define OWN_VECTORS 0x40100020u
#define ESR_HVC(imm)                                                           \
	(((hypstub_reg_t)ESR_EC_HVC << ESR_EC_SHIFT) | ESR_IL | (imm))
/* For printing a register of either width. */
#define X(value) ((unsigned long long)(value))

/* ---- the fake HYP ---- */

static struct {
	hypstub_reg_t hvbar;
	hypstub_reg_t hvbar_writes;
	hypstub_reg_t mmu_off_calls;
} hyp;

hypstub_reg_t stub_arch_own_vectors(void)
{
	return OWN_VECTORS;
}

void stub_arch_write_hvbar(hypstub_reg_t address)
{
	hyp.hvbar = address;
	hyp.hvbar_writes++;
}

void stub_arch_hyp_mmu_off(void)
{
	hyp.mmu_off_calls++;
}

#if HYPSTUB_AARCH64
/* A CPU with or without the GICv3 system register interface. */
static int fake_has_gicv3;
static unsigned int fake_ich_vtr_reads;
#define FAKE_ICH_VTR 0x90080003u

int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	if (!fake_has_gicv3)
		return 0;
	fake_ich_vtr_reads++;
	*value = FAKE_ICH_VTR;
	return 1;
}
#endif

static void reset_hyp(void)
{
	memset(&hyp, 0, sizeof(hyp));
	hyp.hvbar = OWN_VECTORS;
	stub_set_memory(RAM_BASE, RAM_SIZE);
}

static int call(struct stub_context *ctx, hypstub_reg_t imm, hypstub_reg_t r0,
		hypstub_reg_t r1, hypstub_reg_t r2, hypstub_reg_t r3,
		hypstub_reg_t ip)
{
	memset(ctx, 0, sizeof(*ctx));
	ctx->r[0] = r0;
	ctx->r[1] = r1;
	ctx->r[2] = r2;
	ctx->r[3] = r3;
	ctx->r[STUB_REG_IP] = ip;
	ctx->esr = ESR_HVC(imm);
	ctx->lr = 0x1e1e1e1e;
	return stub_handle_trap(ctx);
}

/* ---- tests ---- */

static void test_range_checks(void)
{
	reset_hyp();
	check(stub_range_in_ram(RAM_BASE, 4), "RAM base");
	check(stub_range_in_ram(RAM_END - 4, 4), "last word");
	check(!stub_range_in_ram(RAM_END - 3, 4), "straddles the end");
	check(!stub_range_in_ram(RAM_END, 4), "RAM end");
	check(!stub_range_in_ram(RAM_BASE - 4, 4), "below RAM");
	check(!stub_range_in_ram(RAM_BASE, RAM_SIZE + 1), "longer than RAM");
	check(stub_range_in_ram(RAM_BASE, RAM_SIZE), "all of RAM");
	check(!stub_range_in_ram((hypstub_reg_t)0 - 4, 8), "wraps around");
	check(!stub_range_in_ram(RAM_BASE + 4, (hypstub_reg_t)0 - 1),
	      "huge length");
	stub_set_memory((hypstub_reg_t)0 - 0x10000000, 0x10000000);
	check(stub_range_in_ram((hypstub_reg_t)0 - 4, 4),
	      "RAM up to the top of the address space");
	check(!stub_range_in_ram((hypstub_reg_t)0 - 4, 8), "past the top");
	reset_hyp();
	finish("[SET-VECTORS-3] [SOFT-RESTART-5]", "range checks");
}

static void test_set_vectors(void)
{
	struct stub_context ctx;
	static const hypstub_reg_t bad[] = {
		RAM_BASE + 1,
		RAM_BASE + VECTOR_TABLE_ALIGN / 2,
		RAM_BASE + VECTOR_TABLE_ALIGN - 1,
		RAM_END,
		RAM_END - VECTOR_TABLE_SIZE / 2,
		RAM_BASE - VECTOR_TABLE_SIZE,
		0,
		(hypstub_reg_t)0 - VECTOR_TABLE_ALIGN,
#if HYPSTUB_AARCH64
		/* The low word of a good table, above 4 GiB. */
		((hypstub_reg_t)1 << 32) | (RAM_BASE + VECTOR_TABLE_ALIGN),
#endif
	};
	unsigned int i;

	reset_hyp();
	check(call(&ctx, 0, HVC_SET_VECTORS, RAM_BASE + VECTOR_TABLE_ALIGN, 0,
		   0, 0) == STUB_NEXT_RETURN,
	      "returns");
	check(ctx.r[0] == 0, "result 0");
	check(hyp.hvbar == RAM_BASE + VECTOR_TABLE_ALIGN, "HVBAR set");
	check(call(&ctx, 0, HVC_SET_VECTORS, RAM_END - VECTOR_TABLE_SIZE, 0, 0,
		   0) == STUB_NEXT_RETURN &&
		      ctx.r[0] == 0,
	      "the last table in RAM");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		reset_hyp();
		call(&ctx, 0, HVC_SET_VECTORS, bad[i], 0, 0, 0);
		check(ctx.r[0] == HVC_STUB_ERR, "0x%08llx refused", X(bad[i]));
		check(hyp.hvbar_writes == 0, "0x%08llx: HVBAR untouched",
		      X(bad[i]));
	}
	finish("[SET-VECTORS-1] [SET-VECTORS-2] [SET-VECTORS-3]",
	       "HVC_SET_VECTORS");
}

static void test_reset_vectors(void)
{
	struct stub_context ctx;

	reset_hyp();
	hyp.hvbar = RAM_BASE + VECTOR_TABLE_ALIGN;
	call(&ctx, 0, HVC_RESET_VECTORS, 0, 0, 0, 0);
	check(ctx.r[0] == 0, "result 0");
	check(hyp.hvbar == OWN_VECTORS, "HVBAR back to the stub");
	check(hyp.mmu_off_calls == 1, "MMU turned off");
	finish("[RESET-VECTORS-1]", "HVC_RESET_VECTORS");
}

static void test_soft_restart(void)
{
	struct stub_context ctx;
	static const hypstub_reg_t bad[] = {
		RAM_BASE + 1,
		RAM_BASE + 2,
		RAM_BASE + 3,
		RAM_END,
		RAM_END - 2,
		RAM_BASE - 4,
		0,
		(hypstub_reg_t)0 - 4,
#if HYPSTUB_AARCH64
		/* A good entry's low word, above 4 GiB. */
		((hypstub_reg_t)1 << 32) | RAM_BASE,
#endif
	};
	unsigned int i;

	reset_hyp();
	check(call(&ctx, 0, HVC_SOFT_RESTART, RAM_BASE + 0x8000, 1, 2, 3) ==
		      STUB_NEXT_SOFT_RESTART,
	      "valid entry restarts");
	check(ctx.r[1] == RAM_BASE + 0x8000 && ctx.r[2] == 1 && ctx.r[3] == 2 &&
		      ctx.r[STUB_REG_IP] == 3,
	      "entry and payload registers left for the restart code");
	check(call(&ctx, 0, HVC_SOFT_RESTART, RAM_END - 4, 0, 0, 0) ==
		      STUB_NEXT_SOFT_RESTART,
	      "last word of RAM");
	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		reset_hyp();
		check(call(&ctx, 0, HVC_SOFT_RESTART, bad[i], 1, 2, 3) ==
			      STUB_NEXT_RETURN,
		      "0x%08llx returns", X(bad[i]));
		check(ctx.r[0] == HVC_STUB_ERR, "0x%08llx refused", X(bad[i]));
		check(hyp.hvbar_writes == 0 && hyp.mmu_off_calls == 0,
		      "0x%08llx: nothing changed", X(bad[i]));
	}
	finish("[SOFT-RESTART-1] [SOFT-RESTART-5]", "HVC_SOFT_RESTART");
}

static void test_query(void)
{
	struct stub_context ctx;

	reset_hyp();
	call(&ctx, 0, HYPSTUB_CALL_QUERY, 7, 7, 7, 7);
	check(ctx.r[0] == 0, "result");
	check(ctx.r[1] == HYPSTUB_QUERY_MAGIC, "magic");
	check(ctx.r[2] == HYPSTUB_ABI_VERSION, "version");
	check(ctx.r[3] == HYPSTUB_BOOT_STUB_CALLS, "calls");
	check(ctx.r[STUB_REG_IP] == HYPSTUB_IMPL_BOOT_STUB, "implementer");
	check(hyp.hvbar_writes == 0 && hyp.mmu_off_calls == 0, "no change");
	finish("[QUERY-1]", "HYPSTUB_CALL_QUERY");
}

static void test_discovery(void)
{
	struct stub_context ctx;

	reset_hyp();
	call(&ctx, 0, HYPSTUB_CALL_UID, 7, 7, 7, 7);
	check(ctx.r[0] == HYPSTUB_UUID_0 && ctx.r[1] == HYPSTUB_UUID_1 &&
		      ctx.r[2] == HYPSTUB_UUID_2 && ctx.r[3] == HYPSTUB_UUID_3,
	      "UID: the UUID in r0-r3");
	check(ctx.r[STUB_REG_IP] == 7, "UID: ip kept");
	call(&ctx, 0, HYPSTUB_CALL_REVISION, 7, 7, 7, 7);
	check(ctx.r[0] == HYPSTUB_ABI_VERSION && ctx.r[1] == 0 &&
		      ctx.r[2] == 7 && ctx.r[3] == 7,
	      "revision: major, minor; r2 and r3 kept");
	call(&ctx, 0, HYPSTUB_CALL_MEMORY, 7, 7, 7, 7);
	check(ctx.r[0] == 0 && ctx.r[1] == OWN_VECTORS &&
		      ctx.r[2] == RAM_BASE && ctx.r[3] == RAM_SIZE,
	      "memory: vectors and RAM");
	check(hyp.hvbar_writes == 0 && hyp.mmu_off_calls == 0, "no change");
	/* Next to the discovery calls, but none of them. */
	call(&ctx, 0, HYPSTUB_CALL_MEMORY + 1, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7, "0x8600fe02 refused");
	call(&ctx, 0, 0x8600ff02, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7, "0x8600ff02 refused");
	call(&ctx, 0, 0xc600ff01, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR, "the SMC64 UID is not ours");
#if HYPSTUB_AARCH64
	call(&ctx, 0, ((hypstub_reg_t)1 << 32) | HYPSTUB_CALL_UID, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7,
	      "UID in w0 only, upper x0 set: refused");
#endif
	finish("[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-4]", "discovery calls");
}

static void test_linux_numbers(void)
{
	struct stub_context ctx;

	reset_hyp();
	call(&ctx, 0, HVC_FINALISE_EL2, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7 && ctx.r[2] == 7 &&
		      ctx.r[3] == 7,
	      "HVC_FINALISE_EL2: refused, r1-r3 kept");
#if HYPSTUB_AARCH64
	fake_has_gicv3 = 0;
	fake_ich_vtr_reads = 0;
	call(&ctx, 0, HVC_GET_ICH_VTR_EL2, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7,
	      "ICH_VTR_EL2 without GICv3: refused, x1 kept");
	check(fake_ich_vtr_reads == 0, "nothing read without GICv3");
	fake_has_gicv3 = 1;
	call(&ctx, 0, HVC_GET_ICH_VTR_EL2, 7, 7, 7, 7);
	check(ctx.r[0] == 0 && ctx.r[1] == FAKE_ICH_VTR && ctx.r[2] == 7,
	      "ICH_VTR_EL2 with GICv3: x0 = 0, x1 = the register");
	fake_has_gicv3 = 0;
#else
	call(&ctx, 0, HVC_GET_ICH_VTR_EL2, 7, 7, 7, 7);
	check(ctx.r[0] == HVC_STUB_ERR && ctx.r[1] == 7,
	      "call 4 is reserved on AArch32 (v1's query retired)");
#endif
	check(hyp.hvbar_writes == 0 && hyp.mmu_off_calls == 0, "no change");
	finish("[FINALISE-1] [ICH-VTR-1] [ICH-VTR-2]", "Linux's calls 3 and 4");
}

static void test_unknown(void)
{
	struct stub_context ctx;
	static const hypstub_reg_t ids[] = {
		HVC_FINALISE_EL2,
		HVC_STUB_HCALL_NR,
		HVC_STUB_HCALL_NR + 1,
		0x100,
		RAM_BASE + 0x1000,
		0x84000000,
		0x86000000,
		HVC_STUB_ERR,
		0x7fffffff,
		0x80000000,
		0xffffffff,
#if HYPSTUB_AARCH64
		/* Calls 0 to 2 in the low word only. */
		((hypstub_reg_t)1 << 32) | HVC_SET_VECTORS,
		((hypstub_reg_t)1 << 32) | HVC_SOFT_RESTART,
		((hypstub_reg_t)1 << 63) | HVC_RESET_VECTORS,
#endif
	};
	unsigned int i;

	for (i = 0; i < sizeof(ids) / sizeof(ids[0]); i++) {
		reset_hyp();
		check(call(&ctx, 0, ids[i], RAM_BASE, 0, 0, 0) ==
			      STUB_NEXT_RETURN,
		      "0x%08llx returns", X(ids[i]));
		check(ctx.r[0] == HVC_STUB_ERR, "0x%08llx refused", X(ids[i]));
		check(hyp.hvbar_writes == 0 && hyp.mmu_off_calls == 0,
		      "0x%08llx: nothing changed", X(ids[i]));
	}
	finish("[UNKNOWN-1] [UNKNOWN-2]", "unknown function IDs");
}

static void test_immediates(void)
{
	struct stub_context ctx;
	static const hypstub_reg_t imms[] = {1, 2, 0xea1, 0x8000, 0xffff};
	unsigned int i;

	for (i = 0; i < sizeof(imms) / sizeof(imms[0]); i++) {
		reset_hyp();
		check(call(&ctx, imms[i], HVC_SET_VECTORS,
			   RAM_BASE + VECTOR_TABLE_ALIGN, 2, 3,
			   0xea1) == STUB_NEXT_RETURN,
		      "#0x%llx returns", X(imms[i]));
		check(ctx.r[0] == HVC_STUB_ERR, "#0x%llx refused", X(imms[i]));
		check(ctx.r[1] == RAM_BASE + VECTOR_TABLE_ALIGN &&
			      ctx.r[2] == 2 && ctx.r[3] == 3 &&
			      ctx.r[STUB_REG_IP] == 0xea1,
		      "#0x%llx: r1-r3 and ip unchanged", X(imms[i]));
		check(hyp.hvbar_writes == 0, "#0x%llx: HVBAR untouched",
		      X(imms[i]));
		check(call(&ctx, imms[i], HVC_SOFT_RESTART, RAM_BASE, 0, 0,
			   0) == STUB_NEXT_RETURN,
		      "#0x%llx: no restart", X(imms[i]));
		call(&ctx, imms[i], HVC_RESET_VECTORS, 0, 0, 0, 0);
		check(hyp.mmu_off_calls == 0, "#0x%llx: no reset", X(imms[i]));
	}
	finish("[IMM-1]", "non-zero immediates");
}

static void test_other_classes(void)
{
	struct stub_context ctx;
	uint32_t class;

	for (class = 0; class < 64; class ++) {
		if (class == ESR_EC_HVC)
			continue;
		reset_hyp();
		/* A valid SET_VECTORS, but under another class. */
		call(&ctx, 0, HVC_SET_VECTORS, RAM_BASE + VECTOR_TABLE_ALIGN, 0,
		     0, 0);
		hyp.hvbar_writes = 0;
		ctx.r[0] = HVC_SET_VECTORS;
		ctx.esr = (hypstub_reg_t) class << ESR_EC_SHIFT;
		check(stub_handle_trap(&ctx) == STUB_NEXT_HALT,
		      "EC 0x%02x halts", class);
		check(hyp.hvbar_writes == 0, "EC 0x%02x: nothing done", class);
	}
	finish("[UNEXPECTED-6]", "a trap that is not an hvc is unexpected");
}

static void test_context_untouched(void)
{
	struct stub_context ctx;

	reset_hyp();
	call(&ctx, 0, HYPSTUB_CALL_QUERY, 0, 0, 0, 0);
	check(ctx.lr == 0x1e1e1e1e, "LR_usr kept");
	call(&ctx, 0, 0x1234, 0, 0, 0, 0);
	check(ctx.lr == 0x1e1e1e1e, "LR_usr kept on error");
	finish("[CALL-2]", "the saved LR is never changed");
}

int main(void)
{
	printf("1..11\n");
	test_range_checks();
	test_set_vectors();
	test_reset_vectors();
	test_soft_restart();
	test_query();
	test_discovery();
	test_linux_numbers();
	test_unknown();
	test_immediates();
	test_other_classes();
	test_context_untouched();
	return tap_exit_status();
}
