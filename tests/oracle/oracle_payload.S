/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The oracle's payload: end QEMU with semihosting's SYS_EXIT_EXTENDED and
 * status 0, touching no stack (it is entered with none) and no register it
 * must report: the trace has r0-r2 at its first instruction.
 */
#include <arch/arm/asm.h>

	.syntax unified
	.arm
	.text

CODE_START oracle_payload
	adr	r1, oracle_payload_exit_block
	mov	r0, #0x20			@ SYS_EXIT_EXTENDED
	.inst	0xe10f0070			@ hlt #0xf000
1:	b	1b
SYM_END oracle_payload

	.balign 4
oracle_payload_exit_block:
	.word	0x20026				@ ADP_Stopped_ApplicationExit
	.word	0				@ ORACLE_EXIT_PAYLOAD
