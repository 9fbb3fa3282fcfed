/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A version-0 AArch64 boot stub, as Linux's arm64 stub behaves (written
 * here from its documented behaviour, doc/hyp-abi.md section 12, not its
 * code): calls 0 to 4 as Linux numbers them, every other ID answered
 * HVC_STUB_ERR, the discovery calls included. Like it, it checks nothing:
 * HVC_SET_VECTORS takes any x1; HVC_SOFT_RESTART turns the EL2 MMU off,
 * moves x2-x4 to x0-x2 and branches to x1 (x3 kept, EL1 untouched);
 * HVC_RESET_VECTORS has nothing to reset; HVC_FINALISE_EL2 returns 0 (a
 * CPU without VHE); HVC_GET_ICH_VTR_EL2 reads ICH_VTR_EL2 whether or not
 * the CPU has the GICv3 system registers (without them the read is
 * UNDEFINED at EL2 and re-enters the same vector for ever); the hvc
 * immediate is ignored. The kit must run against it to the end, without a
 * hang (it never issues call 3 or 4 to version 0), and name each
 * deviation by its rule (tests/suite.d/kit.list).
 * Installed by the kit's protocol, like tests/kit/arm64/outside_stub.S.
 */
#include <hypstub/abi.h>

	.text
	.global v0_start
v0_start:
	b	v0_install

.macro SLOT offset, target
	.org	v0_vectors + \offset
	b	\target
.endm

	.balign 2048
v0_vectors:
	SLOT	0x000, v0_hang
	SLOT	0x080, v0_hang
	SLOT	0x100, v0_hang
	SLOT	0x180, v0_hang
	SLOT	0x200, v0_hang
	SLOT	0x280, v0_hang
	SLOT	0x300, v0_hang
	SLOT	0x380, v0_hang
	SLOT	0x400, v0_trap
	SLOT	0x480, v0_hang
	SLOT	0x500, v0_hang
	SLOT	0x580, v0_hang
	SLOT	0x600, v0_hang
	SLOT	0x680, v0_hang
	SLOT	0x700, v0_hang
	SLOT	0x780, v0_hang
	.org	v0_vectors + 2048

v0_hang:
	b	v0_hang

v0_install:
	adr	x1, v0_vectors
	msr	vbar_el2, x1
	mov	x1, #(1 << 31)			/* HCR_EL2.RW */
	msr	hcr_el2, x1
	mov	x1, #0x33ff
	msr	cptr_el2, x1
	msr	hstr_el2, xzr
	mov	x1, #3
	msr	cnthctl_el2, x1
	msr	cntvoff_el2, xzr
	mrs	x1, midr_el1
	msr	vpidr_el2, x1
	mrs	x1, mpidr_el1
	msr	vmpidr_el2, x1
	mrs	x1, pmcr_el0
	ubfx	x1, x1, #11, #5
	msr	mdcr_el2, x1
	ldr	x1, =0x30c50830			/* SCTLR_EL2: RES1, MMU off */
	msr	sctlr_el2, x1
	isb
	mov	x9, x0
	mov	x0, #0
	br	x9

v0_trap:
	cmp	x0, #HVC_SET_VECTORS
	b.ne	1f
	msr	vbar_el2, x1			/* whatever x1 is */
	b	v0_done
1:	cmp	x0, #HVC_SOFT_RESTART
	b.ne	2f
	mrs	x9, sctlr_el2
	bic	x9, x9, #1			/* EL2 MMU off */
	msr	sctlr_el2, x9
	isb
	mov	x0, x2
	mov	x2, x4
	mov	x4, x1
	mov	x1, x3
	br	x4				/* whatever x1 was */
2:	cmp	x0, #HVC_RESET_VECTORS
	b.eq	v0_done				/* the stub is already there */
	cmp	x0, #HVC_FINALISE_EL2
	b.eq	v0_done
	cmp	x0, #HVC_GET_ICH_VTR_EL2
	b.ne	3f
	mrs	x1, S3_4_C12_C11_1		/* ICH_VTR_EL2, unchecked */
	b	v0_done
3:	ldr	x0, =HVC_STUB_ERR
	eret
v0_done:
	isb
	mov	x0, #0
	eret
	.ltorg
