// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host fuzzer of the portable half of kexec (core/kexec.c): the checks of a
 * payload's entry and DTB against any RAM, and the DTB header's size from
 * any bytes. Each result is compared with a model of doc/kexec.md written
 * here with 64-bit arithmetic; AddressSanitizer catches a read past the
 * bytes that kexec_fdt_size() was given.
 */
#include <hypstub/kexec.h>

#include <string.h>

#include "fuzz.h"

#define QEMU_RAM_BASE 0x40000000u
#define QEMU_RAM_SIZE 0x08000000u
#define FDT_MAGIC 0xd00dfeedu
#define FDT_HEADER_SIZE 40u
#define FDT_MAX_SIZE 0x200000u /* 2 MiB: the Linux boot protocol's limit */

/* Bits of the input's first word that make the interesting cases common. */
#define SHAPE_QEMU_RAM 0x01  /* RAM is qemu-virt's */
#define SHAPE_IN_RAM 0x02    /* entry and DTB are inside RAM */
#define SHAPE_ALIGNED 0x04   /* entry and DTB are 8-byte aligned */
#define SHAPE_FDT_MAGIC 0x08 /* the blob starts with the FDT magic */
#define SHAPE_BIG_ROOM 0x10  /* max_size may be above 2 MiB */
#define SHAPE_FDT_SIZE 0x20  /* the header's size is near the room's */

static struct kexec_memory memory;
static uint32_t entry, dtb, max_size;

static void dump_call(void)
{
	(void)fprintf(stderr,
		      "fuzz: RAM 0x%08lx+0x%08lx, entry 0x%08x, DTB 0x%08x, "
		      "max_size 0x%08x\n",
		      (unsigned long)memory.base, (unsigned long)memory.size,
		      entry, dtb, max_size);
}

static uint32_t big_endian(const uint8_t *bytes)
{
	return (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 |
	       (uint32_t)bytes[2] << 8 | (uint32_t)bytes[3];
}

static void put_big_endian(uint8_t *bytes, uint32_t value)
{
	bytes[0] = (uint8_t)(value >> 24);
	bytes[1] = (uint8_t)(value >> 16);
	bytes[2] = (uint8_t)(value >> 8);
	bytes[3] = (uint8_t)value;
}

static int entry_ok(uint32_t address)
{
	return address % 4 == 0 &&
	       fuzz_in_range(memory.base, memory.size, address, 4);
}

static int dtb_ok(uint32_t address)
{
	return address % 8 == 0 && fuzz_in_range(memory.base, memory.size,
						 address, FDT_HEADER_SIZE);
}

static void check_image(void)
{
	const struct kexec_memory before = memory;
	struct kexec_image image;
	struct kexec_image copy;
	int expected;
	int result;

	memset(&image, 0xa5, sizeof(image));
	result = kexec_image_linux(&image, &memory, entry, dtb);
	if (!entry_ok(entry))
		expected = KEXEC_ERR_ENTRY;
	else if (!dtb_ok(dtb))
		expected = KEXEC_ERR_DTB;
	else
		expected = KEXEC_OK;
	fuzz_require(result == expected, "[KEXEC-5]",
		     "kexec_image_linux() judged the payload wrongly");
	fuzz_require(image.entry == entry && image.r0 == 0 &&
			     image.r1 == KEXEC_LINUX_MACHINE_DT &&
			     image.r2 == dtb,
		     "[KEXEC-1]",
		     "kexec_image_linux() did not fill in the registers");
	fuzz_require(memcmp(&memory, &before, sizeof(memory)) == 0, "[KEXEC-5]",
		     "kexec_image_linux() changed the RAM");

	/* Any image, any registers: only the entry is judged. */
	image.r0 = dtb;
	image.r1 = max_size;
	copy = image;
	fuzz_require(kexec_image_check(&image, &memory) ==
			     (entry_ok(entry) ? KEXEC_OK : KEXEC_ERR_ENTRY),
		     "[KEXEC-5]",
		     "kexec_image_check() judged the entry wrongly");
	fuzz_require(memcmp(&image, &copy, sizeof(image)) == 0, "[KEXEC-5]",
		     "kexec_image_check() changed the image");
}

/* The size of an FDT from its header, as doc/kexec.md says. */
static uint32_t expected_fdt_size(const uint8_t *blob, uint32_t room)
{
	uint32_t size;

	if (room < FDT_HEADER_SIZE || big_endian(blob) != FDT_MAGIC)
		return 0;
	size = big_endian(blob + 4);
	if (size < FDT_HEADER_SIZE || size > room || size > FDT_MAX_SIZE)
		return 0;
	return size;
}

/*
 * The blob is copied to a buffer of exactly its size, so that ASan sees
 * any read past it; max_size never exceeds what is there (the caller's
 * promise). A large max_size is tried on a 2 MiB + 4 KiB buffer instead.
 */
static void check_fdt_size(uint32_t shape, const uint8_t *bytes, size_t length)
{
	uint8_t *blob = calloc(length ? length : 1, 1);
	uint32_t size;

	fuzz_require(blob != NULL, "malloc", "out of memory");
	memcpy(blob, bytes, length);
	if ((shape & SHAPE_FDT_MAGIC) && length >= 4)
		put_big_endian(blob, FDT_MAGIC);
	if ((shape & SHAPE_FDT_SIZE) && length >= 8)
		put_big_endian(blob + 4,
			       big_endian(blob + 4) % (uint32_t)(length + 8));
	max_size = length == 0 ? 0 : max_size % (uint32_t)(length + 1);
	size = kexec_fdt_size(blob, max_size);
	fuzz_require(size == expected_fdt_size(blob, max_size), "[KEXEC-9]",
		     "kexec_fdt_size() is wrong");
	fuzz_require(size == 0 || (size >= FDT_HEADER_SIZE &&
				   size <= max_size && size <= FDT_MAX_SIZE),
		     "[KEXEC-9]", "kexec_fdt_size() is out of bounds");

	if (shape & SHAPE_BIG_ROOM) {
		static uint8_t room[FDT_MAX_SIZE + 4096];

		memset(room, 0, FDT_HEADER_SIZE);
		memcpy(room, blob,
		       length < FDT_HEADER_SIZE ? length : FDT_HEADER_SIZE);
		if (shape & SHAPE_FDT_SIZE) /* around the 2 MiB limit */
			put_big_endian(room + 4,
				       FDT_MAX_SIZE - 8 +
					       big_endian(room + 4) % 16);
		max_size = (uint32_t)(sizeof(room) - max_size);
		size = kexec_fdt_size(room, max_size);
		fuzz_require(size == expected_fdt_size(room, max_size),
			     "[KEXEC-9]",
			     "kexec_fdt_size() is wrong with room to spare");
	}
	free(blob);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_input input = {data, size};
	uint32_t shape = fuzz_word(&input);

	fuzz_dump = dump_call;
	memory.base = fuzz_word(&input);
	memory.size = fuzz_word(&input);
	entry = fuzz_word(&input);
	dtb = fuzz_word(&input);
	max_size = fuzz_word(&input);
	if (shape & SHAPE_QEMU_RAM) {
		memory.base = QEMU_RAM_BASE;
		memory.size = QEMU_RAM_SIZE;
	}
	if ((shape & SHAPE_IN_RAM) && memory.size != 0) {
		entry = memory.base + entry % memory.size;
		dtb = memory.base + dtb % memory.size;
	}
	if (shape & SHAPE_ALIGNED) {
		entry &= ~7u;
		dtb &= ~7u;
	}
	check_image();
	check_fdt_size(shape, input.data, input.size);
	return 0;
}
