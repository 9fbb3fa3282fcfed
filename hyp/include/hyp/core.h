/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The portable half of the resident hypervisor: the register context its
 * vector code hands to C and the dispatch of a HYP trap (hyp/hyp_main.c).
 * It builds for the target and for the host, where tests use a fake context.
 */
#ifndef HYP_CORE_H
#define HYP_CORE_H

#include <hypstub/reg.h>

/*
 * What the vector code does once C has handled a trap:
 *  RETURN        restore the caller's registers, eret
 *  SOFT_RESTART  VBAR = next_vbar, enter the payload
 *  HALT          unexpected trap: report it and halt
 *  INIT          move to next_sp, MMU and caches on, eret
 *  UNINSTALL     MMU and caches off, VBAR = next_vbar, back to next_sp
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

/*
 * The general registers the vector code saves: r0-r12 (AArch32) or x0-x29
 * (AArch64) in r[], then the link register (LR_usr or x30). The stub calls'
 * fifth register (HVC_SOFT_RESTART's third payload argument, the query's
 * fifth result) is ip on AArch32 and x4 on AArch64.
 */
#if HYPSTUB_AARCH64
#define HYP_CTX_GPR_COUNT 30
#define HYP_CTX_REG_ARG4 4
#else
#define HYP_CTX_GPR_COUNT 13
#define HYP_CTX_REG_ARG4 12
#endif

/* Offsets into struct hyp_context, for the vector code. */
#define HYP_CTX_R0 0
#define HYP_CTX_R1 (1 * HYPSTUB_REG_BYTES)
#define HYP_CTX_R2 (2 * HYPSTUB_REG_BYTES)
#define HYP_CTX_R3 (3 * HYPSTUB_REG_BYTES)
#define HYP_CTX_ARG4 (HYP_CTX_REG_ARG4 * HYPSTUB_REG_BYTES)
#define HYP_CTX_LR (HYP_CTX_GPR_COUNT * HYPSTUB_REG_BYTES)
#define HYP_CTX_ESR (HYP_CTX_LR + HYPSTUB_REG_BYTES)
#define HYP_CTX_NEXT_SP (HYP_CTX_ESR + HYPSTUB_REG_BYTES)
#define HYP_CTX_NEXT_VBAR (HYP_CTX_NEXT_SP + HYPSTUB_REG_BYTES)
#define HYP_CTX_ELR (HYP_CTX_NEXT_VBAR + HYPSTUB_REG_BYTES)
#define HYP_CTX_SPSR (HYP_CTX_ELR + HYPSTUB_REG_BYTES)
#define HYP_CTX_NEXT_PC (HYP_CTX_SPSR + HYPSTUB_REG_BYTES)
#define HYP_CTX_NEXT_ARG (HYP_CTX_NEXT_PC + HYPSTUB_REG_BYTES)
/* A multiple of 8 (AAPCS) or 16 (AAPCS64): AArch32 needs a padding word. */
#if HYPSTUB_AARCH64
#define HYP_CTX_SIZE (HYP_CTX_NEXT_ARG + HYPSTUB_REG_BYTES)
#else
#define HYP_CTX_SIZE (HYP_CTX_NEXT_ARG + 2 * HYPSTUB_REG_BYTES)
#endif

/* Per-CPU HYP stack of the hypervisor. */
#define HYP_STACK_SHIFT 11

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/*
 * All of the caller's general registers: the uninstall path cleans the
 * caches with caller-saved registers as scratch, so the vector code saves
 * them all.
 */
struct hyp_context {
	hypstub_reg_t r[HYP_CTX_GPR_COUNT];
	hypstub_reg_t lr;
	hypstub_reg_t esr;	 /* the syndrome: HSR or ESR_EL2 */
	hypstub_reg_t next_sp;	 /* HYP_NEXT_INIT, _UNINSTALL, _GUEST_EXIT */
	hypstub_reg_t next_vbar; /* HYP_NEXT_SOFT_RESTART, HYP_NEXT_UNINSTALL */
	hypstub_reg_t elr;	 /* ELR and SPSR: where the eret goes */
	hypstub_reg_t spsr;
	hypstub_reg_t next_pc;	/* HYP_NEXT_ENTER_GUEST */
	hypstub_reg_t next_arg; /* HYP_NEXT_ENTER_GUEST */
#if !HYPSTUB_AARCH64
	hypstub_reg_t padding;
#endif
};

_Static_assert(offsetof(struct hyp_context, r[0]) == (size_t)HYP_CTX_R0, "r0");
_Static_assert(offsetof(struct hyp_context, r[1]) == (size_t)HYP_CTX_R1, "r1");
_Static_assert(offsetof(struct hyp_context, r[2]) == (size_t)HYP_CTX_R2, "r2");
_Static_assert(offsetof(struct hyp_context, r[3]) == (size_t)HYP_CTX_R3, "r3");
_Static_assert(offsetof(struct hyp_context, r[HYP_CTX_REG_ARG4]) ==
		       (size_t)HYP_CTX_ARG4,
	       "arg4");
_Static_assert(offsetof(struct hyp_context, lr) == (size_t)HYP_CTX_LR, "lr");
_Static_assert(offsetof(struct hyp_context, esr) == (size_t)HYP_CTX_ESR, "esr");
_Static_assert(offsetof(struct hyp_context, next_sp) == (size_t)HYP_CTX_NEXT_SP,
	       "sp");
_Static_assert(offsetof(struct hyp_context, next_vbar) ==
		       (size_t)HYP_CTX_NEXT_VBAR,
	       "vbar");
_Static_assert(offsetof(struct hyp_context, elr) == (size_t)HYP_CTX_ELR, "elr");
_Static_assert(offsetof(struct hyp_context, spsr) == (size_t)HYP_CTX_SPSR,
	       "spsr");
_Static_assert(offsetof(struct hyp_context, next_pc) == (size_t)HYP_CTX_NEXT_PC,
	       "pc");
_Static_assert(offsetof(struct hyp_context, next_arg) ==
		       (size_t)HYP_CTX_NEXT_ARG,
	       "arg");
_Static_assert(sizeof(struct hyp_context) == (size_t)HYP_CTX_SIZE, "size");
_Static_assert(HYP_CTX_SIZE % (2 * HYPSTUB_REG_BYTES) == 0, "alignment");

/* Handle one trap taken to the hypervisor's HYP trap vector: HYP_NEXT_*. */
int hyp_handle_trap(struct hyp_context *ctx);

/*
 * Provided by the architecture (hyp/arm) or, on the host, by the tests.
 */
hypstub_reg_t hyp_arch_stub_vectors(void);
/* HYP_CALL_INIT: returns HYP_NEXT_INIT, or HYP_NEXT_RETURN with r0 set. */
int hyp_arch_init(struct hyp_context *ctx);
/* HVC_RESET_VECTORS: fill in next_sp and next_vbar. */
void hyp_arch_prepare_uninstall(struct hyp_context *ctx);
/* HYP_REG_* below HYP_REG_COUNT; the caller checks the bound. */
hypstub_reg_t hyp_arch_read_register(hypstub_reg_t id);
void hyp_arch_tlb_flush(void);
/* HYP_CALL_MMU_CHECK: fill in r1-r3. */
void hyp_arch_mmu_check(struct hyp_context *ctx);
#ifdef HYP_TEST_FAULT_CALL
void hyp_arch_test_fault(void);
#endif

/*
 * The guest (hyp/guest.c over the world switch of hyp/<arch>/hyp_guest.c;
 * fakes on the host). HYP_CALL_RUN_GUEST: check the window and switch to
 * the guest (HYP_NEXT_ENTER_GUEST) or set r0 to an error
 * (HYP_NEXT_RETURN). hyp_arch_guest_exit: back to the host, whose call
 * returns reason, detail1, detail2 (HYP_NEXT_GUEST_EXIT).
 */
int hyp_arch_in_guest(void);
int hyp_arch_enter_guest(struct hyp_context *ctx, hypstub_reg_t window,
			 hypstub_reg_t argument);
int hyp_arch_guest_exit(struct hyp_context *ctx, hypstub_reg_t reason,
			hypstub_reg_t detail1, hypstub_reg_t detail2);
/* The address of a stage-2 fault (from HDFAR/HIFAR/FAR_EL2 and HPFAR). */
hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr);
/*
 * An IRQ, FIQ or SError (HYP_GUEST_INTERRUPT_*) taken to EL2, from the
 * vector code: ends a guest run (HYP_NEXT_GUEST_EXIT), else HYP_NEXT_HALT.
 */
int hyp_handle_interrupt(struct hyp_context *ctx, hypstub_reg_t kind);

#endif /* !__ASSEMBLY__ */
#endif /* HYP_CORE_H */
