/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A version-0 resident hypervisor on AArch64, as KVM's nVHE host side
 * behaves (written here from its documented behaviour, doc/hyp-abi.md
 * section 12, not its code), installed by the kit's protocol
 * ([KIT-HYP-INSTALL-1]) like tests/kit/arm64/outside_hyp.S. It answers
 * HVC_SET_VECTORS, HVC_FINALISE_EL2 and HVC_GET_ICH_VTR_EL2 with
 * HVC_STUB_ERR; HVC_RESET_VECTORS turns the EL2 MMU off and puts the boot
 * stub back; HVC_SOFT_RESTART does the same, moves x2-x4 to x0-x2 and
 * branches to x1 unchecked (x3 kept, EL1 untouched); the discovery calls
 * and every other ID answer SMCCC_RET_NOT_SUPPORTED; it dispatches on x0
 * alone, whatever the hvc immediate. The kit must run against it to the
 * end without a hang, see a version-0 hypervisor (it issues it no
 * discovery call after the UID and no call 3 or 4) and name each deviation
 * by its rule (tests/suite.d/kit.list).
 */
#include <hypstub/abi.h>

/* The kit's install call (doc/conformance-kit.md), not an ABI call. */
#define KIT_HYP_INIT 0x8600fe10

#define STATE_STUB_VECTORS 0
#define STATE_READY 8

	.text
.macro SLOT offset, target
	.org	kvm_vectors + \offset
	b	\target
.endm

	.global kvm_vectors
kvm_vectors:
	SLOT	0x000, kvm_hang
	SLOT	0x080, kvm_hang
	SLOT	0x100, kvm_hang
	SLOT	0x180, kvm_hang
	SLOT	0x200, kvm_hang
	SLOT	0x280, kvm_hang
	SLOT	0x300, kvm_hang
	SLOT	0x380, kvm_hang
	SLOT	0x400, kvm_trap
	SLOT	0x480, kvm_hang
	SLOT	0x500, kvm_hang
	SLOT	0x580, kvm_hang
	SLOT	0x600, kvm_hang
	SLOT	0x680, kvm_hang
	SLOT	0x700, kvm_hang
	SLOT	0x780, kvm_hang
	.org	kvm_vectors + 2048

kvm_hang:
	b	kvm_hang

kvm_trap:
	adr	x10, kvm_state
	ldr	x11, [x10, #STATE_READY]
	cbz	x11, kvm_first_call
	cmp	x0, #HVC_SOFT_RESTART
	b.eq	kvm_soft_restart
	cmp	x0, #HVC_RESET_VECTORS
	b.eq	kvm_reset_vectors
	cmp	x0, #HVC_STUB_HCALL_NR
	b.lo	kvm_stub_error			/* 0, 3 and 4 */
kvm_not_supported:
	ldr	x0, =SMCCC_RET_NOT_SUPPORTED
	eret
kvm_stub_error:
	ldr	x0, =HVC_STUB_ERR
	eret

kvm_first_call:
	ldr	x11, =KIT_HYP_INIT
	cmp	x0, x11
	b.ne	kvm_not_supported
	str	x1, [x10, #STATE_STUB_VECTORS]
	mov	x11, #1
	str	x11, [x10, #STATE_READY]
	mov	x0, #0
	eret

/* The EL2 MMU off (it is) and the boot stub's vectors back. */
.macro GIVE_BACK
	mrs	x9, sctlr_el2
	bic	x9, x9, #1
	msr	sctlr_el2, x9
	ldr	x11, [x10, #STATE_STUB_VECTORS]
	msr	vbar_el2, x11
	str	xzr, [x10, #STATE_READY]
	isb
.endm

kvm_reset_vectors:
	GIVE_BACK
	mov	x0, #0
	eret

kvm_soft_restart:
	GIVE_BACK
	mov	x0, x2
	mov	x2, x4
	mov	x4, x1
	mov	x1, x3
	br	x4				/* whatever x1 was */

	.ltorg
	.balign 8
kvm_state:
	.quad	0, 0
