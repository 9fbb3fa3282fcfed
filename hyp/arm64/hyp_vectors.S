/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The resident hypervisor's EL2 vectors, AArch64 (nVHE: the host kernel
 * stays at EL1). An hvc from EL1 is saved whole (x0-x30, ESR_EL2, ELR_EL2,
 * SPSR_EL2) in a struct hyp_context on SP_EL2 and handed to
 * hyp_handle_trap() (hyp/hyp_main.c); its answer says how to leave. A
 * guest's traps arrive at the same slot; its IRQ, FIQ and SError (routed
 * here only while it runs) go to hyp_handle_interrupt() (hyp/guest.c).
 * Every other slot is an exception the hypervisor never expects: reported,
 * naming it, and halted.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/vectors.h>
#include <arch/arm64/sysreg.h>
#include <hyp/core.h>
#include <hypstub/abi.h>

	.section .text.hypstub, "ax", %progbits

.macro UNEXPECTED_SLOT offset
VECTOR_SLOT hyp_vectors, \offset
	mov	x0, #\offset
	ldr	x1, =hyp_name
	b	hyp_mode_halt
.endm

VECTOR_TABLE_START hyp_vectors
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_SYNC
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_IRQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_FIQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SP0_SERROR
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_SYNC
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_IRQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_FIQ
UNEXPECTED_SLOT EL2_VECTOR_CURRENT_SPX_SERROR
VECTOR_SLOT hyp_vectors, EL2_VECTOR_LOWER64_SYNC
	b	hyp_trap
VECTOR_SLOT hyp_vectors, EL2_VECTOR_LOWER64_IRQ
	b	hyp_irq
VECTOR_SLOT hyp_vectors, EL2_VECTOR_LOWER64_FIQ
	b	hyp_fiq
VECTOR_SLOT hyp_vectors, EL2_VECTOR_LOWER64_SERROR
	b	hyp_serror
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_SYNC
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_IRQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_FIQ
UNEXPECTED_SLOT EL2_VECTOR_LOWER32_SERROR
VECTOR_TABLE_END hyp_vectors

/* All of the caller's general registers, ESR, ELR and SPSR, on SP_EL2. */
.macro SAVE_CONTEXT
	sub	sp, sp, #HYP_CTX_SIZE
	stp	x0, x1, [sp, #(0 * 8)]
	stp	x2, x3, [sp, #(2 * 8)]
	stp	x4, x5, [sp, #(4 * 8)]
	stp	x6, x7, [sp, #(6 * 8)]
	stp	x8, x9, [sp, #(8 * 8)]
	stp	x10, x11, [sp, #(10 * 8)]
	stp	x12, x13, [sp, #(12 * 8)]
	stp	x14, x15, [sp, #(14 * 8)]
	stp	x16, x17, [sp, #(16 * 8)]
	stp	x18, x19, [sp, #(18 * 8)]
	stp	x20, x21, [sp, #(20 * 8)]
	stp	x22, x23, [sp, #(22 * 8)]
	stp	x24, x25, [sp, #(24 * 8)]
	stp	x26, x27, [sp, #(26 * 8)]
	stp	x28, x29, [sp, #(28 * 8)]
	str	x30, [sp, #HYP_CTX_LR]
	mrs	x0, esr_el2
	str	x0, [sp, #HYP_CTX_ESR]
	mrs	x0, elr_el2
	str	x0, [sp, #HYP_CTX_ELR]
	mrs	x0, spsr_el2
	str	x0, [sp, #HYP_CTX_SPSR]
	mov	x0, sp
.endm

/* Leave as C's answer in x0 says; a halt names the slot in x1. */
.macro DISPATCH_NEXT slot
	cmp	x0, #HYP_NEXT_RETURN
	b.eq	hyp_return
	cmp	x0, #HYP_NEXT_INIT
	b.eq	hyp_next_init
	cmp	x0, #HYP_NEXT_UNINSTALL
	b.eq	hyp_next_uninstall
	cmp	x0, #HYP_NEXT_SOFT_RESTART
	b.eq	hyp_next_soft_restart
	cmp	x0, #HYP_NEXT_ENTER_GUEST
	b.eq	hyp_next_enter_guest
	cmp	x0, #HYP_NEXT_GUEST_EXIT
	b.eq	hyp_next_guest_exit
	/* HYP_NEXT_HALT, and anything this half does not know. */
	mov	x0, #\slot
	ldr	x1, =hyp_name
	b	hyp_mode_halt
.endm

LOCAL_CODE_START hyp_trap
	SAVE_CONTEXT
	bl	hyp_handle_trap
	DISPATCH_NEXT EL2_VECTOR_LOWER64_SYNC
SYM_END hyp_trap

.macro INTERRUPT_ENTRY name, kind, slot
LOCAL_CODE_START \name
	SAVE_CONTEXT
	mov	x1, #\kind
	bl	hyp_handle_interrupt
	DISPATCH_NEXT \slot
SYM_END \name
.endm

INTERRUPT_ENTRY hyp_irq, HYP_GUEST_INTERRUPT_IRQ, EL2_VECTOR_LOWER64_IRQ
INTERRUPT_ENTRY hyp_fiq, HYP_GUEST_INTERRUPT_FIQ, EL2_VECTOR_LOWER64_FIQ
INTERRUPT_ENTRY hyp_serror, HYP_GUEST_INTERRUPT_SERROR, EL2_VECTOR_LOWER64_SERROR

/* The caller's registers back (x0-x4 as C left them), eret. */
LOCAL_CODE_START hyp_return
	ldr	x0, [sp, #HYP_CTX_ELR]
	msr	elr_el2, x0
	ldr	x0, [sp, #HYP_CTX_SPSR]
	msr	spsr_el2, x0
	ldr	x30, [sp, #HYP_CTX_LR]
	ldp	x0, x1, [sp, #(0 * 8)]
	ldp	x2, x3, [sp, #(2 * 8)]
	ldp	x4, x5, [sp, #(4 * 8)]
	ldp	x6, x7, [sp, #(6 * 8)]
	ldp	x8, x9, [sp, #(8 * 8)]
	ldp	x10, x11, [sp, #(10 * 8)]
	ldp	x12, x13, [sp, #(12 * 8)]
	ldp	x14, x15, [sp, #(14 * 8)]
	ldp	x16, x17, [sp, #(16 * 8)]
	ldp	x18, x19, [sp, #(18 * 8)]
	ldp	x20, x21, [sp, #(20 * 8)]
	ldp	x22, x23, [sp, #(22 * 8)]
	ldp	x24, x25, [sp, #(24 * 8)]
	ldp	x26, x27, [sp, #(26 * 8)]
	ldp	x28, x29, [sp, #(28 * 8)]
	add	sp, sp, #HYP_CTX_SIZE
	eret
SYM_END hyp_return

/*
 * Move the context at sp to just below the stack top in x0 and carry on on
 * that stack. Clobbers x1-x3. Called with bl.
 */
LOCAL_CODE_START hyp_switch_stack
	sub	x1, x0, #HYP_CTX_SIZE
	mov	x2, #0
1:	ldr	x3, [sp, x2]
	str	x3, [x1, x2]
	add	x2, x2, #8
	cmp	x2, #HYP_CTX_SIZE
	b.lo	1b
	mov	sp, x1
	ret
SYM_END hyp_switch_stack

/* HYP_CALL_INIT: the tables are set up; take our stack, MMU and caches on. */
LOCAL_CODE_START hyp_next_init
	ldr	x0, [sp, #HYP_CTX_NEXT_SP]
	bl	hyp_switch_stack
	tlbi	alle2
	dsb	sy
	isb
	mrs	x0, sctlr_el2
	orr	x0, x0, #SCTLR_I
	orr	x0, x0, #SCTLR_M
	orr	x0, x0, #SCTLR_C
	msr	sctlr_el2, x0
	isb
	b	hyp_return
SYM_END hyp_next_init

/*
 * EL2's MMU and caches off, then a clean by VA of exactly what EL2 wrote
 * while they were on (hyp_arch_data, hyp_guest_data): no set/way pass.
 * Registers and the never-written tables only, until the clean is done.
 * Clobbers x0-x5.
 */
.macro HYP_CACHES_OFF_AND_CLEAN
	MMU_CACHES_OFF el2
	ldr	x0, =hyp_arch_data
	ldr	x1, =hyp_arch_data_count
	ldr	x1, [x1]
	bl	arch_dcache_clean_invalidate_ranges
	ldr	x0, =hyp_guest_data
	ldr	x1, =hyp_guest_data_count
	ldr	x1, [x1]
	bl	arch_dcache_clean_invalidate_ranges
.endm

/*
 * HVC_RESET_VECTORS: MMU and caches off first, then what EL2 wrote cleaned
 * by VA; from there on memory is coherent and C may run again to restore
 * the registers the hypervisor changed. next_sp and next_vbar wait in x19
 * and x20, which neither touches.
 */
LOCAL_CODE_START hyp_next_uninstall
	ldr	x19, [sp, #HYP_CTX_NEXT_SP]
	ldr	x20, [sp, #HYP_CTX_NEXT_VBAR]
	HYP_CACHES_OFF_AND_CLEAN
	ic	iallu
	tlbi	alle2
	dsb	sy
	isb
	msr	vbar_el2, x20			/* the boot stub again */
	isb
	bl	hyp_arch_finish_uninstall
	mov	x0, x19
	bl	hyp_switch_stack
	b	hyp_return
SYM_END hyp_next_uninstall

/*
 * HYP_CALL_RUN_GUEST: C has switched the EL1 state, HCR_EL2, VTCR_EL2 and
 * VTTBR_EL2; the host's context stays on the stack, below which the
 * guest's traps will land. The guest starts at EL1h, DAIF masked, with
 * x0 = next_arg and every other general register 0.
 */
LOCAL_CODE_START hyp_next_enter_guest
	ldr	x0, [sp, #HYP_CTX_NEXT_PC]
	msr	elr_el2, x0
	mov	x0, #SPSR_EL1H_MASKED
	msr	spsr_el2, x0
	ldr	x0, [sp, #HYP_CTX_NEXT_ARG]
	mov	x1, #0
	mov	x2, #0
	mov	x3, #0
	mov	x4, #0
	mov	x5, #0
	mov	x6, #0
	mov	x7, #0
	mov	x8, #0
	mov	x9, #0
	mov	x10, #0
	mov	x11, #0
	mov	x12, #0
	mov	x13, #0
	mov	x14, #0
	mov	x15, #0
	mov	x16, #0
	mov	x17, #0
	mov	x18, #0
	mov	x19, #0
	mov	x20, #0
	mov	x21, #0
	mov	x22, #0
	mov	x23, #0
	mov	x24, #0
	mov	x25, #0
	mov	x26, #0
	mov	x27, #0
	mov	x28, #0
	mov	x29, #0
	mov	x30, #0
	eret
SYM_END hyp_next_enter_guest

/* The guest stopped: C restored the host; resume its context at next_sp. */
LOCAL_CODE_START hyp_next_guest_exit
	ldr	x0, [sp, #HYP_CTX_NEXT_SP]
	mov	sp, x0
	b	hyp_return
SYM_END hyp_next_guest_exit

/*
 * HVC_SOFT_RESTART: the boot stub's vectors, EL2's caches off and what it
 * wrote cleaned by VA (the payload must find no line EL2 dirtied), then the
 * boot stub's own last steps (arch/arm64/restart.S).
 */
LOCAL_CODE_START hyp_next_soft_restart
	ldr	x0, [sp, #HYP_CTX_NEXT_VBAR]
	msr	vbar_el2, x0
	isb
	ldr	x19, [sp, #HYP_CTX_R1]		/* entry */
	ldr	x20, [sp, #HYP_CTX_R2]		/* becomes the payload's x0 */
	ldr	x21, [sp, #HYP_CTX_R3]		/* ... x1 */
	ldr	x22, [sp, #HYP_CTX_ARG4]	/* ... x2 */
	HYP_CACHES_OFF_AND_CLEAN
	b	hyp_soft_restart
SYM_END hyp_next_soft_restart

	.section .rodata
hyp_name:
	.asciz	"resident hypervisor"
