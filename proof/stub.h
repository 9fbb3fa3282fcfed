/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ACSL contracts of the boot stub's dispatch and argument checks
 * (core/stub.c), proved by `make prove` with Frama-C's WP.
 *
 * This header is read after core/stub.c (proof/stub_wp.c), so it can name
 * the file's static functions and tables; Frama-C merges a contract given on
 * a later declaration into the definition. The constants that describe the
 * architecture (the syndrome's exception class of an hvc, the vector
 * table's size and alignment) are written out here again on purpose: a
 * wrong value in the code must not make the contract agree with it.
 *
 * Model of HYP: the three arch hooks the portable code calls are specified
 * over ghost state: proof_hvbar (HVBAR or VBAR_EL2), proof_mmu_on (HSCTLR.M,
 * C and I as one bit) and proof_hyp_changes, which every hook that changes
 * HYP state bumps. "Changes nothing" is proof_hyp_changes unchanged.
 *
 * A clause named like a rule ID (SET_VECTORS_1 for [SET-VECTORS-1]) proves
 * that rule; tools/prove reports it under the rule's ID.
 */
/* clang-format off */
#ifndef PROOF_STUB_H
#define PROOF_STUB_H

#include <hypstub/abi.h>
#include <core/stub.h>

#if HYPSTUB_AARCH64
#define PROOF_EC_HVC 0x16		/* ESR_EL2.EC: hvc from AArch64 */
#define PROOF_VECTOR_TABLE_BYTES 2048	/* 2 KiB, 2 KiB-aligned */
#else
#define PROOF_EC_HVC 0x12		/* HSR.EC: hvc */
#define PROOF_VECTOR_TABLE_BYTES 32	/* 8 words, 32-byte aligned */
#endif
#define PROOF_INSTRUCTION_BYTES 4

/*
 * At 64 bits the same clauses also prove [A64-CALL-2]: every bit of an ID,
 * a table or an entry is read, since they hold for every 64-bit value.
 */
#if HYPSTUB_AARCH64
#define PROOF_A64_CALL_2 A64_CALL_2:
#else
#define PROOF_A64_CALL_2
#endif

/*
 * Bit n of a bitmap of the stub calls is clear (n below HVC_STUB_HCALL_NR).
 * Constant shifts only, and a macro, so that WP folds it: a variable shift
 * gives the provers a theory of bitwise operations they get lost in.
 */
#define PROOF_CALL_BIT_CLEAR(bitmap, n)                                        \
	(((n) == 0 && ((bitmap) & 1) == 0) ||                                  \
	 ((n) == 1 && (((bitmap) >> 1) & 1) == 0) ||                           \
	 ((n) == 2 && (((bitmap) >> 2) & 1) == 0) ||                           \
	 ((n) == 3 && (((bitmap) >> 3) & 1) == 0) ||                           \
	 ((n) == 4 && (((bitmap) >> 4) & 1) == 0))
_Static_assert(HVC_STUB_HCALL_NR == 5, "PROOF_CALL_BIT_CLEAR knows 5 calls");

/*@ ghost hypstub_reg_t proof_hvbar; */
/*@ ghost int proof_mmu_on; */
/*@ ghost unsigned long long proof_hyp_changes; */

/*@ logic integer proof_ec(integer esr) = (esr >> 26) & 0x3f;
    logic integer proof_imm(integer esr) = esr & 0xffff;

    // RAM as the stub knows it, in unbounded integers: no wrap-around.
    predicate proof_in_ram{L}(integer address, integer length) =
	    \at(stub_memory.base, L) <= address &&
	    address + length <=
		    \at(stub_memory.base, L) + \at(stub_memory.size, L);

    predicate proof_vector_table_ok{L}(integer address) =
	    address % PROOF_VECTOR_TABLE_BYTES == 0 &&
	    proof_in_ram{L}(address, PROOF_VECTOR_TABLE_BYTES);

    predicate proof_restart_entry_ok{L}(integer entry) =
	    entry % PROOF_INSTRUCTION_BYTES == 0 &&
	    proof_in_ram{L}(entry, PROOF_INSTRUCTION_BYTES);

    predicate proof_hyp_unchanged{L1, L2} =
	    \at(proof_hvbar, L1) == \at(proof_hvbar, L2) &&
	    \at(proof_mmu_on, L1) == \at(proof_mmu_on, L2) &&
	    \at(proof_hyp_changes, L1) == \at(proof_hyp_changes, L2);

    // Everything of the context but r0 as it was.
    predicate proof_args_unchanged{L1, L2}(struct stub_context *ctx) =
	    \at(ctx->r[1], L1) == \at(ctx->r[1], L2) &&
	    \at(ctx->r[2], L1) == \at(ctx->r[2], L2) &&
	    \at(ctx->r[3], L1) == \at(ctx->r[3], L2) &&
	    \at(ctx->r[STUB_REG_IP], L1) == \at(ctx->r[STUB_REG_IP], L2);

    predicate proof_saved_unchanged{L1, L2}(struct stub_context *ctx) =
	    \at(ctx->esr, L1) == \at(ctx->esr, L2) &&
	    \at(ctx->lr, L1) == \at(ctx->lr, L2) &&
	    \at(ctx->unused, L1) == \at(ctx->unused, L2);

    // A refused call: HVC_STUB_ERR in r0, nothing else changed.
    predicate proof_refused{L1, L2}(struct stub_context *ctx) =
	    \at(ctx->r[0], L2) == HVC_STUB_ERR &&
	    proof_args_unchanged{L1, L2}(ctx) &&
	    proof_hyp_unchanged{L1, L2};
*/



/* ---- the arch hooks: modelled, not proved ---- */

/*@ axiomatic proof_stub_vectors {
      logic hypstub_reg_t proof_own_vectors; // where the stub's table is
    } */

/*@ assigns \nothing;
    ensures \result == proof_own_vectors; */
hypstub_reg_t stub_arch_own_vectors(void);

/*@ assigns proof_hvbar, proof_hyp_changes;
    ensures proof_hvbar == address;
    ensures proof_mmu_on == \old(proof_mmu_on);
    ensures proof_hyp_changes ==
	    (unsigned long long)(\old(proof_hyp_changes) + 1); */
void stub_arch_write_hvbar(hypstub_reg_t address);

/*@ assigns proof_mmu_on, proof_hyp_changes;
    ensures proof_mmu_on == 0;
    ensures proof_hvbar == \old(proof_hvbar);
    ensures proof_hyp_changes ==
	    (unsigned long long)(\old(proof_hyp_changes) + 1); */
void stub_arch_hyp_mmu_off(void);

/* ---- the RAM and the argument checks ---- */

/*@ assigns stub_memory;
    ensures stub_memory.base == base && stub_memory.size == size; */
void stub_set_memory(hypstub_reg_t base, hypstub_reg_t size);

/*@ requires \valid(base) && \valid(size) && \separated(base, size);
    assigns *base, *size;
    ensures *base == stub_memory.base && *size == stub_memory.size; */
void stub_get_memory(hypstub_reg_t *base, hypstub_reg_t *size);

/*@ assigns \nothing;
    ensures \result == 0 || \result == 1;
    ensures SET_VECTORS_1: SET_VECTORS_3: SOFT_RESTART_1: SOFT_RESTART_5:
	    \result == 1 <==> proof_in_ram(address, length); */
int stub_range_in_ram(hypstub_reg_t address, hypstub_reg_t length);

/*@ assigns \nothing;
    ensures \result == 0 || \result == 1;
    ensures SET_VECTORS_1: SET_VECTORS_2: SET_VECTORS_3:
	    \result == 1 <==> proof_vector_table_ok(address); */
int stub_vector_table_is_valid(hypstub_reg_t address);

/*@ assigns \nothing;
    ensures \result == 0 || \result == 1;
    ensures SOFT_RESTART_1: SOFT_RESTART_5:
	    \result == 1 <==> proof_restart_entry_ok(entry); */
int stub_restart_entry_is_valid(hypstub_reg_t entry);

/* ---- the handlers ---- */

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures ctx->r[0] == HVC_STUB_ERR;
    ensures \result == STUB_NEXT_RETURN; */
static int stub_error(struct stub_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], proof_hvbar, proof_hyp_changes;
    ensures proof_args_unchanged{Pre, Post}(ctx);
    ensures \result == STUB_NEXT_RETURN;
    behavior accepted:
      assumes proof_vector_table_ok(ctx->r[1]);
      ensures ctx->r[0] == 0 && proof_hvbar == \old(ctx->r[1]);
      ensures proof_mmu_on == \old(proof_mmu_on);
      ensures proof_hyp_changes ==
	      (unsigned long long)(\old(proof_hyp_changes) + 1);
    behavior refused:
      assumes !proof_vector_table_ok(ctx->r[1]);
      ensures proof_refused{Pre, Post}(ctx);
    complete behaviors;
    disjoint behaviors; */
static int stub_call_set_vectors(struct stub_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures proof_args_unchanged{Pre, Post}(ctx);
    ensures proof_hyp_unchanged{Pre, Post};
    behavior accepted:
      assumes proof_restart_entry_ok(ctx->r[1]);
      ensures \result == STUB_NEXT_SOFT_RESTART;
      ensures ctx->r[0] == \old(ctx->r[0]);
    behavior refused:
      assumes !proof_restart_entry_ok(ctx->r[1]);
      ensures \result == STUB_NEXT_RETURN && ctx->r[0] == HVC_STUB_ERR;
    complete behaviors;
    disjoint behaviors; */
static int stub_call_soft_restart(struct stub_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], proof_hvbar, proof_mmu_on, proof_hyp_changes;
    ensures \result == STUB_NEXT_RETURN && ctx->r[0] == 0;
    ensures proof_mmu_on == 0 && proof_hvbar == proof_own_vectors;
    ensures proof_args_unchanged{Pre, Post}(ctx); */
static int stub_call_reset_vectors(struct stub_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0 .. 3], ctx->r[STUB_REG_IP];
    ensures \result == STUB_NEXT_RETURN && ctx->r[0] == 0;
    ensures ctx->r[1] == HYPSTUB_QUERY_MAGIC &&
	    ctx->r[2] == HYPSTUB_ABI_VERSION &&
	    ctx->r[3] == HYPSTUB_BOOT_STUB_CALLS &&
	    ctx->r[STUB_REG_IP] == HYPSTUB_IMPL_BOOT_STUB;
    ensures proof_hyp_unchanged{Pre, Post}; */
static int stub_call_query(struct stub_context *ctx);

/* ---- the dispatch ---- */

/*@ // The rules, each over the state before (L1) and after (L2) a trap
    // that is an hvc, with the handler's result.
    predicate proof_hvc_imm{L1}(struct stub_context *ctx) =
	    proof_imm(\at(ctx->esr, L1)) == HVC_STUB_IMMEDIATE;

    predicate proof_rule_imm_1{L1, L2}(struct stub_context *ctx,
				       integer result) =
	    !proof_hvc_imm{L1}(ctx) ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_rule_unknown_2{L1, L2}(struct stub_context *ctx,
					   integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) >= HVC_STUB_HCALL_NR ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_rule_unknown_1{L1, L2}(struct stub_context *ctx,
					   integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_STUB_RESERVED_3 ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    // The bitmap HVC_STUB_QUERY reports tells the truth.
    predicate proof_rule_query_2{L1, L2}(struct stub_context *ctx,
					 integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) < HVC_STUB_HCALL_NR &&
	    PROOF_CALL_BIT_CLEAR(HYPSTUB_BOOT_STUB_CALLS,
				 \at(ctx->r[0], L1)) ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_set_vectors{L1}(struct stub_context *ctx) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_SET_VECTORS;

    predicate proof_rule_set_vectors_1{L1, L2}(struct stub_context *ctx,
					       integer result) =
	    proof_set_vectors{L1}(ctx) &&
	    proof_vector_table_ok{L1}(\at(ctx->r[1], L1)) ==>
		    result == STUB_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(proof_hvbar, L2) == \at(ctx->r[1], L1) &&
		    proof_args_unchanged{L1, L2}(ctx);

    // HVBAR is the only HYP register it changes, with one write.
    predicate proof_rule_set_vectors_4{L1, L2}(struct stub_context *ctx) =
	    proof_set_vectors{L1}(ctx) ==>
		    \at(proof_mmu_on, L1) == \at(proof_mmu_on, L2) &&
		    (\at(proof_hyp_changes, L1) == \at(proof_hyp_changes, L2) ||
		     \at(proof_hyp_changes, L2) == (unsigned long long)
			     (\at(proof_hyp_changes, L1) + 1));

    predicate proof_rule_set_vectors_2{L1, L2}(struct stub_context *ctx,
					       integer result) =
	    proof_set_vectors{L1}(ctx) &&
	    \at(ctx->r[1], L1) % PROOF_VECTOR_TABLE_BYTES != 0 ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_rule_set_vectors_3{L1, L2}(struct stub_context *ctx,
					       integer result) =
	    proof_set_vectors{L1}(ctx) &&
	    !proof_in_ram{L1}(\at(ctx->r[1], L1), PROOF_VECTOR_TABLE_BYTES) ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_soft_restart{L1}(struct stub_context *ctx) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_SOFT_RESTART;

    // Accepted: the vector code enters r1 with r2, r3 and ip as they were.
    predicate proof_rule_soft_restart_1{L1, L2}(struct stub_context *ctx,
						integer result) =
	    proof_soft_restart{L1}(ctx) &&
	    proof_restart_entry_ok{L1}(\at(ctx->r[1], L1)) ==>
		    result == STUB_NEXT_SOFT_RESTART &&
		    \at(ctx->r[0], L1) == \at(ctx->r[0], L2) &&
		    proof_args_unchanged{L1, L2}(ctx) &&
		    proof_hyp_unchanged{L1, L2};

    predicate proof_rule_soft_restart_5{L1, L2}(struct stub_context *ctx,
						integer result) =
	    proof_soft_restart{L1}(ctx) &&
	    !proof_restart_entry_ok{L1}(\at(ctx->r[1], L1)) ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_rule_reset_vectors_1{L1, L2}(struct stub_context *ctx,
						 integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_RESET_VECTORS ==>
		    result == STUB_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(proof_mmu_on, L2) == 0 &&
		    \at(proof_hvbar, L2) == proof_own_vectors &&
		    proof_args_unchanged{L1, L2}(ctx);

    predicate proof_rule_query_1{L1, L2}(struct stub_context *ctx,
					 integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_STUB_QUERY ==>
		    result == STUB_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == HYPSTUB_QUERY_MAGIC &&
		    \at(ctx->r[2], L2) == HYPSTUB_ABI_VERSION &&
		    \at(ctx->r[3], L2) == 0x17 &&
		    \at(ctx->r[STUB_REG_IP], L2) == HYPSTUB_IMPL_BOOT_STUB &&
		    proof_hyp_unchanged{L1, L2};
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0 .. 3], ctx->r[STUB_REG_IP], proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures IMM_1: proof_rule_imm_1{Pre, Post}(ctx, \result);
    ensures UNKNOWN_2: PROOF_A64_CALL_2 proof_rule_unknown_2{Pre, Post}(ctx, \result);
    ensures UNKNOWN_1: proof_rule_unknown_1{Pre, Post}(ctx, \result);
    ensures QUERY_2: proof_rule_query_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_1: proof_rule_set_vectors_1{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_2: proof_rule_set_vectors_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_3: PROOF_A64_CALL_2 proof_rule_set_vectors_3{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_4: proof_rule_set_vectors_4{Pre, Post}(ctx);
    ensures SOFT_RESTART_1:
	    proof_rule_soft_restart_1{Pre, Post}(ctx, \result);
    ensures SOFT_RESTART_5: PROOF_A64_CALL_2
	    proof_rule_soft_restart_5{Pre, Post}(ctx, \result);
    ensures RESET_VECTORS_1:
	    proof_rule_reset_vectors_1{Pre, Post}(ctx, \result);
    ensures QUERY_1: proof_rule_query_1{Pre, Post}(ctx, \result);
    ensures CALL_2: proof_saved_unchanged{Pre, Post}(ctx);
    ensures \result == STUB_NEXT_RETURN || \result == STUB_NEXT_SOFT_RESTART;
*/
static int stub_handle_hvc(struct stub_context *ctx);

/*@ predicate proof_hvc{L1}(struct stub_context *ctx) =
	    proof_ec(\at(ctx->esr, L1)) == PROOF_EC_HVC;
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0 .. 3], ctx->r[STUB_REG_IP], proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures UNEXPECTED_6: !proof_hvc{Pre}(ctx) ==>
	    \result == STUB_NEXT_HALT && ctx->r[0] == \old(ctx->r[0]) &&
	    proof_args_unchanged{Pre, Post}(ctx) &&
	    proof_hyp_unchanged{Pre, Post};
    ensures IMM_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_imm_1{Pre, Post}(ctx, \result);
    ensures UNKNOWN_2: PROOF_A64_CALL_2 proof_hvc{Pre}(ctx) ==>
	    proof_rule_unknown_2{Pre, Post}(ctx, \result);
    ensures UNKNOWN_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_unknown_1{Pre, Post}(ctx, \result);
    ensures QUERY_2: proof_hvc{Pre}(ctx) ==>
	    proof_rule_query_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_set_vectors_1{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_2: proof_hvc{Pre}(ctx) ==>
	    proof_rule_set_vectors_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_3: PROOF_A64_CALL_2 proof_hvc{Pre}(ctx) ==>
	    proof_rule_set_vectors_3{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_4: proof_hvc{Pre}(ctx) ==>
	    proof_rule_set_vectors_4{Pre, Post}(ctx);
    ensures SOFT_RESTART_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_soft_restart_1{Pre, Post}(ctx, \result);
    ensures SOFT_RESTART_5: PROOF_A64_CALL_2 proof_hvc{Pre}(ctx) ==>
	    proof_rule_soft_restart_5{Pre, Post}(ctx, \result);
    ensures RESET_VECTORS_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_reset_vectors_1{Pre, Post}(ctx, \result);
    ensures QUERY_1: proof_hvc{Pre}(ctx) ==>
	    proof_rule_query_1{Pre, Post}(ctx, \result);
    ensures CALL_2: proof_saved_unchanged{Pre, Post}(ctx);
*/
int stub_handle_trap(struct stub_context *ctx);

#endif /* PROOF_STUB_H */
/* clang-format on */
