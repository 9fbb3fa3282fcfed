/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The portable half of the resident hypervisor: the register context its
 * vector code hands to C and the dispatch of a HYP trap (hyp/hyp_main.c).
 * It builds for the target and for the host, where tests use a fake context.
 */
#ifndef HYPSTUB_HYP_CORE_H
#define HYPSTUB_HYP_CORE_H

/* What the vector code does once C has handled a trap. */
#define HYP_NEXT_RETURN 0	/* restore the caller's registers, eret */
#define HYP_NEXT_SOFT_RESTART 1 /* HVBAR = next_hvbar, enter the payload */
#define HYP_NEXT_HALT 2		/* unexpected trap: report it and halt */
#define HYP_NEXT_INIT 3		/* move to next_sp, MMU and caches on, eret */
#define HYP_NEXT_UNINSTALL                                                     \
	4 /* MMU and caches off, HVBAR = next_hvbar,                           \
	   * back to next_sp, eret */

/* Offsets into struct hyp_context, for the vector code. */
#define HYP_CTX_R0 0
#define HYP_CTX_R1 4
#define HYP_CTX_R2 8
#define HYP_CTX_R3 12
#define HYP_CTX_R12 48
#define HYP_CTX_LR 52
#define HYP_CTX_HSR 56
#define HYP_CTX_NEXT_SP 60
#define HYP_CTX_NEXT_HVBAR 64
#define HYP_CTX_SIZE 72 /* a multiple of 8: AAPCS stack alignment */

/* Per-CPU HYP stack of the hypervisor. */
#define HYP_STACK_SHIFT 11

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/*
 * All of the caller's general registers: the uninstall path cleans the
 * caches with r4-r7 as scratch, so the vector code saves r0-r12 and LR_usr.
 */
struct hyp_context {
	uint32_t r[13];
	uint32_t lr;
	uint32_t hsr;
	uint32_t next_sp;    /* HYP_NEXT_INIT, HYP_NEXT_UNINSTALL */
	uint32_t next_hvbar; /* HYP_NEXT_SOFT_RESTART, HYP_NEXT_UNINSTALL */
	uint32_t unused;
};

_Static_assert(offsetof(struct hyp_context, r[0]) == HYP_CTX_R0, "r0");
_Static_assert(offsetof(struct hyp_context, r[1]) == HYP_CTX_R1, "r1");
_Static_assert(offsetof(struct hyp_context, r[2]) == HYP_CTX_R2, "r2");
_Static_assert(offsetof(struct hyp_context, r[3]) == HYP_CTX_R3, "r3");
_Static_assert(offsetof(struct hyp_context, r[12]) == HYP_CTX_R12, "r12");
_Static_assert(offsetof(struct hyp_context, lr) == HYP_CTX_LR, "lr");
_Static_assert(offsetof(struct hyp_context, hsr) == HYP_CTX_HSR, "hsr");
_Static_assert(offsetof(struct hyp_context, next_sp) == HYP_CTX_NEXT_SP, "sp");
_Static_assert(offsetof(struct hyp_context, next_hvbar) == HYP_CTX_NEXT_HVBAR,
	       "hvbar");
_Static_assert(sizeof(struct hyp_context) == HYP_CTX_SIZE, "size");

/* Handle one trap taken to the hypervisor's HYP trap vector: HYP_NEXT_*. */
int hyp_handle_trap(struct hyp_context *ctx);

/*
 * Provided by the architecture (hyp/arm) or, on the host, by the tests.
 */
uint32_t hyp_arch_stub_vectors(void);
/* HYP_CALL_INIT: returns HYP_NEXT_INIT, or HYP_NEXT_RETURN with r0 set. */
int hyp_arch_init(struct hyp_context *ctx);
/* HVC_RESET_VECTORS: fill in next_sp and next_hvbar. */
void hyp_arch_prepare_uninstall(struct hyp_context *ctx);
/* HYP_REG_* below HYP_REG_COUNT; the caller checks the bound. */
uint32_t hyp_arch_read_register(uint32_t id);
void hyp_arch_tlb_flush(void);
/* HYP_CALL_MMU_CHECK: fill in r1-r3. */
void hyp_arch_mmu_check(struct hyp_context *ctx);
#ifdef HYP_TEST_FAULT_CALL
void hyp_arch_test_fault(void);
#endif

#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_HYP_CORE_H */
