/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The resident hypervisor's HYP vectors. An hvc from PL1 is saved whole (r0-r12
 * and LR_usr) in a struct hyp_context and handed to hyp_handle_trap()
 * (hyp/hyp_main.c); its answer says how to leave. Every other slot is an
 * exception the hypervisor never expects: reported, naming it, and halted.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include <hyp/core.h>
#include <core/stub.h>
#include <plat/platform.h>

	.syntax unified
	.arm
	.arch_extension virt
	.section .text.hypstub, "ax", %progbits

HYP_VECTOR_TABLE hyp_vectors, hyp, hyp_trap, hyp_name

LOCAL_CODE_START hyp_trap
	sub	sp, sp, #HYP_CTX_SIZE
	stmia	sp, {r0-r12}
	str	lr, [sp, #HYP_CTX_LR]
	mrc	p15, 4, r0, c5, c2, 0		@ HSR
	str	r0, [sp, #HYP_CTX_ESR]
	mrs	r0, elr_hyp
	str	r0, [sp, #HYP_CTX_ELR]
	mrs	r0, spsr
	str	r0, [sp, #HYP_CTX_SPSR]
	mov	r0, sp
	bl	hyp_handle_trap
	cmp	r0, #HYP_NEXT_RETURN
	beq	hyp_return
	cmp	r0, #HYP_NEXT_INIT
	beq	hyp_next_init
	cmp	r0, #HYP_NEXT_UNINSTALL
	beq	hyp_next_uninstall
	cmp	r0, #HYP_NEXT_SOFT_RESTART
	beq	hyp_next_soft_restart
	cmp	r0, #HYP_NEXT_ENTER_GUEST
	beq	hyp_next_enter_guest
	cmp	r0, #HYP_NEXT_GUEST_EXIT
	beq	hyp_next_guest_exit
	mov	r0, #HYP_VECTOR_HYP_TRAP
	ldr	r1, =hyp_name
	b	hyp_mode_halt
SYM_END hyp_trap

/*
 * Give the caller its registers back (r0-r3 and ip as the call left them)
 * and return where the context says (C may have moved a guest's ELR).
 */
LOCAL_CODE_START hyp_return
	ldr	r0, [sp, #HYP_CTX_ELR]
	msr	elr_hyp, r0
	ldr	r0, [sp, #HYP_CTX_SPSR]
	msr	spsr_cxsf, r0
	ldr	lr, [sp, #HYP_CTX_LR]
	ldmia	sp, {r0-r12}
	add	sp, sp, #HYP_CTX_SIZE
	eret
SYM_END hyp_return

/*
 * Move the context at sp to just below the stack top in r0 and carry on on
 * that stack. Clobbers r1-r3. Called with bl.
 */
LOCAL_CODE_START hyp_switch_stack
	sub	r1, r0, #HYP_CTX_SIZE
	mov	r2, #0
1:	ldr	r3, [sp, r2]
	str	r3, [r1, r2]
	add	r2, r2, #4
	cmp	r2, #HYP_CTX_SIZE
	blo	1b
	mov	sp, r1
	bx	lr
SYM_END hyp_switch_stack

/* HYP_CALL_INIT: the tables are set up; take our stack, turn the MMU on. */
LOCAL_CODE_START hyp_next_init
	ldr	r0, [sp, #HYP_CTX_NEXT_SP]
	bl	hyp_switch_stack
	mov	r0, #0
	mcr	p15, 4, r0, c8, c7, 0		@ TLBIALLH
	dsb	sy
	isb
	mrc	p15, 4, r0, c1, c0, 0		@ HSCTLR
	orr	r0, r0, #SCTLR_I
	orr	r0, r0, #(SCTLR_M | SCTLR_C)
	mcr	p15, 4, r0, c1, c0, 0
	isb
	b	hyp_return
SYM_END hyp_next_init

/*
 * HVC_RESET_VECTORS: MMU and caches off first, then the caches cleaned by
 * set/way with registers only; from there on memory is coherent and C may
 * run again to restore the registers the hypervisor changed.
 */
/*
 * HYP's MMU and caches off, then a clean by address of exactly what HYP
 * wrote while they were on (hyp_arch_data, hyp_guest_data): uninstall needs
 * no pass over the whole cache. Registers only until the clean is done.
 */
LOCAL_CODE_START hyp_next_uninstall
	ldr	r8, [sp, #HYP_CTX_NEXT_SP]
	ldr	r9, [sp, #HYP_CTX_NEXT_VBAR]
	MMU_CACHES_OFF 4
	ldr	r0, =hyp_arch_data
	ldr	r1, =hyp_arch_data_count
	ldr	r1, [r1]
	bl	arch_dcache_clean_invalidate_ranges
	ldr	r0, =hyp_guest_data
	ldr	r1, =hyp_guest_data_count
	ldr	r1, [r1]
	bl	arch_dcache_clean_invalidate_ranges
	HYP_INVALIDATE
	mcr	p15, 4, r9, c12, c0, 0		@ HVBAR: the boot stub again
	isb
	bl	hyp_arch_finish_uninstall
	mov	r0, r8
	bl	hyp_switch_stack
	b	hyp_return
SYM_END hyp_next_uninstall

/*
 * HYP_CALL_RUN_GUEST: C has switched HCR, VTTBR and saved the host's PL1
 * state; the host's context stays on the stack, below which the guest's
 * traps will land. The guest starts with r0 = next_arg, the rest zero.
 */
LOCAL_CODE_START hyp_next_enter_guest
	ldr	r0, [sp, #HYP_CTX_NEXT_PC]
	msr	elr_hyp, r0
	mov	r0, #(PSR_MODE_SVC | PSR_AIF_MASK)
	msr	spsr_cxsf, r0
	ldr	r0, [sp, #HYP_CTX_NEXT_ARG]
	mov	r1, #0
	mov	r2, #0
	mov	r3, #0
	mov	r4, #0
	mov	r5, #0
	mov	r6, #0
	mov	r7, #0
	mov	r8, #0
	mov	r9, #0
	mov	r10, #0
	mov	r11, #0
	mov	r12, #0
	mov	lr, #0
	eret
SYM_END hyp_next_enter_guest

/* The guest stopped: C restored the host; resume its context at next_sp. */
LOCAL_CODE_START hyp_next_guest_exit
	ldr	r0, [sp, #HYP_CTX_NEXT_SP]
	mov	sp, r0
	b	hyp_return
SYM_END hyp_next_guest_exit

/* HVC_SOFT_RESTART: the boot stub's vectors, then the shared last steps. */
LOCAL_CODE_START hyp_next_soft_restart
	ldr	r0, [sp, #HYP_CTX_NEXT_VBAR]
	mcr	p15, 4, r0, c12, c0, 0		@ HVBAR
	isb
	ldr	r8, [sp, #HYP_CTX_R1]		@ entry
	ldr	r9, [sp, #HYP_CTX_R2]		@ becomes the payload's r0
	ldr	r10, [sp, #HYP_CTX_R3]		@ ... r1
	ldr	r11, [sp, #HYP_CTX_ARG4]		@ ... r2
	b	hyp_soft_restart
SYM_END hyp_next_soft_restart

	.section .rodata
hyp_name:
	.asciz	"resident hypervisor"
