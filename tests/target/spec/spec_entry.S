/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch32 spec kernel's assembly: the payload entry that snapshots the
 * state HVC_SOFT_RESTART left (doc/hyp-abi.md, section 5) before anything
 * else runs, a Thumb caller, and a secondary CPU that only counts.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include "spec.h"

	.syntax unified
	.arm
	.arch_extension virt
	.arch_extension sec
	.text

/* The banked registers of the other PL1 modes, in SNAP_BANKED order. */
.macro EACH_BANKED op
	\op	sp_irq, 0
	\op	lr_irq, 1
	\op	spsr_irq, 2
	\op	sp_abt, 3
	\op	lr_abt, 4
	\op	spsr_abt, 5
	\op	sp_und, 6
	\op	lr_und, 7
	\op	spsr_und, 8
	\op	r8_fiq, 9
	\op	r9_fiq, 10
	\op	r10_fiq, 11
	\op	r11_fiq, 12
	\op	r12_fiq, 13
	\op	sp_fiq, 14
	\op	lr_fiq, 15
	\op	spsr_fiq, 16
.endm

.macro SAVE_BANKED reg, index
	mrs	r2, \reg
	str	r2, [r6, #(4 * \index)]
.endm

.macro LOAD_BANKED reg, index
	ldr	r2, [r4, #(4 * \index)]
	msr	\reg, r2
.endm

/*
 * Entered in HYP by HVC_SOFT_RESTART. Touches nothing but r3-r7, r12 and
 * the snapshot, then enters the image again at hypstub_entry with r0-r2 as
 * they arrived, so the boot record sees them too.
 */
CODE_START spec_payload_entry
	ldr	r3, =spec_snapshot
	str	r0, [r3, #(4 * SNAP_R0)]
	str	r1, [r3, #(4 * SNAP_R1)]
	str	r2, [r3, #(4 * SNAP_R2)]
	mov	r7, r2
	mrs	r4, cpsr
	str	r4, [r3, #(4 * SNAP_CPSR)]
	mrc	p15, 4, r4, c1, c0, 0		@ HSCTLR
	str	r4, [r3, #(4 * SNAP_HSCTLR)]
	mrc	p15, 4, r4, c1, c1, 0		@ HCR
	str	r4, [r3, #(4 * SNAP_HCR)]
	mrc	p15, 4, r4, c1, c1, 3		@ HSTR
	str	r4, [r3, #(4 * SNAP_HSTR)]
	mrc	p15, 4, r4, c1, c1, 2		@ HCPTR
	str	r4, [r3, #(4 * SNAP_HCPTR)]
	mrc	p15, 4, r4, c1, c1, 1		@ HDCR
	str	r4, [r3, #(4 * SNAP_HDCR)]
	mrc	p15, 4, r4, c14, c1, 0		@ CNTHCTL
	str	r4, [r3, #(4 * SNAP_CNTHCTL)]
	mrrc	p15, 4, r4, r5, c14		@ CNTVOFF
	str	r4, [r3, #(4 * SNAP_CNTVOFF_LOW)]
	str	r5, [r3, #(4 * SNAP_CNTVOFF_HIGH)]
	mrc	p15, 4, r4, c0, c0, 0		@ VPIDR
	str	r4, [r3, #(4 * SNAP_VPIDR)]
	mrc	p15, 4, r4, c0, c0, 5		@ VMPIDR
	str	r4, [r3, #(4 * SNAP_VMPIDR)]
	mrc	p15, 0, r4, c0, c0, 0		@ MIDR
	str	r4, [r3, #(4 * SNAP_MIDR)]
	mrc	p15, 0, r4, c0, c0, 5		@ MPIDR
	str	r4, [r3, #(4 * SNAP_MPIDR)]
	mrc	p15, 0, r4, c9, c12, 0		@ PMCR
	str	r4, [r3, #(4 * SNAP_PMCR)]
	mrc	p15, 4, r4, c12, c0, 0		@ HVBAR
	str	r4, [r3, #(4 * SNAP_HVBAR)]
	mrc	p15, 0, r4, c1, c0, 0		@ SCTLR
	str	r4, [r3, #(4 * SNAP_SCTLR)]
	mrc	p15, 0, r4, c12, c0, 0		@ VBAR
	str	r4, [r3, #(4 * SNAP_VBAR)]
	mrc	p15, 0, r4, c2, c0, 0		@ TTBR0
	str	r4, [r3, #(4 * SNAP_TTBR0)]
	mrc	p15, 0, r4, c2, c0, 1		@ TTBR1
	str	r4, [r3, #(4 * SNAP_TTBR1)]
	mrc	p15, 0, r4, c2, c0, 2		@ TTBCR
	str	r4, [r3, #(4 * SNAP_TTBCR)]
	mrc	p15, 0, r4, c3, c0, 0		@ DACR
	str	r4, [r3, #(4 * SNAP_DACR)]
	mrc	p15, 0, r4, c10, c2, 0		@ PRRR
	str	r4, [r3, #(4 * SNAP_PRRR)]
	mrc	p15, 0, r4, c10, c2, 1		@ NMRR
	str	r4, [r3, #(4 * SNAP_NMRR)]
	mrc	p15, 0, r4, c13, c0, 1		@ CONTEXTIDR
	str	r4, [r3, #(4 * SNAP_CONTEXTIDR)]
	mrc	p15, 0, r4, c13, c0, 2		@ TPIDRURW
	str	r4, [r3, #(4 * SNAP_TPIDRURW)]
	mrc	p15, 0, r4, c13, c0, 3		@ TPIDRURO
	str	r4, [r3, #(4 * SNAP_TPIDRURO)]
	mrc	p15, 0, r4, c13, c0, 4		@ TPIDRPRW
	str	r4, [r3, #(4 * SNAP_TPIDRPRW)]
	add	r6, r3, #(4 * SNAP_BANKED)
	EACH_BANKED SAVE_BANKED
	ldr	r4, =SNAP_TAKEN_MAGIC
	str	r4, [r3, #(4 * SNAP_TAKEN)]
	mov	r2, r7
	b	hypstub_entry
SYM_END spec_payload_entry

/* void spec_banked_write(const uint32_t *values): from SVC, IRQs masked. */
FUNC_START spec_banked_write
	push	{r4, lr}
	mov	r4, r0
	EACH_BANKED LOAD_BANKED
	pop	{r4, pc}
SYM_END spec_banked_write

/* void spec_banked_read(uint32_t *values): the same registers, read. */
FUNC_START spec_banked_read
	push	{r6, lr}
	mov	r6, r0
	EACH_BANKED SAVE_BANKED
	pop	{r6, pc}
SYM_END spec_banked_read

/*
 * void spec_thumb_hvc(uint32_t *regs): r0-r3 and ip from regs[0..4], hvc #0
 * in Thumb state, results back; regs[5] = 0x7407 only when the instructions
 * after the hvc ran as Thumb code (MRS reads CPSR.T as 0: the marker is the
 * proof), regs[6] = CPSR after the call.
 */
	.thumb
	.thumb_func
	.global spec_thumb_hvc
	.type spec_thumb_hvc, %function
spec_thumb_hvc:
	push	{r4, r5, lr}
	mov	r4, r0
	ldr	ip, [r4, #16]
	ldr	r3, [r4, #12]
	ldr	r2, [r4, #8]
	ldr	r1, [r4, #4]
	ldr	r0, [r4, #0]
	hvc	#0
	movw	r5, #0x7407
	str	r0, [r4, #0]
	str	r1, [r4, #4]
	str	r2, [r4, #8]
	str	r3, [r4, #12]
	str	ip, [r4, #16]
	str	r5, [r4, #20]
	mrs	r5, cpsr
	str	r5, [r4, #24]
	pop	{r4, r5, pc}
	.size spec_thumb_hvc, . - spec_thumb_hvc
	.arm

/* A secondary CPU started in HYP: counts for ever, touching no stack. */
CODE_START spec_spin_entry
	cpsid	aif
	ldr	r0, =spec_spin_count
1:	ldr	r1, [r0]
	add	r1, r1, #1
	str	r1, [r0]
	dsb	sy
	b	1b
SYM_END spec_spin_entry

	.data
	.balign 4
	.global spec_snapshot
spec_snapshot:
	.space	4 * SNAP_WORDS
	.global spec_spin_count
spec_spin_count:
	.word	0
