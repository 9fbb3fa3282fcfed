/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The portable half of the resident hypervisor: the register context its
 * vector code hands to C and the dispatch of a HYP trap (hyp/hyp_main.c).
 * It builds for the target and for the host, where tests use a fake context.
 */
#ifndef HYP_CORE_H
#define HYP_CORE_H

/*
 * What the vector code does once C has handled a trap:
 *  RETURN        restore the caller's registers, eret
 *  SOFT_RESTART  HVBAR = next_hvbar, enter the payload
 *  HALT          unexpected trap: report it and halt
 *  INIT          move to next_sp, MMU and caches on, eret
 *  UNINSTALL     MMU and caches off, HVBAR = next_hvbar, back to next_sp
 *  ENTER_GUEST   eret to the guest at next_pc with r0 = next_arg; the
 *                host's context stays on the stack
 *  GUEST_EXIT    back to the host's context at next_sp
 */
#define HYP_NEXT_RETURN 0
#define HYP_NEXT_SOFT_RESTART 1
#define HYP_NEXT_HALT 2
#define HYP_NEXT_INIT 3
#define HYP_NEXT_UNINSTALL 4
#define HYP_NEXT_ENTER_GUEST 5
#define HYP_NEXT_GUEST_EXIT 6

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
#define HYP_CTX_ELR 68
#define HYP_CTX_SPSR 72
#define HYP_CTX_NEXT_PC 76
#define HYP_CTX_NEXT_ARG 80
#define HYP_CTX_SIZE 88 /* a multiple of 8: AAPCS stack alignment */

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
	uint32_t next_sp;    /* HYP_NEXT_INIT, _UNINSTALL, _GUEST_EXIT */
	uint32_t next_hvbar; /* HYP_NEXT_SOFT_RESTART, HYP_NEXT_UNINSTALL */
	uint32_t elr;	     /* ELR_hyp and SPSR_hyp: where the eret goes */
	uint32_t spsr;
	uint32_t next_pc;  /* HYP_NEXT_ENTER_GUEST */
	uint32_t next_arg; /* HYP_NEXT_ENTER_GUEST */
	uint32_t unused;   /* keeps the size a multiple of 8 */
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
_Static_assert(offsetof(struct hyp_context, elr) == HYP_CTX_ELR, "elr");
_Static_assert(offsetof(struct hyp_context, spsr) == HYP_CTX_SPSR, "spsr");
_Static_assert(offsetof(struct hyp_context, next_pc) == HYP_CTX_NEXT_PC, "pc");
_Static_assert(offsetof(struct hyp_context, next_arg) == HYP_CTX_NEXT_ARG,
	       "arg");
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

/*
 * The guest (hyp/arm/hyp_guest.c). HYP_CALL_RUN_GUEST: check the window and
 * switch to the guest (HYP_NEXT_ENTER_GUEST) or set r0 to an error
 * (HYP_NEXT_RETURN). hyp_arch_guest_exit: back to the host, whose call
 * returns reason, detail1, detail2 (HYP_NEXT_GUEST_EXIT).
 */
int hyp_arch_in_guest(void);
int hyp_arch_enter_guest(struct hyp_context *ctx, uint32_t window,
			 uint32_t argument);
int hyp_arch_guest_exit(struct hyp_context *ctx, uint32_t reason,
			uint32_t detail1, uint32_t detail2);
/* The address of a stage-2 fault (from HDFAR/HIFAR and HPFAR). */
uint32_t hyp_arch_guest_fault_address(uint32_t hsr);

#endif /* !__ASSEMBLY__ */
#endif /* HYP_CORE_H */
