// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host fuzzer of the boot stub's dispatch (core/stub.c, stub_handle_trap):
 * any HSR, any registers, any RAM. Each call is checked against a model of
 * doc/hyp-abi.md written here from the spec, with its own (128-bit) range
 * arithmetic: the next step, every field of the context and every HYP hook
 * the call ran must be what the spec allows, and nothing else may change.
 * The RAM range checks are also compared with the model directly. Built
 * twice (mk/fuzz-host.mk): with AArch32's 32-bit registers, and with
 * -DHYPSTUB_MODEL_AARCH64 as the AArch64 stub is built, where every
 * register is 64 bits wide, a value valid in its low 32 bits only must be
 * refused ([A64-CALL-2]) and HVC_GET_ICH_VTR_EL2 exists.
 */
#include <arch/portable.h>
#include <core/stub.h>
#include <hypstub/abi.h>

#include <string.h>

#include "fuzz.h"

#define QEMU_RAM_BASE 0x40000000u
#define QEMU_RAM_SIZE 0x08000000u
#define OWN_VECTORS 0x40100020u
#define INITIAL_HVBAR 0x4bad0000u

/* The spec's numbers, written here again rather than taken from the code. */
#if HYPSTUB_AARCH64
#define MODEL_VECTOR_TABLE 2048u    /* alignment and size of VBAR_EL2's table */
#define MODEL_BOOT_STUB_CALLS 0x17u /* calls 0-2 and HVC_GET_ICH_VTR_EL2 */
#else
#define MODEL_VECTOR_TABLE 32u	   /* HVBAR's */
#define MODEL_BOOT_STUB_CALLS 0x7u /* calls 0-2 */
#endif
#define MODEL_INSTRUCTION 4u

/* Bits of the input's first byte that make the interesting calls common. */
#define SHAPE_HVC 0x01	     /* HSR.EC is hvc */
#define SHAPE_IMM_0 0x02     /* the immediate is 0 */
#define SHAPE_R0_SMALL 0x04  /* r0 is below 8 */
#define SHAPE_R1_IN_RAM 0x08 /* r1 is inside RAM */
#define SHAPE_QEMU_RAM 0x10  /* RAM is qemu-virt's */
#define SHAPE_DISCOVERY 0x20 /* r0 is a discovery ID */
#define SHAPE_WIDE 0x40	     /* 64-bit: r0's upper half set, low half kept */

/* The fake HYP: its HVBAR and what the hooks did. */
struct fake_hyp {
	hypstub_reg_t hvbar;
	uint32_t hvbar_writes;
	uint32_t mmu_off_calls;
	uint32_t ich_vtr_reads;
	int has_gicv3;
	hypstub_reg_t ich_vtr;
};

static struct fake_hyp hyp;

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
int stub_arch_read_ich_vtr(hypstub_reg_t *value)
{
	hyp.ich_vtr_reads++;
	if (!hyp.has_gicv3)
		return 0;
	*value = hyp.ich_vtr;
	return 1;
}
#endif

/* The call being checked, for the report of a violation. */
static struct stub_context call_in, call_out;
static hypstub_reg_t ram_base, ram_size;
static int call_next;

static void dump_call(void)
{
	unsigned int i;

	(void)fprintf(stderr, "fuzz: RAM 0x%llx+0x%llx, next %d\n",
		      (unsigned long long)ram_base,
		      (unsigned long long)ram_size, call_next);
	(void)fprintf(stderr, "fuzz: %-8s %-18s %-18s\n", "", "in", "out");
	for (i = 0; i < 5; i++)
		(void)fprintf(stderr, "fuzz: r[%u]     0x%016llx 0x%016llx\n",
			      i, (unsigned long long)call_in.r[i],
			      (unsigned long long)call_out.r[i]);
	(void)fprintf(stderr, "fuzz: esr      0x%016llx 0x%016llx\n",
		      (unsigned long long)call_in.esr,
		      (unsigned long long)call_out.esr);
	(void)fprintf(stderr, "fuzz: lr       0x%016llx 0x%016llx\n",
		      (unsigned long long)call_in.lr,
		      (unsigned long long)call_out.lr);
	(void)fprintf(stderr,
		      "fuzz: HVBAR 0x%llx, %u writes, %u MMU off, %u ICH_VTR "
		      "reads\n",
		      (unsigned long long)hyp.hvbar, hyp.hvbar_writes,
		      hyp.mmu_off_calls, hyp.ich_vtr_reads);
}

static int vector_table_ok(hypstub_reg_t address)
{
	return address % MODEL_VECTOR_TABLE == 0 &&
	       fuzz_in_range(ram_base, ram_size, address, MODEL_VECTOR_TABLE);
}

static int restart_entry_ok(hypstub_reg_t entry)
{
	return entry % MODEL_INSTRUCTION == 0 &&
	       fuzz_in_range(ram_base, ram_size, entry, MODEL_INSTRUCTION);
}

/* True when bits 63:32 of a 64-bit register are not all 0. */
static int upper_half_set(hypstub_reg_t value)
{
#if HYPSTUB_AARCH64
	return (value >> 32) != 0;
#else
	(void)value;
	return 0;
#endif
}

/*
 * The spec's answer to the call in *ctx: updates *ctx and *model_hyp as
 * the call must, returns the next step, and names the rule that says so.
 */
static int model(struct stub_context *ctx, struct fake_hyp *model_hyp,
		 const char **rule)
{
	if (((ctx->esr >> ESR_EC_SHIFT) & ESR_EC_MASK) != ESR_EC_HVC) {
		*rule = "[UNEXPECTED-6]";
		return STUB_NEXT_HALT;
	}
	if ((ctx->esr & ESR_ISS_HVC_IMM_MASK) != 0) {
		*rule = "[IMM-1]";
		ctx->r[0] = HVC_STUB_ERR;
		return STUB_NEXT_RETURN;
	}
	switch (ctx->r[0]) {
	case HVC_SET_VECTORS:
		*rule = "[SET-VECTORS-1] [SET-VECTORS-2] [SET-VECTORS-3]";
		if (!vector_table_ok(ctx->r[1])) {
			ctx->r[0] = HVC_STUB_ERR;
			return STUB_NEXT_RETURN;
		}
		model_hyp->hvbar = ctx->r[1];
		model_hyp->hvbar_writes++;
		ctx->r[0] = 0;
		return STUB_NEXT_RETURN;
	case HVC_SOFT_RESTART:
		*rule = "[SOFT-RESTART-1] [SOFT-RESTART-5]";
		if (restart_entry_ok(ctx->r[1]))
			return STUB_NEXT_SOFT_RESTART;
		ctx->r[0] = HVC_STUB_ERR;
		return STUB_NEXT_RETURN;
	case HVC_RESET_VECTORS:
		*rule = "[RESET-VECTORS-1]";
		model_hyp->mmu_off_calls++;
		model_hyp->hvbar = OWN_VECTORS;
		model_hyp->hvbar_writes++;
		ctx->r[0] = 0;
		return STUB_NEXT_RETURN;
#if HYPSTUB_AARCH64
	case HVC_GET_ICH_VTR_EL2:
		*rule = "[ICH-VTR-1] [ICH-VTR-2]";
		model_hyp->ich_vtr_reads++;
		if (!model_hyp->has_gicv3) {
			ctx->r[0] = HVC_STUB_ERR;
			return STUB_NEXT_RETURN;
		}
		ctx->r[0] = 0;
		ctx->r[1] = model_hyp->ich_vtr;
		return STUB_NEXT_RETURN;
#endif
	default:
		if (fuzz_model_discovery(ctx->r[0], ctx->r,
					 &ctx->r[STUB_REG_IP],
					 MODEL_BOOT_STUB_CALLS, 1, OWN_VECTORS,
					 ram_base, ram_size)) {
			*rule = "[DISCOVERY-1] [DISCOVERY-2] [DISCOVERY-3] "
				"[DISCOVERY-4] [QUERY-1]";
			return STUB_NEXT_RETURN;
		}
		*rule = ctx->r[0] < HVC_STUB_HCALL_NR ? "[UNKNOWN-1]"
			: upper_half_set(ctx->r[0]) ? "[A64-CALL-2] [UNKNOWN-2]"
						    : "[UNKNOWN-2]";
		ctx->r[0] = HVC_STUB_ERR;
		return STUB_NEXT_RETURN;
	}
}

static const hypstub_reg_t discovery_ids[] = {
	HYPSTUB_CALL_UID,
	HYPSTUB_CALL_REVISION,
	HYPSTUB_CALL_QUERY,
	HYPSTUB_CALL_MEMORY,
};

static void decode(struct fuzz_input *input)
{
	uint32_t shape = fuzz_word(input);
	unsigned int i;

	ram_base = fuzz_register(input);
	ram_size = fuzz_register(input);
	if (shape & SHAPE_QEMU_RAM) {
		ram_base = QEMU_RAM_BASE;
		ram_size = QEMU_RAM_SIZE;
	}
	memset(&call_in, 0, sizeof(call_in));
	call_in.esr = fuzz_register(input);
	for (i = 0; i < 5; i++)
		call_in.r[i] = fuzz_register(input);
	call_in.lr = fuzz_register(input);
	call_in.unused = fuzz_register(input);
	hyp.has_gicv3 = (shape >> 8) & 1;
	hyp.ich_vtr = fuzz_register(input);
	if (shape & SHAPE_HVC)
		call_in.esr = (call_in.esr &
			       ~((hypstub_reg_t)ESR_EC_MASK << ESR_EC_SHIFT)) |
			      (hypstub_reg_t)ESR_EC_HVC << ESR_EC_SHIFT;
	if (shape & SHAPE_IMM_0)
		call_in.esr &= ~(hypstub_reg_t)ESR_ISS_HVC_IMM_MASK;
	if (shape & SHAPE_R0_SMALL)
		call_in.r[0] %= 8;
	if (shape & SHAPE_DISCOVERY)
		call_in.r[0] = discovery_ids[call_in.r[0] %
					     (sizeof(discovery_ids) /
					      sizeof(discovery_ids[0]))];
	if ((shape & SHAPE_R1_IN_RAM) && ram_size != 0)
		call_in.r[1] = ram_base + call_in.r[1] % ram_size;
#if HYPSTUB_AARCH64
	/* A call or an address in the low half, something in the upper. */
	if (shape & SHAPE_WIDE) {
		hypstub_reg_t upper = (hypstub_reg_t)((shape >> 9) | 1) << 32;

		if (shape & 0x80)
			call_in.r[1] = (call_in.r[1] & 0xffffffff) | upper;
		else
			call_in.r[0] = (call_in.r[0] & 0xffffffff) | upper;
	}
#endif
}

static void check_ranges(struct fuzz_input *input)
{
	hypstub_reg_t address = fuzz_register(input);
	hypstub_reg_t length = fuzz_register(input);

	fuzz_require(stub_range_in_ram(address, length) ==
			     fuzz_in_range(ram_base, ram_size, address, length),
		     "[SET-VECTORS-3] [SOFT-RESTART-5]",
		     "stub_range_in_ram() disagrees with 64-bit arithmetic");
	fuzz_require(!!stub_vector_table_is_valid(address) ==
			     vector_table_ok(address),
		     "[SET-VECTORS-2] [SET-VECTORS-3]",
		     "stub_vector_table_is_valid() is wrong");
	fuzz_require(!!stub_restart_entry_is_valid(address) ==
			     restart_entry_ok(address),
		     "[SOFT-RESTART-1] [SOFT-RESTART-5]",
		     "stub_restart_entry_is_valid() is wrong");
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input input = {data, size};
	struct stub_context expected;
	struct fake_hyp expected_hyp;
	const char *rule = "";
	int expected_next;
	hypstub_reg_t function;

	fuzz_dump = dump_call;
	decode(&input);
	stub_set_memory(ram_base, ram_size);
	memset(&hyp, 0, sizeof(hyp));
	hyp.hvbar = INITIAL_HVBAR;

	expected = call_in;
	expected_hyp = hyp;
	expected_next = model(&expected, &expected_hyp, &rule);

	call_out = call_in;
	call_next = stub_handle_trap(&call_out);

	/* The rules every call obeys, whatever it is. */
	fuzz_require(call_out.lr == call_in.lr && call_out.esr == call_in.esr &&
			     call_out.unused == call_in.unused,
		     "[CALL-2]", "the saved LR, HSR or padding changed");
	fuzz_require(call_next == STUB_NEXT_RETURN ||
			     call_next == STUB_NEXT_SOFT_RESTART ||
			     call_next == STUB_NEXT_HALT,
		     rule, "not a STUB_NEXT_* value");
	function = call_in.r[0];
	fuzz_require(call_next != STUB_NEXT_SOFT_RESTART ||
			     (function == HVC_SOFT_RESTART &&
			      expected_next == STUB_NEXT_SOFT_RESTART),
		     "[SOFT-RESTART-5] [UNKNOWN-2]",
		     "a restart without a valid HVC_SOFT_RESTART");
	/* The UID and the revision answer data in r0, not a status. */
	fuzz_require(call_next != STUB_NEXT_RETURN || call_out.r[0] == 0 ||
			     call_out.r[0] == HVC_STUB_ERR ||
			     function == HYPSTUB_CALL_UID ||
			     function == HYPSTUB_CALL_REVISION,
		     "[CALL-1]", "r0 is neither 0 nor HVC_STUB_ERR");
	fuzz_require(hyp.hvbar == INITIAL_HVBAR ||
			     (function == HVC_SET_VECTORS &&
			      vector_table_ok(call_in.r[1])) ||
			     function == HVC_RESET_VECTORS,
		     "[SET-VECTORS-2] [SET-VECTORS-3] [UNKNOWN-2]",
		     "HVBAR changed without a valid call to change it");

	/* Then the exact answer the spec gives this call. */
	fuzz_require(call_next == expected_next, rule, "wrong next step");
	fuzz_require(memcmp(&call_out, &expected, sizeof(expected)) == 0, rule,
		     "the registers are not what the spec says");
	fuzz_require(memcmp(&hyp, &expected_hyp, sizeof(hyp)) == 0, rule,
		     "the HYP hooks did not do what the spec says");

	check_ranges(&input);
	return 0;
}
