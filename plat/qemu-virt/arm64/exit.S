/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Semihosting SYS_EXIT_EXTENDED, A64: QEMU (-semihosting-config
 * enable=on,target=native) exits with the given status. The parameter
 * block holds two 64-bit words. Works from EL2 and EL1.
 */
#include <arch/arm64/asm.h>

#define SEMIHOSTING_SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026

	.text

/* void plat_exit(int status) */
FUNC_START plat_exit
	sub	sp, sp, #16
	sxtw	x0, w0
	ldr	x1, =ADP_STOPPED_APPLICATION_EXIT
	stp	x1, x0, [sp]
	mov	x1, sp
	mov	x0, #SEMIHOSTING_SYS_EXIT_EXTENDED
	hlt	#0xf000
1:	wfi
	b	1b
SYM_END plat_exit
