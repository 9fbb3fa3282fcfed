/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * hvc with every register under the test's control: r0-r3, ip and the flags
 * from the frame, r4-r11 and lr set to known patterns, and every register
 * recorded after the call, so the C side can check what the call changed.
 */
#include <arch/arm/asm.h>
#include "test_kernel.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

.macro HVC_FRAME name, immediate, label=
FUNC_START hvc_frame_\name
	push	{r4-r11, lr}
	push	{r0, r1}			@ the frame, and padding
	ldr	r1, [r0, #FRAME_IN_FLAGS]
	msr	cpsr_f, r1
	str	sp, [r0, #FRAME_SP_BEFORE]
	ldr	r1, =FRAME_LR_USR_PATTERN
	msr	lr_usr, r1
	ldr	r4, =FRAME_PATTERN(4)
	ldr	r5, =FRAME_PATTERN(5)
	ldr	r6, =FRAME_PATTERN(6)
	ldr	r7, =FRAME_PATTERN(7)
	ldr	r8, =FRAME_PATTERN(8)
	ldr	r9, =FRAME_PATTERN(9)
	ldr	r10, =FRAME_PATTERN(10)
	ldr	r11, =FRAME_PATTERN(11)
	ldr	lr, =FRAME_LR_PATTERN
	ldr	ip, [r0, #FRAME_IN_IP]
	ldr	r3, [r0, #FRAME_IN_R3]
	ldr	r2, [r0, #FRAME_IN_R2]
	ldr	r1, [r0, #FRAME_IN_R1]
	ldr	r0, [r0, #FRAME_IN_R0]
	.ifnb \label
	.global \label
\label:
	.endif
	hvc	#\immediate
	push	{r0-r12, lr}			@ 14 words; the flags stay
	mrs	r0, cpsr
	ldr	r1, [sp, #(4 * FRAME_OUT_WORDS)]
	str	r0, [r1, #FRAME_CPSR_AFTER]
	mrs	r0, lr_usr
	str	r0, [r1, #FRAME_LR_USR_AFTER]
	add	r0, sp, #(4 * FRAME_OUT_WORDS)
	str	r0, [r1, #FRAME_SP_AFTER]
	add	r1, r1, #FRAME_OUT
	mov	r2, #0
1:	ldr	r3, [sp, r2, lsl #2]
	str	r3, [r1, r2, lsl #2]
	add	r2, r2, #1
	cmp	r2, #FRAME_OUT_WORDS
	blo	1b
	add	sp, sp, #(4 * FRAME_OUT_WORDS)
	pop	{r0, r1}
	pop	{r4-r11, pc}
SYM_END hvc_frame_\name
.endm

HVC_FRAME imm_0, 0
HVC_FRAME imm_1, 1
HVC_FRAME imm_ea1, 0xea1
HVC_FRAME imm_ffff, 0xffff
/* More for the fuzzer: the immediate is part of the instruction. */
HVC_FRAME imm_2, 2
HVC_FRAME imm_ea0, 0xea0
HVC_FRAME imm_1234, 0x1234
HVC_FRAME imm_7fff, 0x7fff
HVC_FRAME imm_8000, 0x8000
HVC_FRAME imm_a5a5, 0xa5a5
HVC_FRAME imm_c0de, 0xc0de
HVC_FRAME imm_fffe, 0xfffe
/*
 * For any immediate: hvc_frame_set_immediate() rewrites this one's hvc
 * instruction (the test kernels run with the MMU off, .text writable).
 */
HVC_FRAME imm_dynamic, 0, hvc_frame_dynamic_instruction
