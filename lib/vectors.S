/* SPDX-License-Identifier: BSD-2-Clause */
/* PL1 exception vectors and per-mode stacks of the demo and test kernels. */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include <kernel/kernel.h>
#include <plat/platform.h>

#define MODE_STACK_SHIFT 10 /* 1 KiB per mode and CPU */

	.syntax unified
	.arm
	.text

VECTOR_TABLE_START kernel_vectors
VECTOR_SLOT kernel_vectors, 0x00
	b	kernel_entry_reset
VECTOR_SLOT kernel_vectors, 0x04
	b	kernel_entry_undef
VECTOR_SLOT kernel_vectors, 0x08
	b	kernel_entry_svc
VECTOR_SLOT kernel_vectors, 0x0c
	b	kernel_entry_pabort
VECTOR_SLOT kernel_vectors, 0x10
	b	kernel_entry_dabort
VECTOR_SLOT kernel_vectors, 0x14
	b	kernel_entry_reset
VECTOR_SLOT kernel_vectors, 0x18
	b	kernel_entry_irq
VECTOR_SLOT kernel_vectors, 0x1c
	b	kernel_entry_fiq
VECTOR_TABLE_END kernel_vectors

/*
 * Save the return state on this mode's stack, call kernel_exception(kind,
 * &saved_lr) and return with rfe. lr_adjust turns the banked LR into the
 * address to resume at.
 */
.macro KERNEL_ENTRY name, kind, mode, lr_adjust
LOCAL_CODE_START kernel_entry_\name
	sub	lr, lr, #\lr_adjust
	srsdb	sp!, #\mode
	push	{r0-r3, ip, lr}
	mov	r0, #\kind
	add	r1, sp, #24
	bl	kernel_exception
	pop	{r0-r3, ip, lr}
	rfeia	sp!
SYM_END kernel_entry_\name
.endm

KERNEL_ENTRY reset, 0, PSR_MODE_SVC, 0
KERNEL_ENTRY undef, KERNEL_EXC_UNDEF, PSR_MODE_UND, 0
KERNEL_ENTRY svc, KERNEL_EXC_SVC, PSR_MODE_SVC, 0
KERNEL_ENTRY pabort, KERNEL_EXC_PABORT, PSR_MODE_ABT, 4
KERNEL_ENTRY dabort, KERNEL_EXC_DABORT, PSR_MODE_ABT, 8
KERNEL_ENTRY irq, KERNEL_EXC_IRQ, PSR_MODE_IRQ, 4
KERNEL_ENTRY fiq, KERNEL_EXC_FIQ, PSR_MODE_FIQ, 4

/* void kernel_cpu_init(unsigned int cpu): called in SVC. */
FUNC_START kernel_cpu_init
	ldr	r1, =kernel_vectors
	mcr	p15, 0, r1, c12, c0, 0		@ VBAR
	mrc	p15, 0, r1, c1, c0, 0		@ SCTLR: vectors at VBAR, not high
	bic	r1, r1, #SCTLR_V
	mcr	p15, 0, r1, c1, c0, 0
	isb
	ldr	r1, =kernel_mode_stacks_end
	sub	r1, r1, r0, lsl #(MODE_STACK_SHIFT + 2)
	mrs	r2, cpsr
	cps	#PSR_MODE_UND
	mov	sp, r1
	sub	r1, r1, #(1 << MODE_STACK_SHIFT)
	cps	#PSR_MODE_ABT
	mov	sp, r1
	sub	r1, r1, #(1 << MODE_STACK_SHIFT)
	cps	#PSR_MODE_IRQ
	mov	sp, r1
	sub	r1, r1, #(1 << MODE_STACK_SHIFT)
	cps	#PSR_MODE_FIQ
	mov	sp, r1
	msr	cpsr_c, r2
	bx	lr
SYM_END kernel_cpu_init

	.bss
	.balign 8
kernel_mode_stacks:
	.space	PLAT_MAX_CPUS << (MODE_STACK_SHIFT + 2)
kernel_mode_stacks_end:
