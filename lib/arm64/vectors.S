/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * EL1 exception vectors of the AArch64 test kernels: every slot saves the
 * general registers, ELR_EL1 and SPSR_EL1, calls kernel_exception64(slot
 * offset, frame) and returns with eret if it returns.
 */
#include <arch/arm64/asm.h>

#define FRAME_ELR (31 * 8)
#define FRAME_SPSR (32 * 8)
#define FRAME_SIZE (34 * 8)

	.text

.macro KERNEL_SLOT offset
VECTOR_SLOT kernel_vectors64, \offset
	sub	sp, sp, #FRAME_SIZE
	stp	x0, x1, [sp, #0]
	mov	x0, #\offset
	b	kernel_exception_entry
.endm

VECTOR_TABLE_START kernel_vectors64
KERNEL_SLOT 0x000
KERNEL_SLOT 0x080
KERNEL_SLOT 0x100
KERNEL_SLOT 0x180
KERNEL_SLOT 0x200
KERNEL_SLOT 0x280
KERNEL_SLOT 0x300
KERNEL_SLOT 0x380
KERNEL_SLOT 0x400
KERNEL_SLOT 0x480
KERNEL_SLOT 0x500
KERNEL_SLOT 0x580
KERNEL_SLOT 0x600
KERNEL_SLOT 0x680
KERNEL_SLOT 0x700
KERNEL_SLOT 0x780
VECTOR_TABLE_END kernel_vectors64

/* x0 = slot offset; x0 and x1 of the interrupted code are in the frame. */
LOCAL_CODE_START kernel_exception_entry
	stp	x2, x3, [sp, #16]
	stp	x4, x5, [sp, #32]
	stp	x6, x7, [sp, #48]
	stp	x8, x9, [sp, #64]
	stp	x10, x11, [sp, #80]
	stp	x12, x13, [sp, #96]
	stp	x14, x15, [sp, #112]
	stp	x16, x17, [sp, #128]
	stp	x18, x19, [sp, #144]
	stp	x20, x21, [sp, #160]
	stp	x22, x23, [sp, #176]
	stp	x24, x25, [sp, #192]
	stp	x26, x27, [sp, #208]
	stp	x28, x29, [sp, #224]
	str	x30, [sp, #240]
	mrs	x1, elr_el1
	str	x1, [sp, #FRAME_ELR]
	mrs	x1, spsr_el1
	str	x1, [sp, #FRAME_SPSR]
	mov	x1, sp
	bl	kernel_exception64
	ldr	x1, [sp, #FRAME_ELR]
	msr	elr_el1, x1
	ldr	x1, [sp, #FRAME_SPSR]
	msr	spsr_el1, x1
	ldp	x2, x3, [sp, #16]
	ldp	x4, x5, [sp, #32]
	ldp	x6, x7, [sp, #48]
	ldp	x8, x9, [sp, #64]
	ldp	x10, x11, [sp, #80]
	ldp	x12, x13, [sp, #96]
	ldp	x14, x15, [sp, #112]
	ldp	x16, x17, [sp, #128]
	ldp	x18, x19, [sp, #144]
	ldp	x20, x21, [sp, #160]
	ldp	x22, x23, [sp, #176]
	ldp	x24, x25, [sp, #192]
	ldp	x26, x27, [sp, #208]
	ldp	x28, x29, [sp, #224]
	ldr	x30, [sp, #240]
	ldp	x0, x1, [sp, #0]
	add	sp, sp, #FRAME_SIZE
	eret
SYM_END kernel_exception_entry
