/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The black-box kernel's entry, in HYP: hand HYP to the implementation under
 * test by the kit's install protocol (doc/conformance-kit.md), record what it
 * returned with, then drop to SVC and run the suite (tests/kit/blackbox.c).
 * Also the pads a soft restart may enter: the payload the suite asks for, and
 * the landing pads of entries that must never be reached.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include "kit.h"

	.syntax unified
	.arm
	.arch_extension virt
	.section .text.entry, "ax", %progbits

CODE_START kit_entry
	cpsid	aif
	mrs	r0, cpsr
	ldr	r1, =kit_entry_cpsr
	str	r0, [r1]
	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	mov	r2, #0
1:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	1b
	mrs	r0, cpsr
	and	r0, r0, #PSR_MODE_MASK
	cmp	r0, #PSR_MODE_HYP
	bne	.Lin_pl1			@ not in HYP: kit_main says so

	ldr	sp, =kit_hyp_stack_end
	bl	kit_hyp_before_install		@ start dirty
	ldr	r0, =KIT_IMPL_ADDR_WORD
	ldr	r0, [r0]
	cmp	r0, #0
	ldreq	r0, =KIT_IMPL_DEFAULT_ADDR
	ldr	r1, =kit_impl_entry
	str	r0, [r1]
	ldr	r1, =kit_install
	str	sp, [r1, #KIT_INSTALL_SP_BEFORE]
	/* The protocol: r4-r11 and sp come back as they were. */
	ldr	r4, =0x04040404
	ldr	r5, =0x05050505
	ldr	r6, =0x06060606
	ldr	r7, =0x07070707
	ldr	r8, =0x08080808
	ldr	r9, =0x09090909
	ldr	r10, =0x0a0a0a0a
	ldr	r11, =0x0b0b0b0b
	mov	ip, r0
	adr	r0, .Lreturned
	mov	lr, r0
	ldr	r1, =PLAT_DTB_ADDR
	mov	r2, #0
	mov	r3, #0
	bx	ip

.Lreturned:
	ldr	ip, =kit_install
	str	r0, [ip, #KIT_INSTALL_RESULT]
	str	sp, [ip, #KIT_INSTALL_SP_AFTER]
	mrs	r0, cpsr
	str	r0, [ip, #KIT_INSTALL_CPSR]
	add	ip, ip, #KIT_INSTALL_R4
	stmia	ip, {r4-r11}
	cpsid	aif
	and	r0, r0, #PSR_MODE_MASK
	cmp	r0, #PSR_MODE_HYP
	bne	.Lin_pl1			@ came back in another mode
	ldr	sp, =kit_hyp_stack_end
	bl	kit_hyp_after_install
	adr	r0, .Lin_svc
	b	kit_drop_to_svc

.Lin_pl1:
	cps	#PSR_MODE_SVC
.Lin_svc:
	ldr	sp, =kit_svc_stack_end
	bl	kit_main
	b	kit_park
SYM_END kit_entry

/* In HYP: continue at r0 in SVC with A, I and F masked. */
LOCAL_CODE_START kit_drop_to_svc
	msr	elr_hyp, r0
	mov	r0, #(PSR_MODE_SVC | PSR_AIF_MASK)
	msr	spsr_cxsf, r0
	eret
SYM_END kit_drop_to_svc

CODE_START kit_park
	cpsid	aif
1:	wfi
	b	1b
SYM_END kit_park

/*
 * The payload of the suite's own soft restart: record what it entered with,
 * back to SVC, and on with the suite (kit_restarted()).
 */
CODE_START kit_payload
	ldr	ip, =kit_arrival
	str	r0, [ip, #KIT_ARRIVAL_R0]
	str	r1, [ip, #KIT_ARRIVAL_R1]
	str	r2, [ip, #KIT_ARRIVAL_R2]
	mrs	r0, cpsr
	str	r0, [ip, #KIT_ARRIVAL_CPSR]
	and	r0, r0, #PSR_MODE_MASK
	cmp	r0, #PSR_MODE_HYP
	bne	2f
	mrc	p15, 4, r0, c1, c0, 0		@ HSCTLR
	str	r0, [ip, #KIT_ARRIVAL_HSCTLR]
	mrc	p15, 4, r0, c12, c0, 0		@ HVBAR
	str	r0, [ip, #KIT_ARRIVAL_HVBAR]
	mrc	p15, 4, r0, c1, c1, 0		@ HCR
	str	r0, [ip, #KIT_ARRIVAL_HCR]
2:	mrc	p15, 0, r0, c1, c0, 0		@ SCTLR
	str	r0, [ip, #KIT_ARRIVAL_SCTLR]
	ldr	r0, [ip, #KIT_ARRIVAL_COUNT]
	add	r0, r0, #1
	str	r0, [ip, #KIT_ARRIVAL_COUNT]
	cpsid	aif
	ldr	r0, [ip, #KIT_ARRIVAL_CPSR]
	and	r0, r0, #PSR_MODE_MASK
	cmp	r0, #PSR_MODE_HYP
	bne	3f
	adr	r0, 3f
	b	kit_drop_to_svc
3:	cps	#PSR_MODE_SVC
	ldr	sp, =kit_svc_stack_end
	bl	kit_restarted
	b	kit_park
SYM_END kit_payload

/* An entry a refused call must not reach: report it and end the machine. */
CODE_START kit_landing
	mov	r2, r1
	mov	r1, r0
	adr	r0, kit_landing
	ldr	sp, =kit_landing_stack_end
	bl	kit_landed
	b	kit_park
SYM_END kit_landing

/* The same for a Thumb entry (bit 0 set), at either halfword. */
	.thumb
	.balign 4
	.global kit_landing_thumb
	.type kit_landing_thumb, %notype
kit_landing_thumb:
	nop
	nop
	mov	r2, r1
	mov	r1, r0
	ldr	r0, =kit_landing_thumb
	ldr	r3, =kit_landing_stack_end
	mov	sp, r3
	ldr	r3, =kit_landed
	blx	r3
1:	b	1b
	.ltorg
	SYM_END kit_landing_thumb
	.arm

/*
 * A HYP vector table that must never be installed (the suite hands it to
 * calls that must refuse it): every slot of 64 bytes, so a misaligned HVBAR
 * lands in it too, answers KIT_CATCH_MAGIC and puts HVBAR back.
 */
	.balign 64
CODE_START kit_catch_vectors
	.rept	16
	b	kit_catch_handler
	.endr
SYM_END kit_catch_vectors

LOCAL_CODE_START kit_catch_handler
	ldr	r0, =kit_catch_count
	ldr	r1, [r0]
	add	r1, r1, #1
	str	r1, [r0]
	ldr	r1, =kit_catch_return_hvbar
	ldr	r1, [r1]
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	isb
	ldr	r0, =KIT_CATCH_MAGIC
	eret
SYM_END kit_catch_handler

	.data
	.balign 4
	.global kit_entry_cpsr, kit_impl_entry, kit_install, kit_arrival
	.global kit_catch_return_hvbar, kit_catch_count
kit_entry_cpsr:
	.word	0
kit_impl_entry:
	.word	0
kit_catch_return_hvbar:
	.word	0
kit_catch_count:
	.word	0
kit_install:
	.space	KIT_INSTALL_SIZE
kit_arrival:
	.space	KIT_ARRIVAL_SIZE

	.bss
	.balign 8
	.space	8192
kit_hyp_stack_end:
	.space	8192
kit_svc_stack_end:
	.space	2048
kit_landing_stack_end:
