/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * An outside AArch64 boot stub: written against doc/hyp-abi.md,
 * <hypstub/abi.h> (the numbers) and the kit's install protocol
 * (doc/conformance-kit.md, [A64-KIT-INSTALL-1]) alone, linked with nothing
 * of this project, and run by the conformance kit as a raw image. It is the
 * smallest AArch64 stub the kit passes; copy it to start your own.
 *
 * Install: entered at EL2 at its first byte with x0 = where to return, x1 =
 * the DTB. It installs its vectors, puts EL2 in the state of [A64-BOOT-2]
 * and returns to x0 at EL2 with x0 = 0, x19-x29 and sp as they were. It
 * uses no memory at all: no stack, no data.
 *
 * Its RAM is fixed at build time (STUB_RAM_BASE, STUB_RAM_SIZE: QEMU's virt
 * machine with -m 128M); a real stub reads it from the DTB. Its restart does
 * no data cache maintenance by set/way: QEMU models no caches, and the kit
 * cannot see it; a stub for real hardware must do it ([SOFT-RESTART-3]).
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

#define ESR_EC_SHIFT 26
#define ESR_EC_HVC64 0x16
#define ESR_IMM_MASK 0xffff
#define HCR_RW (1 << 31)
#define CPTR_RES1 0x33ff		/* and TFP, TTA, TCPAC clear */
#define SCTLR_EL2_RES1 0x30c50830	/* M, A, SA, C, I, WXN, EE clear */
#define SPSR_EL2H_DAIF 0x3c9		/* EL2h, D, A, I and F masked */
#define TABLE_SIZE 2048

	.text
	.global stub_start
stub_start:
	b	stub_install

/* Sixteen slots of 128 bytes; only an hvc from AArch64 EL1 is expected. */
.macro SLOT offset, target
	.org	stub_vectors + \offset
	b	\target
.endm

	.balign TABLE_SIZE
stub_vectors:
	SLOT	0x000, stub_hang		/* current EL, SP_EL0 */
	SLOT	0x080, stub_hang
	SLOT	0x100, stub_hang
	SLOT	0x180, stub_hang
	SLOT	0x200, stub_hang		/* current EL, SP_EL2 */
	SLOT	0x280, stub_hang
	SLOT	0x300, stub_hang
	SLOT	0x380, stub_hang
	SLOT	0x400, stub_trap		/* lower EL, AArch64: sync */
	SLOT	0x480, stub_hang
	SLOT	0x500, stub_hang
	SLOT	0x580, stub_hang
	SLOT	0x600, stub_hang		/* lower EL, AArch32 */
	SLOT	0x680, stub_hang
	SLOT	0x700, stub_hang
	SLOT	0x780, stub_hang
	.org	stub_vectors + TABLE_SIZE

stub_hang:
	b	stub_hang

/* x0 = return address. Clobbers x1, x9. */
stub_install:
	adr	x1, stub_vectors
	msr	vbar_el2, x1
	mov	x1, #HCR_RW			/* no traps, no stage 2, no VHE */
	msr	hcr_el2, x1
	mov	x1, #CPTR_RES1
	msr	cptr_el2, x1
	msr	hstr_el2, xzr
	mov	x1, #3				/* EL1PCTEN, EL1PCEN */
	msr	cnthctl_el2, x1
	msr	cntvoff_el2, xzr
	mrs	x1, midr_el1
	msr	vpidr_el2, x1
	mrs	x1, mpidr_el1
	msr	vmpidr_el2, x1
	mrs	x1, pmcr_el0			/* HPMN = PMCR_EL0.N: EL1 owns */
	ubfx	x1, x1, #11, #5			/* every counter, no traps */
	msr	mdcr_el2, x1
	ldr	x1, =SCTLR_EL2_RES1
	msr	sctlr_el2, x1
	isb
	mov	x9, x0
	mov	x0, #0
	br	x9

/* Branch to fail unless the bytes at reg lie in RAM. Clobbers x10, x11. */
.macro IN_RAM reg, bytes, fail
	ldr	x10, =STUB_RAM_BASE
	subs	x11, \reg, x10
	b.lo	\fail
	ldr	x10, =(STUB_RAM_SIZE - \bytes)
	cmp	x11, x10
	b.hi	\fail
.endm

/*
 * hvc from EL1. The ID is all of x0, compared in 64 bits; only x9-x11 are
 * used, so a refused call leaves x1-x4 as they were ([ERR-1]).
 */
stub_trap:
	mrs	x9, esr_el2
	lsr	x10, x9, #ESR_EC_SHIFT
	cmp	x10, #ESR_EC_HVC64
	b.ne	stub_hang			/* no trap is enabled: a bug */
#ifndef STUB_BUG_IGNORE_IMMEDIATE
	tst	x9, #ESR_IMM_MASK
	b.ne	stub_error
#endif
	cmp	x0, #HVC_SET_VECTORS
	b.eq	stub_set_vectors
	cmp	x0, #HVC_SOFT_RESTART
	b.eq	stub_soft_restart
	cmp	x0, #HVC_RESET_VECTORS
	b.eq	stub_reset_vectors
	cmp	x0, #HVC_GET_ICH_VTR_EL2
	b.eq	stub_ich_vtr
	ldr	x10, =HYPSTUB_CALL_UID
	cmp	x0, x10
	b.eq	stub_uid
	ldr	x10, =HYPSTUB_CALL_REVISION
	cmp	x0, x10
	b.eq	stub_revision
	ldr	x10, =HYPSTUB_CALL_QUERY
	cmp	x0, x10
	b.eq	stub_query
	ldr	x10, =HYPSTUB_CALL_MEMORY
	cmp	x0, x10
	b.eq	stub_memory
stub_error:
	ldr	x0, =HVC_STUB_ERR
	eret

stub_set_vectors:
	tst	x1, #(TABLE_SIZE - 1)
	b.ne	stub_error
	IN_RAM	x1, TABLE_SIZE, stub_error
	msr	vbar_el2, x1
	isb
	mov	x0, #0
	eret

stub_reset_vectors:
	adr	x9, stub_vectors
	msr	vbar_el2, x9
	mrs	x9, sctlr_el2			/* MMU and caches off */
	bic	x9, x9, #1			/* M */
	bic	x9, x9, #4			/* C */
	bic	x9, x9, #0x1000			/* I */
	msr	sctlr_el2, x9
	isb
	mov	x0, #0
	eret

stub_soft_restart:
	tst	x1, #3
	b.ne	stub_error
	IN_RAM	x1, 4, stub_error
	mrs	x9, sctlr_el2			/* EL2 MMU and caches off */
	bic	x9, x9, #1
	bic	x9, x9, #4
	bic	x9, x9, #0x1000
	msr	sctlr_el2, x9
	mrs	x9, sctlr_el1			/* EL1 MMU and caches off */
	bic	x9, x9, #1
	bic	x9, x9, #4
	bic	x9, x9, #0x1000
	msr	sctlr_el1, x9
	isb
	ic	iallu
	tlbi	alle2
	tlbi	vmalle1
	dsb	sy
	isb
	adr	x9, stub_vectors
	msr	vbar_el2, x9
	/* Stay at EL2, masked: the payload gets x2, x3, x4 as x0, x1, x2. */
	msr	elr_el2, x1
	mov	x9, #SPSR_EL2H_DAIF
	msr	spsr_el2, x9
	mov	x0, x2
	mov	x1, x3
	mov	x2, x4
	mov	x3, #0
	eret

/* Only with the GICv3 system registers: without, the read is UNDEFINED. */
stub_ich_vtr:
	mrs	x9, id_aa64pfr0_el1
	ubfx	x9, x9, #24, #4
	cbz	x9, stub_error
	mrs	x1, S3_4_C12_C11_1		/* ICH_VTR_EL2 */
	mov	x0, #0
	eret

stub_uid:
	ldr	x0, =HYPSTUB_UUID_0
	ldr	x1, =HYPSTUB_UUID_1
	ldr	x2, =HYPSTUB_UUID_2
	ldr	x3, =HYPSTUB_UUID_3
	eret

stub_revision:
	mov	x0, #HYPSTUB_ABI_VERSION
	mov	x1, #0
	eret

stub_query:
	mov	x0, #0
	ldr	x1, =HYPSTUB_QUERY_MAGIC
	mov	x2, #HYPSTUB_ABI_VERSION
	mov	x3, #HYPSTUB_BOOT_STUB_CALLS
	mov	x4, #HYPSTUB_IMPL_BOOT_STUB
	eret

stub_memory:
	mov	x0, #0
	adr	x1, stub_vectors
	ldr	x2, =STUB_RAM_BASE
	ldr	x3, =STUB_RAM_SIZE
	eret

	.ltorg
