/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * This project's own AArch64 boot stub (the library's stub_hyp_install()
 * and its EL2 vectors) as a kit image: the install protocol
 * ([A64-KIT-INSTALL-1]) in a few instructions, linked with libhypstub.a at
 * 0x40800000, .bss inside the image (mk/kit.mk). The black-box kit then
 * checks the project's stub the way it checks any other, and installs
 * outside hypervisors over it (run-kit --target hyp --stub
 * project_stub.bin). The stack the kit hands over stays SP_EL2, the stub's
 * stack for the rest of the boot.
 */
#include <arch/arm64/asm.h>

	.section .text.entry, "ax", %progbits

/* x0 = where to return, x1 = the DTB (stub_hyp_install()'s boot x2). */
CODE_START project_stub_start
	stp	x19, x30, [sp, #-16]!
	mov	x19, x0
	mov	x0, #1				/* the boot CPU: find RAM */
	bl	stub_hyp_install
	mov	x9, x19
	ldp	x19, x30, [sp], #16
	mov	x0, #0
	br	x9
SYM_END project_stub_start
