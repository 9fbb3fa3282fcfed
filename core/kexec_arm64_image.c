// SPDX-License-Identifier: BSD-2-Clause
/*
 * An arm64 Linux Image as a kexec payload: its 64-byte header (Linux's
 * Documentation/arch/arm64/booting.rst: code0, code1, text_offset,
 * image_size, flags, reserved words, magic "ARM\x64" at 0x38) is checked
 * before anything is torn down, and so is the place it was loaded at.
 * Builds for the host too (tests/host/test_kexec_arm64.c).
 */
#include <core/kexec_extent.h>
#include <core/range.h>
#include <hypstub/kexec.h>

#define IMAGE_HEADER_SIZE 64
#define IMAGE_TEXT_OFFSET 0x08
#define IMAGE_SIZE 0x10
#define IMAGE_FLAGS 0x18
#define IMAGE_MAGIC_OFFSET 0x38
#define IMAGE_MAGIC 0x644d5241 /* "ARM\x64", little-endian */
#define IMAGE_FLAG_BIG_ENDIAN 1u
#define IMAGE_BASE_ALIGN 0x200000 /* the 2 MiB the base must be aligned to */
#define FDT_HEADER_SIZE 40
#define FDT_MAX_SIZE (2u << 20)

static uint64_t image_le64(const unsigned char *bytes)
{
	uint64_t value = 0;
	int i;

	for (i = 7; i >= 0; i--)
		value = value << 8 | bytes[i];
	return value;
}

/* Written with differences only: no sum can wrap. */
static int ranges_overlap(hypstub_reg_t a, hypstub_reg_t a_size,
			  hypstub_reg_t b, hypstub_reg_t b_size)
{
	if (b >= a)
		return b - a < a_size;
	return a - b < b_size;
}

int kexec_arm64_image_check(const void *header, hypstub_reg_t load,
			    const struct kexec_memory *memory,
			    hypstub_reg_t dtb, hypstub_reg_t dtb_size)
{
	const unsigned char *bytes = header;
	uint64_t text_offset, image_size, flags;

	if (!range_inside(memory->base, memory->size, load, IMAGE_HEADER_SIZE))
		return KEXEC_ERR_IMAGE;
	if ((uint32_t)image_le64(bytes + IMAGE_MAGIC_OFFSET) != IMAGE_MAGIC)
		return KEXEC_ERR_IMAGE;
	text_offset = image_le64(bytes + IMAGE_TEXT_OFFSET);
	image_size = image_le64(bytes + IMAGE_SIZE);
	flags = image_le64(bytes + IMAGE_FLAGS);
	/* Size 0: a kernel before 3.17, whose extent nobody can check. */
	if (image_size < IMAGE_HEADER_SIZE || (flags & IMAGE_FLAG_BIG_ENDIAN))
		return KEXEC_ERR_IMAGE;
	/* Larger than RAM: refused before it is narrowed to a register. */
	if (image_size > memory->size)
		return KEXEC_ERR_IMAGE;
	if (text_offset > load || (load - text_offset) % IMAGE_BASE_ALIGN != 0)
		return KEXEC_ERR_IMAGE;
	if (!range_inside(memory->base, memory->size, load,
			  (hypstub_reg_t)image_size))
		return KEXEC_ERR_IMAGE;
	/* The kernel's bss and early tables cover all of image_size. */
	if (ranges_overlap(load, (hypstub_reg_t)image_size, dtb,
			   dtb_size > FDT_HEADER_SIZE ? dtb_size
						      : FDT_HEADER_SIZE))
		return KEXEC_ERR_DTB;
	return KEXEC_OK;
}

int kexec_image_arm64(struct kexec_image *image,
		      const struct kexec_memory *memory, hypstub_reg_t load,
		      hypstub_reg_t dtb)
{
	int result = kexec_image_linux(image, memory, load, dtb);

	if (result != KEXEC_OK)
		return result;
	/* kexec_image_linux() found the DTB's header inside RAM. */
	return kexec_arm64_image_check(
		(const void *)(uintptr_t)load, load, memory, dtb,
		kexec_fdt_size((const void *)(uintptr_t)dtb, FDT_MAX_SIZE));
}

/* The Image's extent at entry, or 0 when no valid header is there. */
static hypstub_reg_t image_extent(hypstub_reg_t entry,
				  const struct kexec_memory *memory)
{
	const unsigned char *bytes = (const unsigned char *)(uintptr_t)entry;
	uint64_t image_size;

	if (!range_inside(memory->base, memory->size, entry,
			  IMAGE_HEADER_SIZE) ||
	    (uint32_t)image_le64(bytes + IMAGE_MAGIC_OFFSET) != IMAGE_MAGIC)
		return 0;
	image_size = image_le64(bytes + IMAGE_SIZE);
	if (image_size < IMAGE_HEADER_SIZE || image_size > memory->size ||
	    !range_inside(memory->base, memory->size, entry,
			  (hypstub_reg_t)image_size))
		return 0;
	return (hypstub_reg_t)image_size;
}

void kexec_arm64_extents(const struct kexec_image *image,
			 const struct kexec_memory *memory,
			 hypstub_reg_t image_start, hypstub_reg_t image_end,
			 struct kexec_extent extents[KEXEC_EXTENTS])
{
	struct kexec_extent *payload = &extents[KEXEC_EXTENT_PAYLOAD];
	struct kexec_extent *dtb = &extents[KEXEC_EXTENT_DTB];
	hypstub_reg_t entry = image->entry;

	payload->start = entry;
	payload->size = 0;
	if (range_inside(memory->base, memory->size, entry, 1)) {
		hypstub_reg_t left = memory->size - (entry - memory->base);
		payload->size = image_extent(entry, memory);
		if (payload->size == 0 && entry >= image_start &&
		    entry < image_end && image_end - entry <= left)
			payload->size = image_end - entry;
		if (payload->size == 0)
			payload->size = left < KEXEC_EXTENT_UNKNOWN_SIZE
						? left
						: KEXEC_EXTENT_UNKNOWN_SIZE;
	}

	dtb->start = image->r0;
	dtb->size = 0;
	if (range_inside(memory->base, memory->size, image->r0,
			 FDT_HEADER_SIZE)) {
		hypstub_reg_t available =
			memory->size - (image->r0 - memory->base);
		dtb->size = kexec_fdt_size((const void *)(uintptr_t)image->r0,
					   available > FDT_MAX_SIZE
						   ? FDT_MAX_SIZE
						   : (uint32_t)available);
	}
}
