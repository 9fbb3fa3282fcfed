/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * An outside boot stub: written against doc/hyp-abi.md, <hypstub/abi.h>
 * (the numbers) and the kit's install protocol (doc/conformance-kit.md)
 * alone, linked with nothing of this project, and run by the conformance
 * kit as a raw image. It is the smallest stub the kit passes; copy it to
 * start your own.
 *
 * Install: entered in HYP at its first byte with r0 = where to return, r1 =
 * the DTB. It installs its vectors, puts HYP in the state of [BOOT-3] and
 * returns to r0 in HYP with r0 = 0, r4-r11 and sp as they were.
 *
 * Its RAM is fixed at build time (STUB_RAM_BASE, STUB_RAM_SIZE: QEMU's virt
 * machine with -m 128M); a real stub reads it from the DTB. Its restart does
 * no cache maintenance: QEMU models no caches, and the kit cannot see it.
 *
 * Built with -DSTUB_BUG_IGNORE_IMMEDIATE it has one bug: it takes any hvc
 * for a stub call, whatever its immediate. The kit must then fail [IMM-1].
 */
#include <hypstub/abi.h>

#ifndef STUB_RAM_BASE
#define STUB_RAM_BASE 0x40000000
#endif
#ifndef STUB_RAM_SIZE
#define STUB_RAM_SIZE 0x08000000
#endif

#define HSR_EC_SHIFT 26
#define HSR_EC_HVC 0x12
#define HSR_IMM_MASK 0xffff
#define MODE_HYP_AIF 0x1da
#define SCTLR_MCI 0x1005		/* M, C and I */
#define HSCTLR_CLEAR 0x42081007		/* M, A, C, I, WXN, EE, TE */

	.syntax unified
	.arm
	.arch_extension virt
	.text
	.global stub_start
stub_start:
	b	stub_install

	.balign 32
stub_vectors:
	b	stub_hang			@ reset
	b	stub_hang			@ undefined
	b	stub_hang			@ hvc from HYP
	b	stub_hang			@ prefetch abort
	b	stub_hang			@ data abort
	b	stub_trap			@ hvc from PL1
	b	stub_hang			@ irq
	b	stub_hang			@ fiq

stub_hang:
	b	stub_hang

/* r0 = return address. Clobbers r1-r3, ip. */
stub_install:
	adr	r1, stub_vectors
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	mov	r1, #0
	mcr	p15, 4, r1, c1, c1, 0		@ HCR: no traps, no stage 2
	mcr	p15, 4, r1, c1, c1, 3		@ HSTR
	mcr	p15, 4, r1, c1, c1, 2		@ HCPTR
	mcrr	p15, 4, r1, r1, c14		@ CNTVOFF = 0
	mrc	p15, 4, r1, c14, c1, 0		@ CNTHCTL: PL1 counter, timer
	orr	r1, r1, #3
	mcr	p15, 4, r1, c14, c1, 0
	mrc	p15, 0, r1, c0, c0, 0		@ VPIDR = MIDR
	mcr	p15, 4, r1, c0, c0, 0
	mrc	p15, 0, r1, c0, c0, 5		@ VMPIDR = MPIDR
	mcr	p15, 4, r1, c0, c0, 5
	mrc	p15, 0, r1, c9, c12, 0		@ HDCR = PMCR.N: PL1 owns them all
	ubfx	r1, r1, #11, #5
	mcr	p15, 4, r1, c1, c1, 1
	mrc	p15, 4, r1, c1, c0, 0		@ HSCTLR: MMU, caches, checks off,
	ldr	r2, =HSCTLR_CLEAR		@ little-endian, ARM exceptions
	bic	r1, r1, r2
	mcr	p15, 4, r1, c1, c0, 0
	isb
	mov	ip, r0
	mov	r0, #0
	bx	ip

/* Branch to fail unless the bytes at reg lie in RAM. Clobbers r0, ip. */
.macro IN_RAM reg, bytes, fail
	ldr	ip, =STUB_RAM_BASE
	subs	r0, \reg, ip
	blo	\fail
	ldr	ip, =(STUB_RAM_SIZE - \bytes)
	cmp	r0, ip
	bhi	\fail
.endm

/*
 * hvc from PL1. SP_hyp (this stub needs no stack) keeps the caller's ip,
 * which a refused call and some discovery calls must leave as it was.
 */
stub_trap:
	mov	sp, ip
	mrc	p15, 4, ip, c5, c2, 0		@ HSR
	lsr	ip, ip, #HSR_EC_SHIFT
	cmp	ip, #HSR_EC_HVC
	bne	stub_error
#ifndef STUB_BUG_IGNORE_IMMEDIATE
	mrc	p15, 4, ip, c5, c2, 0
	lsls	ip, ip, #16			@ the immediate, bits 15:0
	bne	stub_error
#endif
	cmp	r0, #HVC_SET_VECTORS
	beq	stub_set_vectors
	cmp	r0, #HVC_SOFT_RESTART
	beq	stub_soft_restart
	cmp	r0, #HVC_RESET_VECTORS
	beq	stub_reset_vectors
	ldr	ip, =HYPSTUB_CALL_UID
	cmp	r0, ip
	beq	stub_uid
	ldr	ip, =HYPSTUB_CALL_REVISION
	cmp	r0, ip
	beq	stub_revision
	ldr	ip, =HYPSTUB_CALL_QUERY
	cmp	r0, ip
	beq	stub_query
	ldr	ip, =HYPSTUB_CALL_MEMORY
	cmp	r0, ip
	beq	stub_memory
stub_error:
	mov	ip, sp
	ldr	r0, =HVC_STUB_ERR
	eret

stub_set_vectors:
	tst	r1, #31
	bne	stub_error
	IN_RAM	r1, 32, stub_error
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	isb
	mov	r0, #0
	eret

stub_reset_vectors:
	adr	r0, stub_vectors
	mcr	p15, 4, r0, c12, c0, 0
	mrc	p15, 4, r0, c1, c0, 0		@ HSCTLR: MMU off
	bic	r0, r0, #1
	mcr	p15, 4, r0, c1, c0, 0
	isb
	mov	r0, #0
	eret

stub_soft_restart:
	tst	r1, #3
	bne	stub_error
	IN_RAM	r1, 4, stub_error
	cpsid	aif
	mrc	p15, 4, r0, c1, c0, 0		@ HYP MMU and caches off
	bic	r0, r0, #(SCTLR_MCI & 0xff)
	bic	r0, r0, #(SCTLR_MCI & 0xff00)
	mcr	p15, 4, r0, c1, c0, 0
	mrc	p15, 0, r0, c1, c0, 0		@ PL1 MMU and caches off
	bic	r0, r0, #(SCTLR_MCI & 0xff)
	bic	r0, r0, #(SCTLR_MCI & 0xff00)
	mcr	p15, 0, r0, c1, c0, 0
	mov	r0, #0
	mcr	p15, 0, r0, c7, c5, 0		@ ICIALLU
	mcr	p15, 0, r0, c7, c5, 6		@ BPIALL
	mcr	p15, 4, r0, c8, c7, 0		@ TLBIALLH
	mcr	p15, 0, r0, c8, c7, 0		@ TLBIALL
	adr	r0, stub_vectors
	mcr	p15, 4, r0, c12, c0, 0
	dsb
	isb
	/* Stay in HYP: the payload gets r2, r3, ip as r0, r1, r2. */
	mov	r0, r2
	mov	lr, r1
	mov	r1, r3
	mov	r2, sp				@ the caller's ip
	bx	lr

stub_uid:
	ldr	r0, =HYPSTUB_UUID_0
	ldr	r1, =HYPSTUB_UUID_1
	ldr	r2, =HYPSTUB_UUID_2
	ldr	r3, =HYPSTUB_UUID_3
	mov	ip, sp
	eret

stub_revision:
	mov	r0, #HYPSTUB_ABI_VERSION
	mov	r1, #0
	mov	ip, sp
	eret

stub_query:
	mov	r0, #0
	ldr	r1, =HYPSTUB_QUERY_MAGIC
	mov	r2, #HYPSTUB_ABI_VERSION
	mov	r3, #HYPSTUB_BOOT_STUB_CALLS
	mov	ip, #HYPSTUB_IMPL_BOOT_STUB
	eret

stub_memory:
	mov	r0, #0
	adr	r1, stub_vectors
	ldr	r2, =STUB_RAM_BASE
	ldr	r3, =STUB_RAM_SIZE
	eret

	.ltorg
