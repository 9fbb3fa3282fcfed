/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 black-box kernel's entry, at EL2: dirty EL2, hand it to the
 * implementation under test by the kit's install protocol
 * ([A64-KIT-INSTALL-1], doc/conformance-kit.md), record what it returned
 * with, then drop to EL1 and run the suite (tests/kit/arm64/blackbox64.c).
 * Also the pads a soft restart may enter: the payload the suite asks for,
 * and the landing pad of entries that must never be reached; and the catch
 * table, a VBAR_EL2 that must never be installed.
 */
#include <arch/arm64/asm.h>
#include "kit64.h"

#define CURRENT_EL_EL2 (2 << 2)
#define ESR_EC_SHIFT 26
#define ESR_EC_HVC64 0x16

	.section .text.entry, "ax", %progbits

CODE_START kit_entry
	msr	daifset, #0xf
	mrs	x0, CurrentEL
	ldr	x1, =kit_entry_current_el
	str	x0, [x1]
	ldr	x1, =__bss_start
	ldr	x2, =__bss_end
1:	cmp	x1, x2
	b.hs	2f
	str	xzr, [x1], #8
	b	1b
2:	cmp	x0, #CURRENT_EL_EL2
	b.ne	.Lat_el1			/* not at EL2: kit_main says so */

	ldr	x0, =kit_el2_stack_end
	mov	sp, x0
	bl	kit_el2_before_install		/* x0 = the image's entry */
	mov	x9, x0
	ldr	x10, =kit_install
	mov	x11, sp
	str	x11, [x10, #KIT_INSTALL_SP_BEFORE]
	/* The protocol: x19-x29 and sp come back as they were. */
	ldr	x19, =KIT_PATTERN(19)
	ldr	x20, =KIT_PATTERN(20)
	ldr	x21, =KIT_PATTERN(21)
	ldr	x22, =KIT_PATTERN(22)
	ldr	x23, =KIT_PATTERN(23)
	ldr	x24, =KIT_PATTERN(24)
	ldr	x25, =KIT_PATTERN(25)
	ldr	x26, =KIT_PATTERN(26)
	ldr	x27, =KIT_PATTERN(27)
	ldr	x28, =KIT_PATTERN(28)
	ldr	x29, =KIT_PATTERN(29)
	adr	x0, .Lreturned
	mov	x30, x0
	ldr	x1, =PLAT_DTB_ADDR
	mov	x2, #0
	mov	x3, #0
	br	x9

.Lreturned:
	ldr	x9, =kit_install_returned
	mov	x10, #1
	str	x10, [x9]
	ldr	x9, =kit_install
	str	x0, [x9, #KIT_INSTALL_RESULT]
	mov	x10, sp
	str	x10, [x9, #KIT_INSTALL_SP_AFTER]
	mrs	x10, CurrentEL
	str	x10, [x9, #KIT_INSTALL_CURRENT_EL]
	mrs	x11, daif
	str	x11, [x9, #KIT_INSTALL_DAIF]
	add	x11, x9, #KIT_INSTALL_X19
	stp	x19, x20, [x11]
	stp	x21, x22, [x11, #16]
	stp	x23, x24, [x11, #32]
	stp	x25, x26, [x11, #48]
	stp	x27, x28, [x11, #64]
	str	x29, [x11, #80]
	msr	daifset, #0xf
	cmp	x10, #CURRENT_EL_EL2
	b.ne	.Lat_el1			/* came back at another EL */
	ldr	x0, =kit_el2_stack_end
	mov	sp, x0
	bl	kit_el2_after_install
	adr	x0, .Lat_el1
	b	kit_drop_to_el1

.Lat_el1:
	ldr	x0, =kit_el1_stack_end
	mov	sp, x0
	bl	kit_main
	b	kit_park
SYM_END kit_entry

/* At EL2: continue at x0 at EL1h with D, A, I and F masked. */
LOCAL_CODE_START kit_drop_to_el1
	msr	elr_el2, x0
	mov	x0, #SPSR_EL1H_MASKED
	msr	spsr_el2, x0
	eret
SYM_END kit_drop_to_el1

CODE_START kit_park
	msr	daifset, #0xf
1:	wfi
	b	1b
SYM_END kit_park

/*
 * The payload of the suite's own soft restart: record what it entered with
 * (the system registers in C, at EL2), back to EL1, and on with the suite
 * (kit_restarted()).
 */
CODE_START kit_payload
	ldr	x9, =kit_arrival
	stp	x0, x1, [x9, #KIT_ARRIVAL_X0]
	stp	x2, x3, [x9, #KIT_ARRIVAL_X0 + 16]
	mrs	x10, CurrentEL
	str	x10, [x9, #KIT_ARRIVAL_CURRENT_EL]
	mrs	x11, daif
	str	x11, [x9, #KIT_ARRIVAL_DAIF]
	mrs	x11, spsel
	str	x11, [x9, #KIT_ARRIVAL_SPSEL]
	ldr	x11, [x9, #KIT_ARRIVAL_COUNT]
	add	x11, x11, #1
	str	x11, [x9, #KIT_ARRIVAL_COUNT]
	msr	daifset, #0xf
	cmp	x10, #CURRENT_EL_EL2
	b.ne	1f
	msr	spsel, #1
	ldr	x0, =kit_el2_stack_end
	mov	sp, x0
	bl	kit_el2_payload
	adr	x0, 1f
	b	kit_drop_to_el1
1:	ldr	x0, =kit_el1_stack_end
	mov	sp, x0
	bl	kit_restarted
	b	kit_park
SYM_END kit_payload

/* An entry a refused call must not reach: report it and end the machine. */
CODE_START kit_landing
	mov	x2, x1
	mov	x1, x0
	adr	x0, kit_landing
	ldr	x9, =kit_landing_stack_end
	mov	sp, x9
	bl	kit_landed
	b	kit_park
SYM_END kit_landing

/*
 * A VBAR_EL2 that must never be installed (the suite hands it to calls that
 * must refuse it; the kit also leaves it in VBAR_EL2 before the install):
 * 4 KiB of branches, so a misaligned VBAR_EL2 in its first 2 KiB lands in
 * it too, whether the CPU masks the low bits or not. An hvc answers
 * KIT_CATCH_MAGIC and puts VBAR_EL2 back; anything else ends the boot.
 */
	.balign 2048
CODE_START kit_catch_vectors
	.rept	KIT_CATCH_SIZE / 4
	b	kit_catch_handler
	.endr
SYM_END kit_catch_vectors

LOCAL_CODE_START kit_catch_handler
	mrs	x0, esr_el2
	lsr	x1, x0, #ESR_EC_SHIFT
	cmp	x1, #ESR_EC_HVC64
	b.ne	1f
	ldr	x0, =kit_catch_count
	ldr	x1, [x0]
	add	x1, x1, #1
	str	x1, [x0]
	ldr	x1, =kit_catch_return_vbar
	ldr	x1, [x1]
	msr	vbar_el2, x1
	isb
	ldr	x0, =KIT_CATCH_MAGIC
	eret
1:	mrs	x1, elr_el2
	ldr	x9, =kit_landing_stack_end
	mov	sp, x9
	bl	kit_catch_unexpected
	b	kit_park
SYM_END kit_catch_handler

	.data
	.balign 8
	.global kit_entry_current_el, kit_install, kit_arrival
	.global kit_catch_return_vbar, kit_catch_count, kit_install_returned
kit_entry_current_el:
	.quad	0
kit_install_returned:
	.quad	0
kit_catch_return_vbar:
	.quad	0
kit_catch_count:
	.quad	0
kit_install:
	.space	KIT_INSTALL_SIZE
kit_arrival:
	.space	KIT_ARRIVAL_SIZE

	.bss
	.balign 16
	.space	8192
kit_el2_stack_end:
	.space	16384
kit_el1_stack_end:
	.space	4096
kit_landing_stack_end:
