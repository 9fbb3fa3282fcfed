// SPDX-License-Identifier: BSD-2-Clause
/*
 * The portable half of kexec: describing a payload and checking it before
 * anything is torn down, and finding the DTB's size. Builds for the host too.
 */
#include <arch/portable.h>
#include <core/fdt.h>
#include <core/range.h>
#include <hypstub/kexec.h>

#include <stddef.h>

#define FDT_ALIGN 8
#define FDT_MAGIC 0xd00dfeed
#define FDT_HEADER_SIZE 40
#define FDT_MAX_SIZE (2u << 20) /* the Linux boot protocol's limit */

static int in_memory(const struct kexec_memory *memory, hypstub_reg_t address,
		     hypstub_reg_t length)
{
	return range_inside(memory->base, memory->size, address, length);
}

int kexec_image_check(const struct kexec_image *image,
		      const struct kexec_memory *memory)
{
	if (image->entry % ARCH_CALL_INSTRUCTION_SIZE != 0 ||
	    !in_memory(memory, image->entry, ARCH_CALL_INSTRUCTION_SIZE))
		return KEXEC_ERR_ENTRY;
	return KEXEC_OK;
}

int kexec_image_linux(struct kexec_image *image,
		      const struct kexec_memory *memory, hypstub_reg_t entry,
		      hypstub_reg_t dtb)
{
	image->entry = entry;
#if HYPSTUB_AARCH64
	image->r0 = dtb; /* Linux's arm64 booting protocol */
	image->r1 = 0;
	image->r2 = 0;
#else
	image->r0 = 0; /* Linux's ARM booting protocol */
	image->r1 = KEXEC_LINUX_MACHINE_DT;
	image->r2 = dtb;
#endif
	if (kexec_image_check(image, memory) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	if (dtb % FDT_ALIGN != 0 || !in_memory(memory, dtb, FDT_HEADER_SIZE))
		return KEXEC_ERR_DTB;
	return KEXEC_OK;
}

uint32_t kexec_fdt_size(const void *blob, uint32_t max_size)
{
	const unsigned char *header = blob;
	uint32_t size;

	if (max_size < FDT_HEADER_SIZE || fdt_be32(header) != FDT_MAGIC)
		return 0;
	size = fdt_be32(header + 4);
	if (size < FDT_HEADER_SIZE || size > max_size || size > FDT_MAX_SIZE)
		return 0;
	return size;
}
