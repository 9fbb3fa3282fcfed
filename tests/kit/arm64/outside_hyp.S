/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * An outside resident hypervisor, AArch64: written against doc/hyp-abi.md
 * (section 8 above all), <hypstub/abi.h> (the numbers) and the kit's
 * install protocol for hypervisors (doc/conformance-kit.md,
 * [KIT-HYP-INSTALL-1]) alone, linked with nothing of this project, and run
 * by the conformance kit as a raw image over a boot stub. It is the
 * smallest hypervisor the kit passes: nVHE and KVM-style, it enables no
 * trap and no stage 2 and has no call of its own; it only keeps every
 * promise a hypervisor makes to the kernel above it. Copy it to start
 * your own.
 *
 * Install: the image starts with its EL2 vectors (2 KiB aligned). The
 * kernel installs them with HVC_SET_VECTORS through the boot stub, then
 * issues KIT_HYP_INIT with x1 = the boot stub's vectors, x2 and x3 = RAM
 * (what the boot stub's HYPSTUB_CALL_MEMORY said) and x4 = the DTB; it
 * keeps the first three in its image and answers x0 = 0.
 *
 * No stack: it works in x9-x12 ([A64-CALL-1] lets a call change x5-x18),
 * so a refused call gives back x1-x4 unchanged and SP_EL2 stays the boot
 * stub's.
 *
 * Built with -DHYP_BUG_RESTART_KEEPS_VECTORS it has one bug: its
 * HVC_SOFT_RESTART leaves VBAR_EL2 at its own vectors instead of the boot
 * stub's. The kit must then fail [HYP-STUB-1].
 */
#include <hypstub/abi.h>

/* The kit's install call (doc/conformance-kit.md), not an ABI call. */
#define KIT_HYP_INIT 0x8600fe10

#define ESR_EC_SHIFT 26
#define ESR_EC_HVC64 0x16
#define ESR_IMM_MASK 0xffff
#define HCR_RW (1 << 31)
#define SPSR_EL2H_DAIF 0x3c9		/* EL2h, D, A, I and F masked */
#define TABLE_SIZE 2048

/* struct hyp_state, in the image. */
#define STATE_STUB_VECTORS 0
#define STATE_RAM_BASE 8
#define STATE_RAM_SIZE 16
#define STATE_READY 24

	.text
.macro SLOT offset, target
	.org	hyp_vectors + \offset
	b	\target
.endm

	.global hyp_vectors
hyp_vectors:
	SLOT	0x000, hyp_hang			/* current EL, SP_EL0 */
	SLOT	0x080, hyp_hang
	SLOT	0x100, hyp_hang
	SLOT	0x180, hyp_hang
	SLOT	0x200, hyp_hang			/* current EL, SP_EL2 */
	SLOT	0x280, hyp_hang
	SLOT	0x300, hyp_hang
	SLOT	0x380, hyp_hang
	SLOT	0x400, hyp_trap			/* lower EL, AArch64: sync */
	SLOT	0x480, hyp_hang
	SLOT	0x500, hyp_hang
	SLOT	0x580, hyp_hang
	SLOT	0x600, hyp_hang			/* lower EL, AArch32 */
	SLOT	0x680, hyp_hang
	SLOT	0x700, hyp_hang
	SLOT	0x780, hyp_hang
	.org	hyp_vectors + TABLE_SIZE

hyp_hang:
	b	hyp_hang

/* Clear M, C and I of SCTLR_\el. Clobbers x9. */
.macro MMU_CACHES_OFF el
	mrs	x9, sctlr_\el
	bic	x9, x9, #1			/* M */
	bic	x9, x9, #4			/* C */
	bic	x9, x9, #0x1000			/* I */
	msr	sctlr_\el, x9
.endm

/* The ID is all of x0, compared in 64 bits. */
hyp_trap:
	mrs	x9, esr_el2
	lsr	x10, x9, #ESR_EC_SHIFT
	cmp	x10, #ESR_EC_HVC64
	b.ne	hyp_hang			/* no trap is enabled: a bug */
	tst	x9, #ESR_IMM_MASK
	b.ne	hyp_stub_error			/* not a stub call ([IMM-1]) */
	adr	x10, hyp_state
	ldr	x11, [x10, #STATE_READY]
	cbz	x11, hyp_first_call
	cmp	x0, #HVC_SET_VECTORS
	b.eq	hyp_stub_error			/* only the boot stub's call */
	cmp	x0, #HVC_SOFT_RESTART
	b.eq	hyp_soft_restart
	cmp	x0, #HVC_RESET_VECTORS
	b.eq	hyp_reset_vectors
	cmp	x0, #HVC_GET_ICH_VTR_EL2
	b.eq	hyp_ich_vtr
	cmp	x0, #HVC_STUB_HCALL_NR
	b.lo	hyp_stub_error			/* 3: HVC_FINALISE_EL2 */
	ldr	x11, =HYPSTUB_CALL_UID
	cmp	x0, x11
	b.eq	hyp_uid
	ldr	x11, =HYPSTUB_CALL_REVISION
	cmp	x0, x11
	b.eq	hyp_revision
	ldr	x11, =HYPSTUB_CALL_QUERY
	cmp	x0, x11
	b.eq	hyp_query
	ldr	x11, =HYPSTUB_CALL_MEMORY
	cmp	x0, x11
	b.eq	hyp_memory
hyp_not_supported:
	ldr	x0, =SMCCC_RET_NOT_SUPPORTED	/* none of its calls ([HYP-CALLS-5]) */
	eret
hyp_stub_error:
	ldr	x0, =HVC_STUB_ERR
	eret

/* Installed but not set up: only the kit's install call. */
hyp_first_call:
	ldr	x11, =KIT_HYP_INIT
	cmp	x0, x11
	b.ne	hyp_not_supported
	str	x1, [x10, #STATE_STUB_VECTORS]
	str	x2, [x10, #STATE_RAM_BASE]
	str	x3, [x10, #STATE_RAM_SIZE]
	mov	x11, #1
	str	x11, [x10, #STATE_READY]
	mov	x0, #0
	eret

/* Give EL2 back to the boot stub: its vectors, the MMU off (it is). */
hyp_reset_vectors:
	ldr	x11, [x10, #STATE_STUB_VECTORS]
	msr	vbar_el2, x11
	str	xzr, [x10, #STATE_READY]
	MMU_CACHES_OFF el2
	isb
	mov	x0, #0
	eret

hyp_soft_restart:
	tst	x1, #3				/* aligned, the word in RAM */
	b.ne	hyp_stub_error
	ldr	x11, [x10, #STATE_RAM_BASE]
	subs	x12, x1, x11
	b.lo	hyp_stub_error
	ldr	x11, [x10, #STATE_RAM_SIZE]
	sub	x11, x11, #4
	cmp	x12, x11
	b.hi	hyp_stub_error
	MMU_CACHES_OFF el2
	MMU_CACHES_OFF el1
	isb
	mov	x11, #HCR_RW			/* no traps, as at boot */
	msr	hcr_el2, x11
	ic	iallu
	tlbi	alle2
	tlbi	vmalle1
	dsb	sy
	str	xzr, [x10, #STATE_READY]
#ifndef HYP_BUG_RESTART_KEEPS_VECTORS
	ldr	x11, [x10, #STATE_STUB_VECTORS]	/* the boot stub's again */
	msr	vbar_el2, x11
#endif
	isb
	/* Stay at EL2, masked: the payload gets x2, x3, x4 as x0, x1, x2. */
	msr	elr_el2, x1
	mov	x11, #SPSR_EL2H_DAIF
	msr	spsr_el2, x11
	mov	x0, x2
	mov	x1, x3
	mov	x2, x4
	mov	x3, #0
	eret

/* Only with the GICv3 system registers: without, the read is UNDEFINED. */
hyp_ich_vtr:
	mrs	x11, id_aa64pfr0_el1
	ubfx	x11, x11, #24, #4
	cbz	x11, hyp_stub_error
	mrs	x1, S3_4_C12_C11_1		/* ICH_VTR_EL2 */
	mov	x0, #0
	eret

hyp_uid:
	ldr	x0, =HYPSTUB_UUID_0
	ldr	x1, =HYPSTUB_UUID_1
	ldr	x2, =HYPSTUB_UUID_2
	ldr	x3, =HYPSTUB_UUID_3
	eret

hyp_revision:
	mov	x0, #HYPSTUB_ABI_VERSION
	mov	x1, #0
	eret

hyp_query:
	mov	x0, #0
	ldr	x1, =HYPSTUB_QUERY_MAGIC
	mov	x2, #HYPSTUB_ABI_VERSION
	mov	x3, #HYPSTUB_RESIDENT_HYP_CALLS
	mov	x4, #HYPSTUB_IMPL_RESIDENT_HYP
	eret

/* The boot stub's vectors and RAM, as it reported them. */
hyp_memory:
	ldr	x1, [x10, #STATE_STUB_VECTORS]
	ldr	x2, [x10, #STATE_RAM_BASE]
	ldr	x3, [x10, #STATE_RAM_SIZE]
	mov	x0, #0
	eret

	.ltorg

/* Its state, in the image itself (with the MMU off, code is writable). */
	.balign 8
hyp_state:
	.quad	0, 0, 0, 0
