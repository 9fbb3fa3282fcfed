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

#include "range.h"

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
 * A rule's premise in plain terms of the registers at Pre, for the
 * dispatchers' clauses "premise ==> rule": the rule's predicate holds the
 * premise too, so such a clause says no more than the rule. WP's simplifier
 * sees through these (not through a predicate) and drops at once the paths
 * a premise rules out, so the provers get only the path that answers.
 */
#define PROOF_PRE_R0 \at(ctx->r[0], Pre)
#define PROOF_PRE_IMM_OK ((\at(ctx->esr, Pre) & 0xffff) == HVC_STUB_IMMEDIATE)
#define PROOF_PRE_IS(id) (PROOF_PRE_IMM_OK && PROOF_PRE_R0 == (id))
#define PROOF_PRE_IS_DISCOVERY                                                 \
	(PROOF_PRE_IMM_OK &&                                                   \
	 (PROOF_PRE_R0 == HYPSTUB_CALL_UID ||                                  \
	  PROOF_PRE_R0 == HYPSTUB_CALL_REVISION ||                             \
	  PROOF_PRE_R0 == HYPSTUB_CALL_QUERY ||                                \
	  PROOF_PRE_R0 == HYPSTUB_CALL_MEMORY))

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

/* What HYPSTUB_CALL_QUERY must report for the boot stub ([QUERY-1]). */
#if HYPSTUB_AARCH64
#define PROOF_BOOT_STUB_CALLS 0x17
#else
#define PROOF_BOOT_STUB_CALLS 0x7
#endif

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

    predicate proof_reg_unchanged{L1, L2}(struct stub_context *ctx,
					  integer n) =
	    \at(ctx->r[n], L1) == \at(ctx->r[n], L2);

    // Everything of the context but r0 as it was.
    predicate proof_args_unchanged{L1, L2}(struct stub_context *ctx) =
	    proof_reg_unchanged{L1, L2}(ctx, 1) &&
	    proof_reg_unchanged{L1, L2}(ctx, 2) &&
	    proof_reg_unchanged{L1, L2}(ctx, 3) &&
	    proof_reg_unchanged{L1, L2}(ctx, STUB_REG_IP);

    predicate proof_saved_unchanged{L1, L2}(struct stub_context *ctx) =
	    \at(ctx->esr, L1) == \at(ctx->esr, L2) &&
	    \at(ctx->lr, L1) == \at(ctx->lr, L2) &&
	    \at(ctx->unused, L1) == \at(ctx->unused, L2);

    // A refused call: HVC_STUB_ERR in r0, nothing else changed.
    predicate proof_refused{L1, L2}(struct stub_context *ctx) =
	    \at(ctx->r[0], L2) == HVC_STUB_ERR &&
	    proof_args_unchanged{L1, L2}(ctx) &&
	    proof_hyp_unchanged{L1, L2};

    predicate proof_discovery_id(integer id) =
	    id == HYPSTUB_CALL_UID || id == HYPSTUB_CALL_REVISION ||
	    id == HYPSTUB_CALL_QUERY || id == HYPSTUB_CALL_MEMORY;
*/

/* ---- the arch hooks: modelled, not proved ---- */

/*@ axiomatic proof_stub_hooks {
      logic hypstub_reg_t proof_own_vectors; // where the stub's table is
      predicate proof_has_gicv3;	     // the CPU has ICH_VTR_EL2
      logic hypstub_reg_t proof_ich_vtr;     // its value
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

#if HYPSTUB_AARCH64
/*@ requires \valid(value);
    assigns *value;
    ensures \result == 0 || \result == 1;
    ensures \result == 1 <==> proof_has_gicv3;
    ensures \result == 1 ==> *value == proof_ich_vtr;
    ensures \result == 0 ==> *value == \old(*value); */
int stub_arch_read_ich_vtr(hypstub_reg_t *value);
#endif

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

/* ---- the stub calls ---- */

/*@ // The frame of each handler, spelt out: the provers find the
    // dispatchers' goals much faster with it than from "assigns" alone.
    predicate proof_frame{L1, L2}(struct stub_context *ctx) =
	    proof_saved_unchanged{L1, L2}(ctx);
*/

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures ctx->r[0] == HVC_STUB_ERR;
    ensures \result == STUB_NEXT_RETURN;
    ensures proof_refused{Pre, Post}(ctx) && proof_frame{Pre, Post}(ctx); */
static int stub_error(struct stub_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], proof_hvbar, proof_hyp_changes;
    ensures proof_frame{Pre, Post}(ctx);
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
    ensures proof_frame{Pre, Post}(ctx);
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
    ensures proof_args_unchanged{Pre, Post}(ctx);
    ensures proof_frame{Pre, Post}(ctx); */
static int stub_call_reset_vectors(struct stub_context *ctx);

#if HYPSTUB_AARCH64
/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->r[1];
    ensures \result == STUB_NEXT_RETURN;
    ensures proof_has_gicv3 ==> ctx->r[0] == 0 && ctx->r[1] == proof_ich_vtr;
    ensures !proof_has_gicv3 ==> ctx->r[0] == HVC_STUB_ERR &&
	    ctx->r[1] == \old(ctx->r[1]);
    ensures proof_reg_unchanged{Pre, Post}(ctx, 2) &&
	    proof_reg_unchanged{Pre, Post}(ctx, 3) &&
	    proof_reg_unchanged{Pre, Post}(ctx, STUB_REG_IP);
    ensures proof_hyp_unchanged{Pre, Post};
    ensures proof_frame{Pre, Post}(ctx); */
static int stub_call_get_ich_vtr(struct stub_context *ctx);
#endif

/* ---- discovery ---- */

/*@ predicate proof_answer_uid(struct stub_answer a) =
	    a.count == 4 && a.r[0] == HYPSTUB_UUID_0 &&
	    a.r[1] == HYPSTUB_UUID_1 && a.r[2] == HYPSTUB_UUID_2 &&
	    a.r[3] == HYPSTUB_UUID_3;
    predicate proof_answer_revision(struct stub_answer a) =
	    a.count == 2 && a.r[0] == HYPSTUB_ABI_VERSION && a.r[1] == 0;
    predicate proof_answer_query(struct stub_answer a,
				 struct stub_identity who) =
	    a.count == 5 && a.r[0] == 0 && a.r[1] == HYPSTUB_QUERY_MAGIC &&
	    a.r[2] == HYPSTUB_ABI_VERSION && a.r[3] == who.calls &&
	    a.r[4] == who.implementer;
    predicate proof_answer_memory{L}(struct stub_answer a,
				     struct stub_identity who) =
	    a.count == 4 && a.r[0] == 0 && a.r[1] == who.stub_vectors &&
	    a.r[2] == \at(stub_memory.base, L) &&
	    a.r[3] == \at(stub_memory.size, L);
    predicate proof_answer{L}(integer id, struct stub_answer a,
			      struct stub_identity who) =
	    (id == HYPSTUB_CALL_UID ==> proof_answer_uid(a)) &&
	    (id == HYPSTUB_CALL_REVISION ==> proof_answer_revision(a)) &&
	    (id == HYPSTUB_CALL_QUERY ==> proof_answer_query(a, who)) &&
	    (id == HYPSTUB_CALL_MEMORY ==> proof_answer_memory{L}(a, who));
*/

/*@ requires \valid_read(who) && \valid(answer) && \separated(who, answer);
    assigns answer->r[0 .. 4], answer->count;
    ensures DISCOVERY_1: proof_answer_uid(*answer); */
static void answer_uid(const struct stub_identity *who,
		       struct stub_answer *answer);

/*@ requires \valid_read(who) && \valid(answer) && \separated(who, answer);
    assigns answer->r[0 .. 4], answer->count;
    ensures DISCOVERY_2: proof_answer_revision(*answer); */
static void answer_revision(const struct stub_identity *who,
			    struct stub_answer *answer);

/*@ requires \valid_read(who) && \valid(answer) && \separated(who, answer);
    assigns answer->r[0 .. 4], answer->count;
    ensures DISCOVERY_3: proof_answer_query(*answer, *who); */
static void answer_query(const struct stub_identity *who,
			 struct stub_answer *answer);

/*@ requires \valid_read(who) && \valid(answer) && \separated(who, answer);
    requires \separated(answer, &stub_memory);
    assigns answer->r[0 .. 4], answer->count;
    ensures DISCOVERY_4: proof_answer_memory(*answer, *who); */
static void answer_memory(const struct stub_identity *who,
			  struct stub_answer *answer);

/*@ requires \valid_read(who) && \valid(answer) && \separated(who, answer);
    requires \separated(answer, &stub_memory);
    assigns answer->r[0 .. 4], answer->count;
    ensures \result == 0 || \result == 1;
    ensures UNKNOWN_2: \result == 1 <==> proof_discovery_id(function);
    ensures DISCOVERY_1: DISCOVERY_2: DISCOVERY_3: DISCOVERY_4:
	    \result == 1 ==> proof_answer(function, *answer, *who);
    ensures \result == 1 ==> 2 <= answer->count <= 5; */
int stub_discovery(hypstub_reg_t function, const struct stub_identity *who,
		   struct stub_answer *answer);

/*@ // What a discovery call leaves in the context (at L2, from L1).
    predicate proof_discovered{L1, L2}(struct stub_context *ctx,
				       integer calls, integer implementer,
				       integer vectors) =
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_UID ==>
		    \at(ctx->r[0], L2) == HYPSTUB_UUID_0 &&
		    \at(ctx->r[1], L2) == HYPSTUB_UUID_1 &&
		    \at(ctx->r[2], L2) == HYPSTUB_UUID_2 &&
		    \at(ctx->r[3], L2) == HYPSTUB_UUID_3 &&
		    proof_reg_unchanged{L1, L2}(ctx, STUB_REG_IP)) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_REVISION ==>
		    \at(ctx->r[0], L2) == HYPSTUB_ABI_VERSION &&
		    \at(ctx->r[1], L2) == 0 &&
		    proof_reg_unchanged{L1, L2}(ctx, 2) &&
		    proof_reg_unchanged{L1, L2}(ctx, 3) &&
		    proof_reg_unchanged{L1, L2}(ctx, STUB_REG_IP)) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_QUERY ==>
		    \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == HYPSTUB_QUERY_MAGIC &&
		    \at(ctx->r[2], L2) == HYPSTUB_ABI_VERSION &&
		    \at(ctx->r[3], L2) == calls &&
		    \at(ctx->r[STUB_REG_IP], L2) == implementer) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_MEMORY ==>
		    \at(ctx->r[0], L2) == 0 && \at(ctx->r[1], L2) == vectors &&
		    \at(ctx->r[2], L2) == \at(stub_memory.base, L1) &&
		    \at(ctx->r[3], L2) == \at(stub_memory.size, L1) &&
		    proof_reg_unchanged{L1, L2}(ctx, STUB_REG_IP));
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0 .. 4];
    ensures \result == STUB_NEXT_RETURN;
    ensures UNKNOWN_2: !proof_discovery_id(\old(ctx->r[0])) ==>
	    proof_refused{Pre, Post}(ctx);
    ensures DISCOVERY_1: DISCOVERY_2: DISCOVERY_3: DISCOVERY_4:
	    proof_discovered{Pre, Post}(ctx, HYPSTUB_BOOT_STUB_CALLS,
					HYPSTUB_IMPL_BOOT_STUB,
					proof_own_vectors);
    ensures proof_hyp_unchanged{Pre, Post};
    ensures proof_frame{Pre, Post}(ctx); */
static int stub_handle_discovery(struct stub_context *ctx);

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
	    \at(ctx->r[0], L1) >= HVC_STUB_HCALL_NR &&
	    !proof_discovery_id(\at(ctx->r[0], L1)) ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    predicate proof_rule_unknown_1{L1, L2}(struct stub_context *ctx,
					   integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_FINALISE_EL2 ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);

    // A call the discovery bitmap leaves out is refused.
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

    // HVBAR is the only HYP register it changes, with at most one write.
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

    // Discovery: what each call answers, and that it changes no HYP state.
    predicate proof_rule_discovery{L1, L2}(struct stub_context *ctx,
					   integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    proof_discovery_id(\at(ctx->r[0], L1)) ==>
		    result == STUB_NEXT_RETURN &&
		    proof_discovered{L1, L2}(ctx, HYPSTUB_BOOT_STUB_CALLS,
					     HYPSTUB_IMPL_BOOT_STUB,
					     proof_own_vectors) &&
		    proof_hyp_unchanged{L1, L2};

    // The boot stub reports itself: calls 0-2 (and 4 on AArch64), as 1.
    predicate proof_rule_query_1{L1, L2}(struct stub_context *ctx,
					 integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HYPSTUB_CALL_QUERY ==>
		    \at(ctx->r[3], L2) == PROOF_BOOT_STUB_CALLS &&
		    \at(ctx->r[STUB_REG_IP], L2) == 1;
*/

#if HYPSTUB_AARCH64
/*@ predicate proof_rule_ich_vtr_1{L1, L2}(struct stub_context *ctx,
					  integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_GET_ICH_VTR_EL2 && proof_has_gicv3 ==>
		    result == STUB_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == proof_ich_vtr &&
		    proof_reg_unchanged{L1, L2}(ctx, 2) &&
		    proof_reg_unchanged{L1, L2}(ctx, 3) &&
		    proof_hyp_unchanged{L1, L2};
    predicate proof_rule_ich_vtr_2{L1, L2}(struct stub_context *ctx,
					  integer result) =
	    proof_hvc_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) == HVC_GET_ICH_VTR_EL2 && !proof_has_gicv3 ==>
		    result == STUB_NEXT_RETURN && proof_refused{L1, L2}(ctx);
*/
#define PROOF_ICH_VTR_RULES                                                    \
	ensures ICH_VTR_1: PROOF_PRE_IS(HVC_GET_ICH_VTR_EL2) ==>            \
		proof_rule_ich_vtr_1{Pre, Post}(ctx, \result);                 \
	ensures ICH_VTR_2: PROOF_PRE_IS(HVC_GET_ICH_VTR_EL2) ==>            \
		proof_rule_ich_vtr_2{Pre, Post}(ctx, \result);
#define PROOF_ICH_VTR_ALL(L1, L2)                                              \
	proof_rule_ich_vtr_1{L1, L2}(ctx, result) &&                          \
		proof_rule_ich_vtr_2{L1, L2}(ctx, result) &&
#define PROOF_ICH_VTR_LABELS ICH_VTR_1: ICH_VTR_2:
#else
#define PROOF_ICH_VTR_RULES
#define PROOF_ICH_VTR_ALL(L1, L2)
#define PROOF_ICH_VTR_LABELS
#endif

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0 .. 4], proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures IMM_1: !PROOF_PRE_IMM_OK ==>
	    proof_rule_imm_1{Pre, Post}(ctx, \result);
    ensures UNKNOWN_2: PROOF_A64_CALL_2
	    PROOF_PRE_IMM_OK && PROOF_PRE_R0 >= HVC_STUB_HCALL_NR &&
	    !PROOF_PRE_IS_DISCOVERY ==>
	    proof_rule_unknown_2{Pre, Post}(ctx, \result);
    ensures UNKNOWN_1: FINALISE_1: PROOF_PRE_IS(HVC_FINALISE_EL2) ==>
	    proof_rule_unknown_1{Pre, Post}(ctx, \result);
    ensures QUERY_2:
	    PROOF_PRE_IMM_OK && PROOF_PRE_R0 < HVC_STUB_HCALL_NR ==>
	    proof_rule_query_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_1: PROOF_PRE_IS(HVC_SET_VECTORS) ==>
	    proof_rule_set_vectors_1{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_2: PROOF_PRE_IS(HVC_SET_VECTORS) ==>
	    proof_rule_set_vectors_2{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_3: PROOF_A64_CALL_2
	    PROOF_PRE_IS(HVC_SET_VECTORS) ==>
	    proof_rule_set_vectors_3{Pre, Post}(ctx, \result);
    ensures SET_VECTORS_4: PROOF_PRE_IS(HVC_SET_VECTORS) ==>
	    proof_rule_set_vectors_4{Pre, Post}(ctx);
    ensures SOFT_RESTART_1: PROOF_PRE_IS(HVC_SOFT_RESTART) ==>
	    proof_rule_soft_restart_1{Pre, Post}(ctx, \result);
    ensures SOFT_RESTART_5: PROOF_A64_CALL_2
	    PROOF_PRE_IS(HVC_SOFT_RESTART) ==>
	    proof_rule_soft_restart_5{Pre, Post}(ctx, \result);
    ensures RESET_VECTORS_1: PROOF_PRE_IS(HVC_RESET_VECTORS) ==>
	    proof_rule_reset_vectors_1{Pre, Post}(ctx, \result);
    ensures DISCOVERY_1: DISCOVERY_2: DISCOVERY_3: DISCOVERY_4:
	    PROOF_PRE_IS_DISCOVERY ==>
	    proof_rule_discovery{Pre, Post}(ctx, \result);
    ensures QUERY_1: PROOF_PRE_IS(HYPSTUB_CALL_QUERY) ==>
	    proof_rule_query_1{Pre, Post}(ctx, \result);
    PROOF_ICH_VTR_RULES
    ensures CALL_2: proof_saved_unchanged{Pre, Post}(ctx);
    ensures \result == STUB_NEXT_RETURN || \result == STUB_NEXT_SOFT_RESTART;
*/
static int stub_handle_hvc(struct stub_context *ctx);

/* A trap that is an hvc (stub_handle_trap's premise). */
#define PROOF_PRE_EC_HVC (((\at(ctx->esr, Pre) >> 26) & 0x3f) == PROOF_EC_HVC)

/*@ // Every rule at once, for the trap's contract: one goal per path (the
    // trap is proved without let-elimination, where a goal per rule would
    // each go to a prover).
    predicate proof_stub_hvc_rules{L1, L2}(struct stub_context *ctx,
					  integer result) =
	    proof_rule_imm_1{L1, L2}(ctx, result) &&
	    proof_rule_unknown_2{L1, L2}(ctx, result) &&
	    proof_rule_unknown_1{L1, L2}(ctx, result) &&
	    proof_rule_query_2{L1, L2}(ctx, result) &&
	    proof_rule_set_vectors_1{L1, L2}(ctx, result) &&
	    proof_rule_set_vectors_2{L1, L2}(ctx, result) &&
	    proof_rule_set_vectors_3{L1, L2}(ctx, result) &&
	    proof_rule_set_vectors_4{L1, L2}(ctx) &&
	    proof_rule_soft_restart_1{L1, L2}(ctx, result) &&
	    proof_rule_soft_restart_5{L1, L2}(ctx, result) &&
	    proof_rule_reset_vectors_1{L1, L2}(ctx, result) &&
	    proof_rule_discovery{L1, L2}(ctx, result) &&
	    PROOF_ICH_VTR_ALL(L1, L2)
	    proof_rule_query_1{L1, L2}(ctx, result);
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0 .. 4], proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures UNEXPECTED_6: !PROOF_PRE_EC_HVC ==>
	    \result == STUB_NEXT_HALT && ctx->r[0] == \old(ctx->r[0]) &&
	    proof_args_unchanged{Pre, Post}(ctx) &&
	    proof_hyp_unchanged{Pre, Post};
    ensures IMM_1: UNKNOWN_2: PROOF_A64_CALL_2 UNKNOWN_1: FINALISE_1: QUERY_2:
	    SET_VECTORS_1: SET_VECTORS_2: SET_VECTORS_3: SET_VECTORS_4:
	    SOFT_RESTART_1: SOFT_RESTART_5: RESET_VECTORS_1: DISCOVERY_1:
	    DISCOVERY_2: DISCOVERY_3: DISCOVERY_4: QUERY_1:
	    PROOF_ICH_VTR_LABELS
	    PROOF_PRE_EC_HVC ==> proof_stub_hvc_rules{Pre, Post}(ctx, \result);
    ensures CALL_2: proof_saved_unchanged{Pre, Post}(ctx);
*/
int stub_handle_trap(struct stub_context *ctx);

#endif /* PROOF_STUB_H */
/* clang-format on */
