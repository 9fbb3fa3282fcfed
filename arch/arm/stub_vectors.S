/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The boot stub's HYP vectors. An hvc from PL1 arrives at the HYP trap slot,
 * which saves r0-r3, ip and LR_usr in a struct stub_context on the HYP stack
 * and hands it to stub_handle_trap() (core/stub.c). Every other slot is an
 * exception the stub never expects: it is reported and the CPU halts.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include <hypstub/stub_core.h>
#include <plat/platform.h>

	.syntax unified
	.arm
	.arch_extension virt
	.arch_extension sec
	.section .text.hypstub, "ax", %progbits

VECTOR_TABLE_START stub_vectors
VECTOR_SLOT stub_vectors, HYP_VECTOR_RESET
	b	stub_unexpected_reset
VECTOR_SLOT stub_vectors, HYP_VECTOR_UNDEF
	b	stub_unexpected_undef
VECTOR_SLOT stub_vectors, HYP_VECTOR_HYP_CALL
	b	stub_unexpected_hyp_call
VECTOR_SLOT stub_vectors, HYP_VECTOR_PABORT
	b	stub_unexpected_pabort
VECTOR_SLOT stub_vectors, HYP_VECTOR_DABORT
	b	stub_unexpected_dabort
VECTOR_SLOT stub_vectors, HYP_VECTOR_HYP_TRAP
	b	stub_hyp_trap
VECTOR_SLOT stub_vectors, HYP_VECTOR_IRQ
	b	stub_unexpected_irq
VECTOR_SLOT stub_vectors, HYP_VECTOR_FIQ
	b	stub_unexpected_fiq
VECTOR_TABLE_END stub_vectors

/*
 * hvc from PL1. LR is shared with User mode in HYP, so the C call below would
 * clobber the caller's LR_usr: it is saved and restored with r0-r3 and ip.
 */
LOCAL_CODE_START stub_hyp_trap
	sub	sp, sp, #STUB_CTX_SIZE
	stmia	sp, {r0-r3, ip}
	str	lr, [sp, #STUB_CTX_LR]
	mrc	p15, 4, r0, c5, c2, 0		@ HSR
	str	r0, [sp, #STUB_CTX_HSR]
	mov	r0, sp
	bl	stub_handle_trap
	cmp	r0, #STUB_NEXT_RETURN
	bne	1f
	ldr	lr, [sp, #STUB_CTX_LR]
	ldmia	sp, {r0-r3, ip}
	add	sp, sp, #STUB_CTX_SIZE
	eret
1:	cmp	r0, #STUB_NEXT_SOFT_RESTART
	bne	2f
	ldr	r8, [sp, #STUB_CTX_R1]		@ entry
	ldr	r9, [sp, #STUB_CTX_R2]		@ becomes the payload's r0
	ldr	r10, [sp, #STUB_CTX_R3]		@ ... r1
	ldr	r11, [sp, #STUB_CTX_IP]		@ ... r2
	b	hyp_soft_restart
2:	mov	r1, sp
	mov	r0, #HYP_VECTOR_HYP_TRAP
	b	stub_unexpected_report
SYM_END stub_hyp_trap

/*
 * Unexpected exceptions: r0 = the slot's offset. The report runs on a
 * per-CPU panic stack so that a broken SP_hyp cannot stop it; no context is
 * passed (r1 = 0) because the registers of the interrupted code are not a
 * stub call's.
 */
.macro UNEXPECTED name, offset
LOCAL_CODE_START stub_unexpected_\name
	mov	r0, #\offset
	mov	r1, #0
	b	stub_unexpected_report
SYM_END stub_unexpected_\name
.endm

UNEXPECTED reset, HYP_VECTOR_RESET
UNEXPECTED undef, HYP_VECTOR_UNDEF
UNEXPECTED hyp_call, HYP_VECTOR_HYP_CALL
UNEXPECTED pabort, HYP_VECTOR_PABORT
UNEXPECTED dabort, HYP_VECTOR_DABORT
UNEXPECTED irq, HYP_VECTOR_IRQ
UNEXPECTED fiq, HYP_VECTOR_FIQ

/* r0 = vector offset, r1 = context or 0. Does not return. */
CODE_START stub_unexpected_report
	cpsid	aif
	mrc	p15, 0, r2, c0, c0, 5		@ MPIDR
	and	r2, r2, #PLAT_MPIDR_CPU_MASK
	cmp	r2, #PLAT_MAX_CPUS
	movhs	r2, #0
	ldr	sp, =stub_panic_stacks_end
	sub	sp, sp, r2, lsl #STUB_PANIC_STACK_SHIFT
	bl	stub_report_unexpected
3:	wfi
	b	3b
SYM_END stub_unexpected_report

	.section .bss.hypstub, "aw", %nobits
	.balign 8
stub_panic_stacks:
	.space	PLAT_MAX_CPUS << STUB_PANIC_STACK_SHIFT
stub_panic_stacks_end:
