/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ACSL contracts of the resident hypervisor's dispatch (hyp/hyp_main.c),
 * proved by `make prove` with Frama-C's WP.
 *
 * This header is read after hyp/hyp_main.c (proof/hyp_wp.c), and after
 * core/stub.c with its contracts (proof/stub.h): the hypervisor calls the
 * stub's argument check and discovery, whose contracts the stub's own unit
 * proves; here they are assumed. The constants the spec fixes (the SMCCC
 * IDs of the hypervisor's calls, the bitmap HYPSTUB_CALL_QUERY reports)
 * are written out again on purpose: a wrong value in the code must not make
 * the contract agree with it.
 *
 * Model of HYP: the arch hooks (hyp/arm, hyp/arm64) are specified over the
 * ghost state of proof/stub.h (proof_hvbar, proof_mmu_on and
 * proof_hyp_changes, which every hook that changes HYP state bumps) and
 * proof_in_guest, the "a guest runs on this CPU" flag. "Changes nothing" is
 * that ghost state unchanged and no register of the context written but r0.
 *
 * A clause named like a rule ID (HYP_STUB_3 for [HYP-STUB-3]) proves that
 * rule; tools/prove reports it under the rule's ID.
 */
/* clang-format off */
#ifndef PROOF_HYP_H
#define PROOF_HYP_H

#include <hyp/core.h>
#include <hypstub/abi.h>

/* The hypervisor's own calls the spec gives it (doc/hyp-abi.md, 10). */
#define PROOF_HYP_CALL_BASE 0x86000000
#define PROOF_SMCCC_NOT_SUPPORTED 0xffffffff
#define PROOF_SMCCC_INVALID_PARAMETER 0xfffffffd
#define PROOF_HYP_REG_COUNT 6 /* HYP_REG_SCTLR .. HYP_REG_MAIR */
/* Every bit of a register above SMCCC's 16-bit function number. */
#if HYPSTUB_AARCH64
#define PROOF_HYP_SERVICE_MASK 0xffffffffffff0000
#else
#define PROOF_HYP_SERVICE_MASK 0xffff0000
#endif

/* What HYPSTUB_CALL_QUERY reports for a resident hypervisor ([HYP-STUB-4]). */
#if HYPSTUB_AARCH64
#define PROOF_RESIDENT_HYP_CALLS 0x16
#else
#define PROOF_RESIDENT_HYP_CALLS 0x6
#endif

/* The own calls: function numbers 0-6 (HYP_CALL_FEATURES .. _RUN_GUEST). */
#define PROOF_HYP_OWN_CALLS 7

/*
 * Facts about bitwise ands that the provers cannot compute: each is proved
 * by one of WP's tactics (bit ranges, or the one value of a range), then
 * is a hypothesis of every goal. An SMCCC function number (the low 16 bits)
 * is not negative; the fields of the IDs the contracts name.
 */
/*@ lemma proof_function_number_range: \forall integer x;
	    0 <= x ==> 0 <= (x & 0xffff) <= 0xffff; */
#define PROOF_FIELDS(name, id, number)                                         \
	lemma name: \forall integer x; (id) <= x <= (id) ==>                   \
		(x & 0xffff) == (number) &&                                    \
		(x & 0xffff0000) == (id) - (number) &&                         \
		(x & 0xffffffffffff0000) == (id) - (number);
/*@ PROOF_FIELDS(proof_fields_features, 0x86000000, 0)
    PROOF_FIELDS(proof_fields_ping, 0x86000001, 1)
    PROOF_FIELDS(proof_fields_read_register, 0x86000002, 2)
    PROOF_FIELDS(proof_fields_uid, 0x8600ff01, 0xff01)
    PROOF_FIELDS(proof_fields_revision, 0x8600ff03, 0xff03)
    PROOF_FIELDS(proof_fields_query, 0x8600fe00, 0xfe00)
    PROOF_FIELDS(proof_fields_memory, 0x8600fe01, 0xfe01)
*/

/*@ ghost int proof_in_guest; */

/*@ axiomatic proof_hyp_hooks {
      logic hypstub_reg_t proof_stub_vectors; // the boot stub's vectors
      // The value of an allow-listed HYP register.
      logic hypstub_reg_t proof_hyp_register(integer id);
    } */

/*@ predicate proof_hyp_reg_same{L1, L2}(struct hyp_context *ctx,
				       integer n) =
	    \at(ctx->r[n], L1) == \at(ctx->r[n], L2);

    // r1-r3 and ip (x4): the stub calls' other argument registers.
    predicate proof_hyp_args_same{L1, L2}(struct hyp_context *ctx) =
	    proof_hyp_reg_same{L1, L2}(ctx, 1) &&
	    proof_hyp_reg_same{L1, L2}(ctx, 2) &&
	    proof_hyp_reg_same{L1, L2}(ctx, 3) &&
	    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4);

    // Every register no call may change: the rest of r[], lr, the
    // syndrome, and where the eret goes ([CALL-2], [HYP-CALLS-1]).
    predicate proof_hyp_saved_same{L1, L2}(struct hyp_context *ctx) =
	    (\forall integer k; 0 <= k < HYP_CTX_GPR_COUNT &&
		    k != 0 && k != 1 && k != 2 && k != 3 &&
		    k != HYP_CTX_REG_ARG4 ==>
		    proof_hyp_reg_same{L1, L2}(ctx, k)) &&
	    \at(ctx->lr, L1) == \at(ctx->lr, L2) &&
	    \at(ctx->esr, L1) == \at(ctx->esr, L2) &&
	    \at(ctx->elr, L1) == \at(ctx->elr, L2) &&
	    \at(ctx->spsr, L1) == \at(ctx->spsr, L2);

    // Where the vector code goes next: untouched by a plain return.
    predicate proof_hyp_next_same{L1, L2}(struct hyp_context *ctx) =
	    \at(ctx->next_sp, L1) == \at(ctx->next_sp, L2) &&
	    \at(ctx->next_vbar, L1) == \at(ctx->next_vbar, L2) &&
	    \at(ctx->next_pc, L1) == \at(ctx->next_pc, L2) &&
	    \at(ctx->next_arg, L1) == \at(ctx->next_arg, L2);

    predicate proof_hyp_state_same{L1, L2} =
	    proof_hyp_unchanged{L1, L2} &&
	    \at(proof_in_guest, L1) == \at(proof_in_guest, L2);

    // A refused call: error in r0, nothing else changed.
    predicate proof_hyp_refused{L1, L2}(struct hyp_context *ctx,
				       integer error) =
	    \at(ctx->r[0], L2) == error &&
	    proof_hyp_args_same{L1, L2}(ctx) &&
	    proof_hyp_next_same{L1, L2}(ctx) &&
	    proof_hyp_state_same{L1, L2};

    // The hypervisor's own calls that exist, by their SMCCC fields: a fast
    // SMC32 call of the vendor hypervisor service (the bits above the
    // function number), function numbers 0 to PROOF_HYP_OWN_CALLS - 1.
    predicate proof_hyp_own_call(integer id) =
	    (id & PROOF_HYP_SERVICE_MASK) == PROOF_HYP_CALL_BASE &&
	    (id & 0xffff) < PROOF_HYP_OWN_CALLS;
*/

/* ---- the arch hooks: modelled, not proved ---- */

/*@ assigns \nothing;
    ensures \result == proof_stub_vectors; */
hypstub_reg_t hyp_arch_stub_vectors(void);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_sp, proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures \result == HYP_NEXT_INIT || \result == HYP_NEXT_RETURN; */
int hyp_arch_init(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->next_sp, ctx->next_vbar;
    ensures ctx->next_vbar == proof_stub_vectors; */
void hyp_arch_prepare_uninstall(struct hyp_context *ctx);

/*@ requires HYP_CALLS_3: id < PROOF_HYP_REG_COUNT;
    assigns \nothing;
    ensures \result == proof_hyp_register(id); */
hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id);

/*@ assigns proof_hyp_changes;
    ensures proof_hyp_changes ==
	    (unsigned long long)(\old(proof_hyp_changes) + 1); */
void hyp_arch_tlb_flush(void);

/*@ requires \valid(ctx);
    assigns ctx->r[1], ctx->r[2], ctx->r[3]; */
void hyp_arch_mmu_check(struct hyp_context *ctx);

/*@ assigns \nothing;
    ensures \result != 0 <==> proof_in_guest != 0; */
int hyp_arch_in_guest(void);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_pc, ctx->next_arg, proof_in_guest,
	    proof_hyp_changes;
    ensures \result == HYP_NEXT_ENTER_GUEST || \result == HYP_NEXT_RETURN; */
int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument);

/*@ requires \valid(ctx);
    assigns ctx->next_sp, proof_in_guest, proof_hyp_changes;
    ensures \result == HYP_NEXT_GUEST_EXIT; */
int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2);

/*@ assigns \nothing; */
hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr);

/* ---- the stub calls ---- */

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures \result == HYP_NEXT_RETURN && ctx->r[0] == value;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx); */
static int hyp_return_value(struct hyp_context *ctx, hypstub_reg_t value);

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures HYP_STUB_3: \result == HYP_NEXT_RETURN &&
	    proof_hyp_refused{Pre, Post}(ctx, HVC_STUB_ERR);
    ensures proof_hyp_saved_same{Pre, Post}(ctx); */
static int hyp_stub_set_vectors(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_vbar;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post};
    behavior accepted:
      assumes proof_restart_entry_ok(ctx->r[1]);
      ensures \result == HYP_NEXT_SOFT_RESTART;
      ensures ctx->r[0] == \old(ctx->r[0]);
      ensures ctx->next_vbar == proof_stub_vectors;
    behavior refused:
      assumes !proof_restart_entry_ok(ctx->r[1]);
      ensures \result == HYP_NEXT_RETURN &&
	      proof_hyp_refused{Pre, Post}(ctx, HVC_STUB_ERR);
    complete behaviors;
    disjoint behaviors; */
static int hyp_stub_soft_restart(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_sp, ctx->next_vbar;
    ensures \result == HYP_NEXT_UNINSTALL && ctx->r[0] == 0;
    ensures ctx->next_vbar == proof_stub_vectors;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_stub_reset_vectors(struct hyp_context *ctx);

#if HYPSTUB_AARCH64
/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->r[1];
    ensures \result == HYP_NEXT_RETURN;
    ensures proof_has_gicv3 ==> ctx->r[0] == 0 && ctx->r[1] == proof_ich_vtr;
    ensures !proof_has_gicv3 ==> ctx->r[0] == HVC_STUB_ERR &&
	    ctx->r[1] == \old(ctx->r[1]);
    ensures proof_hyp_reg_same{Pre, Post}(ctx, 2) &&
	    proof_hyp_reg_same{Pre, Post}(ctx, 3) &&
	    proof_hyp_reg_same{Pre, Post}(ctx, HYP_CTX_REG_ARG4);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_stub_get_ich_vtr(struct hyp_context *ctx);
#endif

/* ---- discovery ---- */

/*@ // What a discovery call leaves in the context (at L2, from L1).
    predicate proof_hyp_discovered{L1, L2}(struct hyp_context *ctx) =
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_UID ==>
		    \at(ctx->r[0], L2) == HYPSTUB_UUID_0 &&
		    \at(ctx->r[1], L2) == HYPSTUB_UUID_1 &&
		    \at(ctx->r[2], L2) == HYPSTUB_UUID_2 &&
		    \at(ctx->r[3], L2) == HYPSTUB_UUID_3 &&
		    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4)) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_REVISION ==>
		    \at(ctx->r[0], L2) == HYPSTUB_ABI_VERSION &&
		    \at(ctx->r[1], L2) == 0 &&
		    proof_hyp_reg_same{L1, L2}(ctx, 2) &&
		    proof_hyp_reg_same{L1, L2}(ctx, 3) &&
		    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4)) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_QUERY ==>
		    \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == HYPSTUB_QUERY_MAGIC &&
		    \at(ctx->r[2], L2) == HYPSTUB_ABI_VERSION &&
		    \at(ctx->r[3], L2) == PROOF_RESIDENT_HYP_CALLS &&
		    \at(ctx->r[HYP_CTX_REG_ARG4], L2) == 2) &&
	    (\at(ctx->r[0], L1) == HYPSTUB_CALL_MEMORY ==>
		    \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == proof_stub_vectors &&
		    \at(ctx->r[2], L2) == \at(stub_memory.base, L1) &&
		    \at(ctx->r[3], L2) == \at(stub_memory.size, L1) &&
		    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4));
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3],
	    ctx->r[HYP_CTX_REG_ARG4];
    ensures \result == 0 || \result == 1;
    ensures \result == 1 <==> proof_discovery_id(\old(ctx->r[0]));
    ensures \result == 0 ==> ctx->r[0] == \old(ctx->r[0]) &&
	    proof_hyp_args_same{Pre, Post}(ctx);
    ensures HYP_STUB_4: \result == 1 ==> proof_hyp_discovered{Pre, Post}(ctx);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_discovery(struct hyp_context *ctx);

/* ---- the hypervisor's own calls ---- */

/*@ // An own call's frame: r0-r3 at most, the rest as it was.
    predicate proof_hyp_own_frame{L1, L2}(struct hyp_context *ctx) =
	    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4) &&
	    proof_hyp_saved_same{L1, L2}(ctx);
*/

/*@ requires \valid(ctx);
    assigns ctx->r[0];
    ensures \result == HYP_NEXT_RETURN && ctx->r[0] == 0;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_call_ping(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->r[1];
    ensures \result == HYP_NEXT_RETURN;
    ensures proof_hyp_reg_same{Pre, Post}(ctx, 2) &&
	    proof_hyp_reg_same{Pre, Post}(ctx, 3);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post};
    behavior allowed:
      assumes ctx->r[1] < PROOF_HYP_REG_COUNT;
      ensures ctx->r[0] == 0 &&
	      ctx->r[1] == proof_hyp_register(\old(ctx->r[1]));
    behavior refused:
      assumes ctx->r[1] >= PROOF_HYP_REG_COUNT;
      ensures HYP_CALLS_3:
	      proof_hyp_refused{Pre, Post}(ctx, PROOF_SMCCC_INVALID_PARAMETER);
    complete behaviors;
    disjoint behaviors; */
static int hyp_call_read_register(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], proof_hyp_changes;
    ensures \result == HYP_NEXT_RETURN && ctx->r[0] == 0;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx); */
static int hyp_call_tlb_flush(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3];
    ensures \result == HYP_NEXT_RETURN && ctx->r[0] == 0;
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_call_mmu_check(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_sp, proof_hvbar, proof_mmu_on,
	    proof_hyp_changes;
    ensures \result == HYP_NEXT_INIT || \result == HYP_NEXT_RETURN;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx); */
static int hyp_call_init(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_pc, ctx->next_arg, proof_in_guest,
	    proof_hyp_changes;
    ensures \result == HYP_NEXT_ENTER_GUEST || \result == HYP_NEXT_RETURN;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx); */
static int hyp_call_run_guest(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3];
    // r3, the bitmap of the table, is not proved here (host tests).
    ensures \result == HYP_NEXT_RETURN && ctx->r[0] == 0 &&
	    ctx->r[1] == HYP_FEATURES_MAGIC && ctx->r[2] == 1;
    ensures proof_hyp_next_same{Pre, Post}(ctx);
    ensures proof_hyp_own_frame{Pre, Post}(ctx);
    ensures proof_hyp_state_same{Pre, Post}; */
static int hyp_call_features(struct hyp_context *ctx);

/* ---- the dispatch ---- */

#if HYPSTUB_AARCH64
#define PROOF_HYP_UNIMPLEMENTED_STUB_CALL(L, ctx)                              \
	proof_hyp_id{L}(ctx, HVC_FINALISE_EL2)
#else
#define PROOF_HYP_UNIMPLEMENTED_STUB_CALL(L, ctx)                              \
	(proof_hyp_id{L}(ctx, HVC_FINALISE_EL2) || proof_hyp_id{L}(ctx, 4))
#endif

/*@ predicate proof_hyp_imm{L1}(struct hyp_context *ctx) =
	    proof_imm(\at(ctx->esr, L1)) == HVC_STUB_IMMEDIATE;

    // An hvc #0 with this ID in r0.
    predicate proof_hyp_id{L1}(struct hyp_context *ctx, integer id) =
	    proof_hyp_imm{L1}(ctx) && \at(ctx->r[0], L1) == id;

    predicate proof_hyp_rule_refused{L1, L2}(struct hyp_context *ctx,
					     integer result, integer error) =
	    result == HYP_NEXT_RETURN && proof_hyp_refused{L1, L2}(ctx, error);

    predicate proof_hyp_rule_imm_1{L1, L2}(struct hyp_context *ctx,
					   integer result) =
	    !proof_hyp_imm{L1}(ctx) ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result, HVC_STUB_ERR);

    // The stub calls it does not implement: 3, and 4 on AArch32.
    predicate proof_hyp_rule_unknown_1{L1, L2}(struct hyp_context *ctx,
					       integer result) =
	    PROOF_HYP_UNIMPLEMENTED_STUB_CALL(L1, ctx) ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result, HVC_STUB_ERR);

    predicate proof_hyp_rule_hyp_stub_3{L1, L2}(struct hyp_context *ctx,
						integer result) =
	    proof_hyp_id{L1}(ctx, HVC_SET_VECTORS) ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result, HVC_STUB_ERR);

    // Accepted: the vector code enters r1 with r2, r3 and ip as they
    // were, with HVBAR back at the boot stub's vectors.
    predicate proof_hyp_rule_soft_restart_1{L1, L2}(struct hyp_context *ctx,
						    integer result) =
	    proof_hyp_id{L1}(ctx, HVC_SOFT_RESTART) &&
	    proof_restart_entry_ok{L1}(\at(ctx->r[1], L1)) ==>
		    result == HYP_NEXT_SOFT_RESTART &&
		    proof_hyp_reg_same{L1, L2}(ctx, 0) &&
		    proof_hyp_args_same{L1, L2}(ctx) &&
		    \at(ctx->next_vbar, L2) == proof_stub_vectors &&
		    proof_hyp_state_same{L1, L2};

    predicate proof_hyp_rule_soft_restart_5{L1, L2}(struct hyp_context *ctx,
						    integer result) =
	    proof_hyp_id{L1}(ctx, HVC_SOFT_RESTART) &&
	    !proof_restart_entry_ok{L1}(\at(ctx->r[1], L1)) ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result, HVC_STUB_ERR);

    // HYP given back: the vector code turns the MMU off and goes back to
    // the boot stub's vectors and stack.
    predicate proof_hyp_rule_hyp_stub_2{L1, L2}(struct hyp_context *ctx,
						integer result) =
	    proof_hyp_id{L1}(ctx, HVC_RESET_VECTORS) ==>
		    result == HYP_NEXT_UNINSTALL && \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->next_vbar, L2) == proof_stub_vectors &&
		    proof_hyp_args_same{L1, L2}(ctx) &&
		    proof_hyp_state_same{L1, L2};

    predicate proof_hyp_rule_hyp_stub_4{L1, L2}(struct hyp_context *ctx,
						integer result) =
	    proof_hyp_imm{L1}(ctx) &&
	    proof_discovery_id(\at(ctx->r[0], L1)) ==>
		    result == HYP_NEXT_RETURN &&
		    proof_hyp_discovered{L1, L2}(ctx) &&
		    proof_hyp_next_same{L1, L2}(ctx) &&
		    proof_hyp_state_same{L1, L2};

    // Neither a stub call, nor discovery, nor one of its own calls.
    predicate proof_hyp_rule_hyp_calls_5{L1, L2}(struct hyp_context *ctx,
						 integer result) =
	    proof_hyp_imm{L1}(ctx) &&
	    \at(ctx->r[0], L1) >= HVC_STUB_HCALL_NR &&
	    !proof_discovery_id(\at(ctx->r[0], L1)) &&
	    !proof_hyp_own_call(\at(ctx->r[0], L1)) ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result,
						   PROOF_SMCCC_NOT_SUPPORTED);

    // HYP_CALL_FEATURES (but its bitmap) and HYP_CALL_PING's answers.
    predicate proof_hyp_rule_own_calls{L1, L2}(struct hyp_context *ctx,
						 integer result) =
	    (proof_hyp_id{L1}(ctx, PROOF_HYP_CALL_BASE) ==>
		    result == HYP_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == HYP_FEATURES_MAGIC &&
		    \at(ctx->r[2], L2) == 1 &&
		    proof_hyp_state_same{L1, L2}) &&
	    (proof_hyp_id{L1}(ctx, PROOF_HYP_CALL_BASE + 1) ==>
		    result == HYP_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    proof_hyp_args_same{L1, L2}(ctx) &&
		    proof_hyp_next_same{L1, L2}(ctx) &&
		    proof_hyp_state_same{L1, L2});

    predicate proof_hyp_rule_hyp_calls_3{L1, L2}(struct hyp_context *ctx,
						 integer result) =
	    proof_hyp_id{L1}(ctx, PROOF_HYP_CALL_BASE + 2) ==>
		    result == HYP_NEXT_RETURN &&
		    (\at(ctx->r[1], L1) >= PROOF_HYP_REG_COUNT ==>
			    proof_hyp_refused{L1, L2}(ctx,
					PROOF_SMCCC_INVALID_PARAMETER)) &&
		    (\at(ctx->r[1], L1) < PROOF_HYP_REG_COUNT ==>
			    \at(ctx->r[0], L2) == 0 &&
			    \at(ctx->r[1], L2) ==
				    proof_hyp_register(\at(ctx->r[1], L1)) &&
			    proof_hyp_state_same{L1, L2});

    // Its own calls change r0-r3 at most ([HYP-CALLS-1]).
    predicate proof_hyp_rule_hyp_calls_1{L1, L2}(struct hyp_context *ctx) =
	    proof_hyp_imm{L1}(ctx) &&
	    proof_hyp_own_call(\at(ctx->r[0], L1)) ==>
		    proof_hyp_reg_same{L1, L2}(ctx, HYP_CTX_REG_ARG4);
*/

#if HYPSTUB_AARCH64
/*@ predicate proof_hyp_rule_ich_vtr_1{L1, L2}(struct hyp_context *ctx,
					      integer result) =
	    proof_hyp_id{L1}(ctx, HVC_GET_ICH_VTR_EL2) && proof_has_gicv3 ==>
		    result == HYP_NEXT_RETURN && \at(ctx->r[0], L2) == 0 &&
		    \at(ctx->r[1], L2) == proof_ich_vtr &&
		    proof_hyp_reg_same{L1, L2}(ctx, 2) &&
		    proof_hyp_reg_same{L1, L2}(ctx, 3) &&
		    proof_hyp_state_same{L1, L2};
    predicate proof_hyp_rule_ich_vtr_2{L1, L2}(struct hyp_context *ctx,
					      integer result) =
	    proof_hyp_id{L1}(ctx, HVC_GET_ICH_VTR_EL2) && !proof_has_gicv3 ==>
		    proof_hyp_rule_refused{L1, L2}(ctx, result, HVC_STUB_ERR);
*/
#define PROOF_HYP_ICH_VTR_RULES                                                \
	ensures ICH_VTR_1: HYP_STUB_1: PROOF_PRE_IS(HVC_GET_ICH_VTR_EL2) ==>   \
		proof_hyp_rule_ich_vtr_1{Pre, Post}(ctx, \result);             \
	ensures ICH_VTR_2: HYP_STUB_1: PROOF_PRE_IS(HVC_GET_ICH_VTR_EL2) ==>   \
		proof_hyp_rule_ich_vtr_2{Pre, Post}(ctx, \result);
#define PROOF_HYP_ICH_VTR_ALL(L1, L2)                                          \
	proof_hyp_rule_ich_vtr_1{L1, L2}(ctx, result) &&                      \
		proof_hyp_rule_ich_vtr_2{L1, L2}(ctx, result) &&
#define PROOF_HYP_ICH_VTR_LABELS ICH_VTR_1: ICH_VTR_2:
#else
#define PROOF_HYP_ICH_VTR_RULES
#define PROOF_HYP_ICH_VTR_ALL(L1, L2)
#define PROOF_HYP_ICH_VTR_LABELS
#endif

/* The other premises, spelt out as proof/stub.h's PROOF_PRE_* are. */
#if HYPSTUB_AARCH64
#define PROOF_HYP_IS_UNIMPLEMENTED PROOF_PRE_IS(HVC_FINALISE_EL2)
#else
#define PROOF_HYP_IS_UNIMPLEMENTED                                             \
	(PROOF_PRE_IS(HVC_FINALISE_EL2) || PROOF_PRE_IS(4))
#endif
#define PROOF_HYP_IS_OWN                                                       \
	(PROOF_PRE_IMM_OK &&                                                   \
	 (PROOF_PRE_R0 & PROOF_HYP_SERVICE_MASK) == PROOF_HYP_CALL_BASE &&     \
	 (PROOF_PRE_R0 & 0xffff) < PROOF_HYP_OWN_CALLS)
#define PROOF_HYP_IS_NONE                                                      \
	(PROOF_PRE_IMM_OK && PROOF_PRE_R0 >= HVC_STUB_HCALL_NR &&             \
	 !PROOF_PRE_IS_DISCOVERY && !PROOF_HYP_IS_OWN)

/* The rules of the stub calls (r0 below HVC_STUB_HCALL_NR). */
#define PROOF_HYP_STUB_CALL_RULES                                              \
	ensures UNKNOWN_1: HYP_STUB_1: PROOF_HYP_IS_UNIMPLEMENTED ==>          \
		proof_hyp_rule_unknown_1{Pre, Post}(ctx, \result);             \
	ensures HYP_STUB_3: HYP_STUB_1: PROOF_PRE_IS(HVC_SET_VECTORS) ==>      \
		proof_hyp_rule_hyp_stub_3{Pre, Post}(ctx, \result);            \
	ensures SOFT_RESTART_1: HYP_STUB_1: PROOF_PRE_IS(HVC_SOFT_RESTART) ==> \
		proof_hyp_rule_soft_restart_1{Pre, Post}(ctx, \result);        \
	ensures SOFT_RESTART_5: HYP_STUB_1: PROOF_A64_CALL_2                   \
		PROOF_PRE_IS(HVC_SOFT_RESTART) ==>                             \
		proof_hyp_rule_soft_restart_5{Pre, Post}(ctx, \result);        \
	ensures HYP_STUB_2: HYP_STUB_1: PROOF_PRE_IS(HVC_RESET_VECTORS) ==>    \
		proof_hyp_rule_hyp_stub_2{Pre, Post}(ctx, \result);            \
	PROOF_HYP_ICH_VTR_RULES

/* The rules of every other ID: the own calls, discovery, the rest. */
#define PROOF_HYP_OWN_CALL_RULES                                               \
	ensures HYP_STUB_4: DISCOVERY_1: DISCOVERY_2: DISCOVERY_4:             \
		PROOF_PRE_IS_DISCOVERY ==>                                     \
		proof_hyp_rule_hyp_stub_4{Pre, Post}(ctx, \result);            \
	ensures HYP_CALLS_5: UNKNOWN_2: PROOF_A64_CALL_2 PROOF_HYP_IS_NONE ==> \
		proof_hyp_rule_hyp_calls_5{Pre, Post}(ctx, \result);           \
	ensures HYP_CALLS_1: PROOF_HYP_IS_OWN ==>                              \
		proof_hyp_rule_hyp_calls_1{Pre, Post}(ctx);                    \
	ensures PROOF_PRE_IS(PROOF_HYP_CALL_BASE) ||                           \
		PROOF_PRE_IS(PROOF_HYP_CALL_BASE + 1) ==>                      \
		proof_hyp_rule_own_calls{Pre, Post}(ctx, \result);             \
	ensures HYP_CALLS_3: PROOF_PRE_IS(PROOF_HYP_CALL_BASE + 2) ==>         \
		proof_hyp_rule_hyp_calls_3{Pre, Post}(ctx, \result);

/* What the three dispatchers of an hvc may change. */
#define PROOF_HYP_HVC_ASSIGNS                                                  \
	assigns ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3],                    \
		ctx->r[HYP_CTX_REG_ARG4], ctx->next_sp, ctx->next_vbar,        \
		ctx->next_pc, ctx->next_arg, proof_hvbar, proof_mmu_on,        \
		proof_hyp_changes, proof_in_guest;

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    requires (ctx->esr & 0xffff) == HVC_STUB_IMMEDIATE;
    requires ctx->r[0] < HVC_STUB_HCALL_NR;
    PROOF_HYP_HVC_ASSIGNS
    PROOF_HYP_STUB_CALL_RULES
    // No stub call changes x4/ip (the own calls' frame, [HYP-CALLS-1]).
    ensures proof_hyp_reg_same{Pre, Post}(ctx, HYP_CTX_REG_ARG4);
    ensures CALL_2: proof_hyp_saved_same{Pre, Post}(ctx);
*/
static int hyp_dispatch_stub_call(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    requires (ctx->esr & 0xffff) == HVC_STUB_IMMEDIATE;
    requires ctx->r[0] >= HVC_STUB_HCALL_NR;
    PROOF_HYP_HVC_ASSIGNS
    PROOF_HYP_OWN_CALL_RULES
    ensures CALL_2: HYP_CALLS_1: proof_hyp_saved_same{Pre, Post}(ctx);
*/
static int hyp_dispatch_own_call(struct hyp_context *ctx);

/*@ // Every rule at once, for the trap's contract.
    predicate proof_hyp_hvc_rules{L1, L2}(struct hyp_context *ctx,
					 integer result) =
	    proof_hyp_rule_imm_1{L1, L2}(ctx, result) &&
	    proof_hyp_rule_unknown_1{L1, L2}(ctx, result) &&
	    proof_hyp_rule_hyp_stub_3{L1, L2}(ctx, result) &&
	    proof_hyp_rule_soft_restart_1{L1, L2}(ctx, result) &&
	    proof_hyp_rule_soft_restart_5{L1, L2}(ctx, result) &&
	    proof_hyp_rule_hyp_stub_2{L1, L2}(ctx, result) &&
	    PROOF_HYP_ICH_VTR_ALL(L1, L2)
	    proof_hyp_rule_hyp_stub_4{L1, L2}(ctx, result) &&
	    proof_hyp_rule_hyp_calls_5{L1, L2}(ctx, result) &&
	    proof_hyp_rule_hyp_calls_1{L1, L2}(ctx) &&
	    proof_hyp_rule_own_calls{L1, L2}(ctx, result) &&
	    proof_hyp_rule_hyp_calls_3{L1, L2}(ctx, result) &&
	    proof_hyp_saved_same{L1, L2}(ctx);
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    PROOF_HYP_HVC_ASSIGNS
    ensures IMM_1: !PROOF_PRE_IMM_OK ==>
	    proof_hyp_rule_imm_1{Pre, Post}(ctx, \result);
    PROOF_HYP_STUB_CALL_RULES
    PROOF_HYP_OWN_CALL_RULES
    ensures CALL_2: HYP_CALLS_1: proof_hyp_saved_same{Pre, Post}(ctx);
*/
static int hyp_handle_hvc(struct hyp_context *ctx);

/* ---- traps from the guest ---- */

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->next_sp, proof_in_guest, proof_hyp_changes;
    ensures GUEST_2: \result == HYP_NEXT_GUEST_EXIT ||
	    (\result == HYP_NEXT_RETURN &&
	     (ctx->r[0] == PROOF_SMCCC_NOT_SUPPORTED ||
	      (ctx->r[0] == 0 &&
	       \old(ctx->r[0]) == PROOF_HYP_CALL_BASE + 0x101 &&
	       proof_imm(ctx->esr) == 0)) &&
	     proof_hyp_state_same{Pre, Post});
    ensures GUEST_2: \result == HYP_NEXT_GUEST_EXIT ==>
	    proof_imm(ctx->esr) == 0 &&
	    \old(ctx->r[0]) == PROOF_HYP_CALL_BASE + 0x100;
    ensures proof_hyp_args_same{Pre, Post}(ctx);
    ensures proof_hyp_saved_same{Pre, Post}(ctx); */
static int hyp_guest_hvc(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->elr;
    ensures \result == HYP_NEXT_RETURN; */
static int hyp_guest_skip(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->r[0], ctx->elr;
    ensures \result == HYP_NEXT_RETURN &&
	    ctx->r[0] == PROOF_SMCCC_NOT_SUPPORTED; */
static int hyp_guest_smc(struct hyp_context *ctx);

/*@ requires \valid(ctx);
    assigns ctx->next_sp, proof_in_guest, proof_hyp_changes;
    ensures \result == HYP_NEXT_GUEST_EXIT; */
static int hyp_guest_stage2_fault(struct hyp_context *ctx);

/*@ predicate proof_hyp_host_hvc{L1}(struct hyp_context *ctx) =
	    \at(proof_in_guest, L1) == 0 &&
	    proof_ec(\at(ctx->esr, L1)) == PROOF_EC_HVC;
*/

/*@ requires \valid(ctx);
    requires \separated(ctx, &stub_memory);
    assigns ctx->r[0], ctx->r[1], ctx->r[2], ctx->r[3],
	    ctx->r[HYP_CTX_REG_ARG4], ctx->next_sp, ctx->next_vbar,
	    ctx->next_pc, ctx->next_arg, ctx->elr, proof_hvbar, proof_mmu_on,
	    proof_hyp_changes, proof_in_guest;
    // The host's trap that is not an hvc halts (the vector code reports
    // it, [HYP-FAULT-1]), changing nothing.
    ensures \at(proof_in_guest, Pre) == 0 &&
	    !proof_hyp_host_hvc{Pre}(ctx) ==>
	    \result == HYP_NEXT_HALT &&
	    proof_hyp_refused{Pre, Post}(ctx, \at(ctx->r[0], Pre));
    // An hvc from the host: every rule of hyp_handle_hvc.
    ensures IMM_1: UNKNOWN_1: HYP_STUB_1: HYP_STUB_2: HYP_STUB_3:
	    SOFT_RESTART_1: SOFT_RESTART_5: PROOF_HYP_ICH_VTR_LABELS
	    HYP_STUB_4: DISCOVERY_1: DISCOVERY_2: DISCOVERY_4:
	    HYP_CALLS_5: UNKNOWN_2: PROOF_A64_CALL_2 HYP_CALLS_1: HYP_CALLS_3:
	    CALL_2: proof_hyp_host_hvc{Pre}(ctx) ==>
		    proof_hyp_hvc_rules{Pre, Post}(ctx, \result);
    ensures CALL_2: HYP_CALLS_1: \at(proof_in_guest, Pre) == 0 ==>
	    proof_hyp_saved_same{Pre, Post}(ctx);
    ensures GUEST_2: \at(proof_in_guest, Pre) != 0 &&
	    proof_ec(\at(ctx->esr, Pre)) == PROOF_EC_HVC ==>
	    \result == HYP_NEXT_GUEST_EXIT ||
	    (\result == HYP_NEXT_RETURN &&
	     (ctx->r[0] == PROOF_SMCCC_NOT_SUPPORTED ||
	      (ctx->r[0] == 0 &&
	       \old(ctx->r[0]) == PROOF_HYP_CALL_BASE + 0x101)) &&
	     proof_hyp_state_same{Pre, Post});
*/
int hyp_handle_trap(struct hyp_context *ctx);

#endif /* PROOF_HYP_H */
/* clang-format on */
