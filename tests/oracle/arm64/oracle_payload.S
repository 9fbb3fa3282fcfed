/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 oracle's payload: an arm64 Image (Linux's 64-byte header,
 * image_size its whole extent, text_offset putting its base at the start
 * of RAM, 2 MiB-aligned), so that kexec_image_arm64() accepts it and the
 * restart knows what to clean. It ends QEMU with semihosting's
 * SYS_EXIT_EXTENDED and status 0, with no stack and before touching a
 * register it must report: the trace has x0-x3 at its first instruction.
 */
#include <arch/arm64/asm.h>
#include <plat/platform.h>

#define IMAGE_MAGIC 0x644d5241		/* "ARM\x64" */
#define IMAGE_FLAGS_LE_4K 0x2

	.section .text.oracle_payload, "ax", %progbits
	.balign 4096

CODE_START oracle_payload
	b	oracle_payload_run		/* code0 */
	.word	0				/* code1 */
	.quad	oracle_payload - PLAT_RAM_BASE	/* text_offset */
	.quad	oracle_payload_end - oracle_payload /* image_size */
	.quad	IMAGE_FLAGS_LE_4K
	.quad	0, 0, 0
	.word	IMAGE_MAGIC
	.word	0
oracle_payload_run:
	adr	x1, oracle_payload_exit_block
	mov	x0, #0x20			/* SYS_EXIT_EXTENDED */
	hlt	#0xf000
1:	b	1b
	.balign 8
oracle_payload_exit_block:
	.quad	0x20026				/* ADP_Stopped_ApplicationExit */
	.quad	0				/* ORACLE_EXIT_PAYLOAD */
	.global oracle_payload_end
oracle_payload_end:
SYM_END oracle_payload
