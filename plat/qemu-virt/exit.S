/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Semihosting SYS_EXIT_EXTENDED: QEMU (run with -semihosting-config
 * enable=on,target=native) exits with the given status. "hlt #0xf000" is the
 * A32 semihosting trap; it is emitted as a word because ARMv7 assemblers do
 * not know HLT. It works from HYP and from SVC.
 */
#include <arch/arm/asm.h>

#define SEMIHOSTING_SYS_EXIT_EXTENDED 0x20
#define ADP_STOPPED_APPLICATION_EXIT 0x20026
#define A32_HLT_0XF000 0xe10f0070

	.syntax unified
	.arm
	.text

/* void plat_exit(int status) */
FUNC_START plat_exit
	sub	sp, sp, #8
	ldr	r1, =ADP_STOPPED_APPLICATION_EXIT
	str	r1, [sp]
	str	r0, [sp, #4]
	mov	r1, sp
	mov	r0, #SEMIHOSTING_SYS_EXIT_EXTENDED
	.inst	A32_HLT_0XF000
	/* Without semihosting: stay here. */
1:	wfi
	b	1b
SYM_END plat_exit
