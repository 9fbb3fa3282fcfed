/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The header that makes an AArch64 test kernel an arm64 Image, so that Xen
 * takes it as dom0: Xen copies the file to the start of dom0's first RAM bank
 * plus text_offset and enters it at its first byte, at EL1 with x0 = dom0's
 * DTB. The kernel is linked at that address (mk/xen.mk), and the file carries
 * .bss as zeros so that Xen keeps its DTB clear of it. Linked first, in
 * .text.entry.
 */
#include <arch/arm64/asm.h>
#include "../xen.h"

#define IMAGE_MAGIC 0x644d5241 /* "ARM\x64" */
#define IMAGE_MAGIC_OFFSET 0x38
#define IMAGE_FLAGS_LITTLE_ENDIAN 0

	.section .text.entry, "ax", %progbits

CODE_START xen_image_header
	b	hypstub_entry			/* code0 */
	.word	0				/* code1 */
	.quad	XEN_DOM0_TEXT_OFFSET		/* text_offset */
	.quad	xen_image_size			/* image_size, from the link */
	.quad	IMAGE_FLAGS_LITTLE_ENDIAN	/* flags */
	.quad	0, 0, 0				/* reserved */
	.org	xen_image_header + IMAGE_MAGIC_OFFSET
	.word	IMAGE_MAGIC
	.word	0				/* no PE header */
SYM_END xen_image_header
