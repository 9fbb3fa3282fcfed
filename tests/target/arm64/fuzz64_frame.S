/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 fuzzer's hvc (tests/target/arm64/fuzz64.c): x0-x4 and NZCV
 * from a struct frame64, x19-x30 set to patterns, then a branch to one of
 * the hvc sites, each "hvc #imm; b back", and x0-x30, sp, NZCV and DAIF
 * recorded after the call. The immediate is part of the instruction, so
 * there is one site per immediate; the last site is rewritten for any
 * immediate (fuzz64_set_immediate()). The branch to the site goes through
 * x16, which a call may clobber anyway.
 */
#include <arch/arm64/asm.h>
#include "test64.h"

#define SAVED 96
#define OUT_BYTES (8 * F64_OUT_WORDS + 8)

	.text

/* void fuzz64_hvc(struct frame64 *frame, const uint32_t *site) */
FUNC_START fuzz64_hvc
	stp	x29, x30, [sp, #-SAVED]!
	stp	x19, x20, [sp, #16]
	stp	x21, x22, [sp, #32]
	stp	x23, x24, [sp, #48]
	stp	x25, x26, [sp, #64]
	stp	x27, x28, [sp, #80]
	sub	sp, sp, #16
	str	x0, [sp]			/* the frame */
	mov	x16, x1				/* the site */
	mov	x1, sp
	str	x1, [x0, #F64_SP_BEFORE]
	ldr	x19, =F64_PATTERN(19)
	ldr	x20, =F64_PATTERN(20)
	ldr	x21, =F64_PATTERN(21)
	ldr	x22, =F64_PATTERN(22)
	ldr	x23, =F64_PATTERN(23)
	ldr	x24, =F64_PATTERN(24)
	ldr	x25, =F64_PATTERN(25)
	ldr	x26, =F64_PATTERN(26)
	ldr	x27, =F64_PATTERN(27)
	ldr	x28, =F64_PATTERN(28)
	ldr	x29, =F64_PATTERN(29)
	ldr	x30, =F64_PATTERN(30)
	ldr	x1, [x0, #F64_NZCV]
	msr	nzcv, x1
	ldr	x4, [x0, #32]
	ldp	x2, x3, [x0, #16]
	ldr	x1, [x0, #8]
	ldr	x0, [x0]
	br	x16
fuzz64_back:
	sub	sp, sp, #OUT_BYTES		/* x0-x30 (and a pad) */
	stp	x0, x1, [sp, #0]
	mrs	x0, nzcv			/* before anything sets flags */
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
	ldr	x1, [sp, #OUT_BYTES]		/* the frame */
	str	x0, [x1, #F64_NZCV_AFTER]
	mrs	x0, daif
	str	x0, [x1, #F64_DAIF_AFTER]
	add	x0, sp, #OUT_BYTES
	str	x0, [x1, #F64_SP_AFTER]
	add	x4, x1, #F64_OUT
	mov	x2, #0
1:	ldr	x3, [sp, x2, lsl #3]
	str	x3, [x4, x2, lsl #3]
	add	x2, x2, #1
	cmp	x2, #F64_OUT_WORDS
	b.lo	1b
	add	sp, sp, #OUT_BYTES
	add	sp, sp, #16
	ldp	x19, x20, [sp, #16]
	ldp	x21, x22, [sp, #32]
	ldp	x23, x24, [sp, #48]
	ldp	x25, x26, [sp, #64]
	ldp	x27, x28, [sp, #80]
	ldp	x29, x30, [sp], #SAVED
	ret
SYM_END fuzz64_hvc

/*
 * The sites, 8 bytes each. fuzz64.c reads each one's immediate from its
 * instruction, so this list is the only place the immediates are named.
 */
	.balign	8
	.global	fuzz64_sites
fuzz64_sites:
	.irp	immediate, 0, 0, 0, 0, 0, 0, 1, 2, 3, 4, 0xea0, 0xea1, 0x1234, 0x7fff, 0x8000, 0xa5a5, 0xc0de, 0xfffe, 0xffff, 0
	hvc	#\immediate
	b	fuzz64_back
	.endr
fuzz64_sites_end:

	.section .rodata
	.balign	8
	.global	fuzz64_site_count
fuzz64_site_count:
	.quad	(fuzz64_sites_end - fuzz64_sites) / 8
