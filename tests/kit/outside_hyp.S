/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * An outside resident hypervisor, AArch32: written against doc/hyp-abi.md
 * (section 8 above all), <hypstub/abi.h> (the numbers) and the kit's
 * install protocol for hypervisors (doc/conformance-kit.md,
 * [KIT-HYP-INSTALL-1]) alone, linked with nothing of this project, and run
 * by the conformance kit as a raw image over a boot stub. It is the
 * smallest hypervisor the kit passes: KVM-style, it enables no trap and no
 * stage 2 and has no call of its own; it only keeps every promise a
 * hypervisor makes to the kernel above it. Copy it to start your own.
 *
 * Install: the image starts with its HYP vectors. The kernel installs them
 * with HVC_SET_VECTORS through the boot stub, then issues KIT_HYP_INIT
 * with r1 = the boot stub's vectors, r2 and r3 = RAM (what the boot stub's
 * HYPSTUB_CALL_MEMORY said) and ip = the DTB; it keeps the first three in
 * its image and answers r0 = 0.
 *
 * No stack: the caller's ip is kept in HTPIDR (UNKNOWN to the caller and
 * to a payload), so a refused call gives back r1-r3 and ip unchanged, and
 * SP_hyp stays the boot stub's.
 *
 * Built with -DHYP_BUG_RESTART_KEEPS_VECTORS it has one bug: its
 * HVC_SOFT_RESTART leaves HVBAR at its own vectors instead of the boot
 * stub's. The kit must then fail [HYP-STUB-1].
 */
#include <hypstub/abi.h>

/* The kit's install call (doc/conformance-kit.md), not an ABI call. */
#define KIT_HYP_INIT 0x8600fe10

#define HSR_EC_SHIFT 26
#define HSR_EC_HVC 0x12
#define SCTLR_MCI_LOW 0x5		/* M and C */
#define SCTLR_MCI_HIGH 0x1000		/* I */

/* struct hyp_state, in the image. */
#define STATE_STUB_VECTORS 0
#define STATE_RAM_BASE 4
#define STATE_RAM_SIZE 8
#define STATE_READY 12

	.syntax unified
	.arm
	.arch_extension virt
	.text
	.global hyp_vectors
hyp_vectors:
	b	hyp_hang			@ reset
	b	hyp_hang			@ undefined
	b	hyp_hang			@ hvc from HYP
	b	hyp_hang			@ prefetch abort
	b	hyp_hang			@ data abort
	b	hyp_trap			@ hvc from PL1
	b	hyp_hang			@ irq
	b	hyp_hang			@ fiq

hyp_hang:
	b	hyp_hang

/* Clear M, C and I of SCTLR (op1 0) or HSCTLR (op1 4). Clobbers r0. */
.macro MMU_CACHES_OFF op1
	mrc	p15, \op1, r0, c1, c0, 0
	bic	r0, r0, #SCTLR_MCI_LOW
	bic	r0, r0, #SCTLR_MCI_HIGH
	mcr	p15, \op1, r0, c1, c0, 0
.endm

hyp_trap:
	mcr	p15, 4, ip, c13, c0, 2		@ HTPIDR = the caller's ip
	mrc	p15, 4, ip, c5, c2, 0		@ HSR
	lsr	ip, ip, #HSR_EC_SHIFT
	cmp	ip, #HSR_EC_HVC
	bne	hyp_hang			@ no trap is enabled: a bug
	mrc	p15, 4, ip, c5, c2, 0
	lsls	ip, ip, #16			@ the immediate, bits 15:0
	bne	hyp_stub_error			@ not a stub call ([IMM-1])
	ldr	ip, =hyp_state
	ldr	ip, [ip, #STATE_READY]
	cmp	ip, #0
	beq	hyp_first_call
	cmp	r0, #HVC_SET_VECTORS
	beq	hyp_stub_error			@ only the boot stub's call
	cmp	r0, #HVC_SOFT_RESTART
	beq	hyp_soft_restart
	cmp	r0, #HVC_RESET_VECTORS
	beq	hyp_reset_vectors
	cmp	r0, #HVC_STUB_HCALL_NR
	blo	hyp_stub_error			@ 3 and 4: reserved here
	ldr	ip, =HYPSTUB_CALL_UID
	cmp	r0, ip
	beq	hyp_uid
	ldr	ip, =HYPSTUB_CALL_REVISION
	cmp	r0, ip
	beq	hyp_revision
	ldr	ip, =HYPSTUB_CALL_QUERY
	cmp	r0, ip
	beq	hyp_query
	ldr	ip, =HYPSTUB_CALL_MEMORY
	cmp	r0, ip
	beq	hyp_memory
hyp_not_supported:
	ldr	r0, =SMCCC_RET_NOT_SUPPORTED	@ none of its calls ([HYP-CALLS-5])
	b	hyp_return
hyp_stub_error:
	ldr	r0, =HVC_STUB_ERR
hyp_return:
	mrc	p15, 4, ip, c13, c0, 2		@ the caller's ip back
	eret

/* Installed but not set up: only the kit's install call. */
hyp_first_call:
	ldr	ip, =KIT_HYP_INIT
	cmp	r0, ip
	bne	hyp_not_supported
	ldr	ip, =hyp_state
	str	r1, [ip, #STATE_STUB_VECTORS]
	str	r2, [ip, #STATE_RAM_BASE]
	str	r3, [ip, #STATE_RAM_SIZE]
	mov	r0, #1
	str	r0, [ip, #STATE_READY]
	mov	r0, #0
	b	hyp_return

/* Give HYP back to the boot stub: its vectors, the MMU off (it is). */
hyp_reset_vectors:
	ldr	ip, =hyp_state
	ldr	r0, [ip, #STATE_STUB_VECTORS]
	mcr	p15, 4, r0, c12, c0, 0		@ HVBAR
	mov	r0, #0
	str	r0, [ip, #STATE_READY]
	MMU_CACHES_OFF 4
	isb
	mov	r0, #0
	b	hyp_return

hyp_soft_restart:
	tst	r1, #3				@ ARM state, aligned
	bne	hyp_stub_error
	ldr	ip, =hyp_state			@ the word at r1 inside RAM
	ldr	ip, [ip, #STATE_RAM_BASE]
	subs	r0, r1, ip
	blo	hyp_stub_error
	ldr	ip, =hyp_state
	ldr	ip, [ip, #STATE_RAM_SIZE]
	sub	ip, ip, #4
	cmp	r0, ip
	bhi	hyp_stub_error
	cpsid	aif
	MMU_CACHES_OFF 4			@ HSCTLR
	MMU_CACHES_OFF 0			@ SCTLR
	mov	r0, #0
	mcr	p15, 4, r0, c1, c1, 0		@ HCR: no traps, as at boot
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	mcr	p15, 4, r0, c8, c7, 0		@ TLBIALLH
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL
	ldr	ip, =hyp_state
	str	r0, [ip, #STATE_READY]
#ifndef HYP_BUG_RESTART_KEEPS_VECTORS
	ldr	r0, [ip, #STATE_STUB_VECTORS]	@ the boot stub's vectors again
	mcr	p15, 4, r0, c12, c0, 0
#endif
	dsb
	isb
	/* In HYP: the payload gets r2, r3 and ip as r0, r1 and r2. */
	mov	r0, r2
	mov	lr, r1
	mov	r1, r3
	mrc	p15, 4, r2, c13, c0, 2
	bx	lr

hyp_uid:
	ldr	r0, =HYPSTUB_UUID_0
	ldr	r1, =HYPSTUB_UUID_1
	ldr	r2, =HYPSTUB_UUID_2
	ldr	r3, =HYPSTUB_UUID_3
	b	hyp_return

hyp_revision:
	mov	r0, #HYPSTUB_ABI_VERSION
	mov	r1, #0
	b	hyp_return

hyp_query:
	mov	r0, #0
	ldr	r1, =HYPSTUB_QUERY_MAGIC
	mov	r2, #HYPSTUB_ABI_VERSION
	mov	r3, #HYPSTUB_RESIDENT_HYP_CALLS
	mov	ip, #HYPSTUB_IMPL_RESIDENT_HYP
	eret

/* The boot stub's vectors and RAM, as it reported them. */
hyp_memory:
	ldr	ip, =hyp_state
	ldr	r1, [ip, #STATE_STUB_VECTORS]
	ldr	r2, [ip, #STATE_RAM_BASE]
	ldr	r3, [ip, #STATE_RAM_SIZE]
	mov	r0, #0
	b	hyp_return

	.ltorg

/* Its state, in the image itself (with the MMU off, code is writable). */
	.balign 4
hyp_state:
	.word	0, 0, 0, 0
