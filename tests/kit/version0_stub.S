/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A version-0 boot stub, as Linux's arm32 stubs behave (written here from
 * their documented behaviour, not their code): calls 0 to 2 only, every
 * other ID answered HVC_STUB_ERR, the discovery calls included. Like them
 * it checks nothing: HVC_SET_VECTORS takes any r1, HVC_SOFT_RESTART is a
 * bare branch to r1 (no register shuffle), and the hvc immediate is
 * ignored. The kit must run against it to the end, without a hang, and
 * name each of those deviations by its rule (tests/suite.d/kit.list).
 * Installed by the kit's protocol, like tests/kit/outside_stub.S.
 */
#include <hypstub/abi.h>

	.syntax unified
	.arm
	.arch_extension virt
	.text
	.global v0_start
v0_start:
	b	v0_install

	.balign 32
v0_vectors:
	b	v0_hang
	b	v0_hang
	b	v0_hang
	b	v0_hang
	b	v0_hang
	b	v0_trap
	b	v0_hang
	b	v0_hang

v0_hang:
	b	v0_hang

v0_install:
	adr	r1, v0_vectors
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	mov	r1, #0
	mcr	p15, 4, r1, c1, c1, 0		@ HCR
	mcr	p15, 4, r1, c1, c1, 3		@ HSTR
	mcr	p15, 4, r1, c1, c1, 2		@ HCPTR
	mcrr	p15, 4, r1, r1, c14		@ CNTVOFF
	mrc	p15, 4, r1, c14, c1, 0		@ CNTHCTL
	orr	r1, r1, #3
	mcr	p15, 4, r1, c14, c1, 0
	mrc	p15, 0, r1, c0, c0, 0
	mcr	p15, 4, r1, c0, c0, 0		@ VPIDR
	mrc	p15, 0, r1, c0, c0, 5
	mcr	p15, 4, r1, c0, c0, 5		@ VMPIDR
	mrc	p15, 0, r1, c9, c12, 0
	ubfx	r1, r1, #11, #5
	mcr	p15, 4, r1, c1, c1, 1		@ HDCR
	isb
	mov	ip, r0
	mov	r0, #0
	bx	ip

v0_trap:
	cmp	r0, #HVC_SET_VECTORS
	bne	1f
	mcr	p15, 4, r1, c12, c0, 0		@ whatever r1 is
	b	v0_done
1:	cmp	r0, #HVC_SOFT_RESTART
	bne	2f
	bx	r1				@ whatever r1 is
2:	cmp	r0, #HVC_RESET_VECTORS
	bne	3f
	adr	r0, v0_vectors
	mcr	p15, 4, r0, c12, c0, 0
	b	v0_done
3:	ldr	r0, =HVC_STUB_ERR
	eret
v0_done:
	isb
	mov	r0, #0
	eret
	.ltorg
