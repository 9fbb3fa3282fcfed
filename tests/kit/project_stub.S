/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * This project's own boot stub (the library's stub_hyp_install() and its
 * HYP vectors) as a kit image: the install protocol ([KIT-INSTALL-1]) in
 * ten instructions, linked with libhypstub.a at 0x40800000, .bss inside
 * the image (mk/kit.mk). The black-box kit then checks the project's stub
 * the way it checks any other, and installs outside hypervisors over it
 * (run-kit --target hyp --stub project_stub.bin). The stack the kit hands
 * over stays SP_hyp, the stub's stack for the rest of the boot.
 */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.section .text.entry, "ax", %progbits

/* r0 = where to return, r1 = the DTB (stub_hyp_install()'s boot r2). */
CODE_START project_stub_start
	push	{r4, lr}
	mov	r4, r0
	mov	r0, #1				@ the boot CPU: find RAM
	bl	stub_hyp_install
	mov	ip, r4
	pop	{r4, lr}
	mov	r0, #0
	bx	ip
SYM_END project_stub_start
