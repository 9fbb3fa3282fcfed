/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A boot loader that leaves HYP dirty, for tests/target/dirty_boot.c:
 * installed with HVC_SET_VECTORS, it answers the next hvc by writing junk
 * into the HYP control registers the boot entry must reset ([BOOT-3]) and
 * entering hypstub_entry in HYP as a Linux boot loader would (r0 = 0,
 * r1 = 0xffffffff, r2 = the DTB). The junk is visible to a probe but
 * harmless if left: no bit that would stop the kernel from reporting.
 */
#include <arch/arm/asm.h>
#include <plat/platform.h>

	.syntax unified
	.arm
	.arch_extension virt
	.text

VECTOR_TABLE_START dirty_vectors
VECTOR_SLOT dirty_vectors, 0x00
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x04
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x08
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x0c
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x10
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x14
	b	dirty_hyp
VECTOR_SLOT dirty_vectors, 0x18
	b	probe_unexpected
VECTOR_SLOT dirty_vectors, 0x1c
	b	probe_unexpected
VECTOR_TABLE_END dirty_vectors

LOCAL_CODE_START dirty_hyp
	ldr	r0, =(1 << 21)			@ HCR.TAC: trap ACTLR
	mcr	p15, 4, r0, c1, c1, 0		@ HCR
	ldr	r0, =(1 << 15)			@ HSTR.T15: trap CP15 c15
	mcr	p15, 4, r0, c1, c1, 3		@ HSTR
	ldr	r0, =(1 << 20)			@ HCPTR.TTA: trap trace
	mcr	p15, 4, r0, c1, c1, 2		@ HCPTR
	ldr	r0, =(1 << 11)			@ HDCR.TDRA, HPMN 0
	mcr	p15, 4, r0, c1, c1, 1		@ HDCR
	ldr	r0, =(1 << 2)			@ CNTHCTL.EVNTEN, no PL1 access
	mcr	p15, 4, r0, c14, c1, 0		@ CNTHCTL
	ldr	r0, =0x89abcdef
	ldr	r1, =0x1234
	mcrr	p15, 4, r0, r1, c14		@ CNTVOFF
	ldr	r0, =0x410fc0f9
	mcr	p15, 4, r0, c0, c0, 0		@ VPIDR: another CPU's MIDR
	ldr	r0, =0x80000f0f
	mcr	p15, 4, r0, c0, c0, 5		@ VMPIDR: another CPU's MPIDR
	mrc	p15, 4, r0, c1, c0, 0
	orr	r0, r0, #(1 << 19)		@ HSCTLR.WXN
	mcr	p15, 4, r0, c1, c0, 0
	isb
	mov	r0, #0
	mvn	r1, #0
	ldr	r2, =PLAT_DTB_ADDR
	ldr	r3, =hypstub_entry
	bx	r3
SYM_END dirty_hyp
