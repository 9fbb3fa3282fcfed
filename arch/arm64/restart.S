/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of HVC_SOFT_RESTART, AArch64. Entered at EL2 with x19 =
 * payload entry and x20, x21, x22 = the payload's x0, x1, x2. Uses no stack
 * and no memory once the caches are off.
 */
#include <arch/arm64/asm.h>

	.section .text.hypstub, "ax", %progbits

CODE_START hyp_soft_restart
	msr	daifset, #0xf
	/* EL1's MMU and caches off: the payload will drop to EL1 later. */
	MMU_CACHES_OFF el1
	MMU_CACHES_OFF el2
	bl	arch_dcache_clean_invalidate_all
	ic	iallu
	tlbi	alle2
	tlbi	vmalle1
	dsb	sy
	isb
	mov	x0, x20
	mov	x1, x21
	mov	x2, x22
	mov	x3, xzr				/* Linux's arm64 protocol: 0 */
	br	x19
SYM_END hyp_soft_restart
