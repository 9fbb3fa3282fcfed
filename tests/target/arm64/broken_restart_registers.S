/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * NEGATIVE CONTROL, built only for tests: HVC_SOFT_RESTART's last steps on
 * AArch64 with the register shuffle forgotten: the payload gets the
 * caller's x1-x3 (the entry among them) instead of x2-x4. The AArch64 kexec
 * suite must fail on it ([A64-KEXEC-1]).
 */
#include <arch/arm64/asm.h>

	.section .text.hypstub, "ax", %progbits

CODE_START hyp_soft_restart
	msr	daifset, #0xf
	MMU_CACHES_OFF el1
	MMU_CACHES_OFF el2
	ic	iallu
	tlbi	alle2
	dsb	sy
	isb
	mov	x0, x19
	mov	x1, x20
	mov	x2, x21
	br	x19
SYM_END hyp_soft_restart
