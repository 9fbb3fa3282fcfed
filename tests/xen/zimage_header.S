/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The header that makes an AArch32 test kernel a zImage, so that Xen takes it
 * as dom0: the magic 0x016f2818 at offset 0x24, then the absolute addresses
 * where the image starts and ends (Xen copies it to "start" and enters it
 * there, in SVC with r0 = 0, r1 = the machine type, r2 = dom0's DTB). "end"
 * covers .bss, which the Xen images carry as zeros (mk/xen.mk), so that Xen
 * keeps its DTB clear of it. Linked first, in .text.entry.
 */
#include <arch/arm/asm.h>

#define ZIMAGE_MAGIC 0x016f2818
#define ZIMAGE_MAGIC_OFFSET 0x24

	.syntax unified
	.arm
	.section .text.entry, "ax", %progbits

CODE_START xen_zimage_header
	b	hypstub_entry
	.org	xen_zimage_header + ZIMAGE_MAGIC_OFFSET
	.word	ZIMAGE_MAGIC
	.word	__image_start
	.word	__image_end
SYM_END xen_zimage_header
