/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A boot loader that leaves EL2 dirty, for tests/target/arm64/dirty_boot.c:
 * installed with HVC_SET_VECTORS, it answers an hvc with x0 = DIRTY64_BOOT
 * by writing junk into the EL2 control registers the boot entry must reset
 * ([A64-BOOT-2]), and into VTTBR_EL2 and VTCR_EL2, and entering
 * hypstub_entry at EL2 as an arm64 boot loader would (x0 = the DTB, x1 = x2
 * = x3 = 0, DAIF masked). The junk is visible to a probe but harmless if
 * left: no trap the kernel would take before it reports, no stage 2, no
 * big-endian EL2. An hvc with x0 = DIRTY64_READ returns VTTBR_EL2 in x1,
 * VTCR_EL2 in x2 and HCR_EL2 in x3, puts VBAR_EL2 back to x1's value and
 * returns; with x0 = DIRTY64_CACHES it sets SCTLR_EL2.C and I (the MMU
 * still off: EL2's data accesses stay non-cacheable) and does the same.
 * Both clobber x0-x3.
 */
#include <arch/arm64/asm.h>
#include <arch/arm64/vectors.h>
#include <arch/arm64/sysreg.h>
#include <plat/platform.h>
#include "dirty64.h"

	.text

.macro STUCK offset
VECTOR_SLOT dirty64_vectors, \offset
1:	b	1b
.endm

VECTOR_TABLE_START dirty64_vectors
STUCK EL2_VECTOR_CURRENT_SP0_SYNC
STUCK EL2_VECTOR_CURRENT_SP0_IRQ
STUCK EL2_VECTOR_CURRENT_SP0_FIQ
STUCK EL2_VECTOR_CURRENT_SP0_SERROR
STUCK EL2_VECTOR_CURRENT_SPX_SYNC
STUCK EL2_VECTOR_CURRENT_SPX_IRQ
STUCK EL2_VECTOR_CURRENT_SPX_FIQ
STUCK EL2_VECTOR_CURRENT_SPX_SERROR
VECTOR_SLOT dirty64_vectors, EL2_VECTOR_LOWER64_SYNC
	b	dirty64_hvc
STUCK EL2_VECTOR_LOWER64_IRQ
STUCK EL2_VECTOR_LOWER64_FIQ
STUCK EL2_VECTOR_LOWER64_SERROR
STUCK EL2_VECTOR_LOWER32_SYNC
STUCK EL2_VECTOR_LOWER32_IRQ
STUCK EL2_VECTOR_LOWER32_FIQ
STUCK EL2_VECTOR_LOWER32_SERROR
VECTOR_TABLE_END dirty64_vectors

LOCAL_CODE_START dirty64_hvc
	ldr	x2, =DIRTY64_READ
	cmp	x0, x2
	b.ne	1f
	msr	vbar_el2, x1
	mrs	x1, vttbr_el2
	mrs	x2, vtcr_el2
	mrs	x3, hcr_el2
	isb
	mov	x0, #0
	eret
1:	ldr	x2, =DIRTY64_CACHES
	cmp	x0, x2
	b.ne	3f
	msr	vbar_el2, x1
	mrs	x0, sctlr_el2
	orr	x0, x0, #SCTLR_C
	orr	x0, x0, #SCTLR_I
	msr	sctlr_el2, x0
	isb
	mov	x0, #0
	eret
3:	ldr	x2, =DIRTY64_BOOT
	cmp	x0, x2
	b.eq	2f
	mov	x0, #-1
	eret
2:	ldr	x0, =DIRTY64_HCR
	msr	hcr_el2, x0
	mov	x0, #DIRTY64_HSTR
	msr	hstr_el2, x0
	ldr	x0, =DIRTY64_CPTR
	msr	cptr_el2, x0
	mov	x0, #DIRTY64_MDCR
	msr	mdcr_el2, x0
	mov	x0, #DIRTY64_CNTHCTL
	msr	cnthctl_el2, x0
	ldr	x0, =DIRTY64_CNTVOFF
	msr	cntvoff_el2, x0
	ldr	x0, =DIRTY64_VPIDR
	msr	vpidr_el2, x0
	ldr	x0, =DIRTY64_VMPIDR
	msr	vmpidr_el2, x0
	ldr	x0, =DIRTY64_VTTBR
	msr	vttbr_el2, x0
	ldr	x0, =DIRTY64_VTCR
	msr	vtcr_el2, x0
	mrs	x0, sctlr_el2
	ldr	x1, =DIRTY64_SCTLR_SET
	orr	x0, x0, x1
	msr	sctlr_el2, x0
	isb
	msr	daifset, #0xf
	ldr	x0, =PLAT_DTB_ADDR
	mov	x1, xzr
	mov	x2, xzr
	mov	x3, xzr
	ldr	x4, =hypstub_entry
	br	x4
SYM_END dirty64_hvc
