// SPDX-License-Identifier: BSD-2-Clause
/* Host unit tests of core/kexec.c, with ASan and UBSan. Prints TAP. */
#include <hypstub/kexec.h>

#include <stdio.h>
#include <string.h>

#include "tap.h"

#define RAM_BASE 0x40000000u
#define RAM_SIZE 0x08000000u

static const struct kexec_memory memory = {RAM_BASE, RAM_SIZE};

static void test_image_checks(void)
{
	static const hypstub_reg_t bad_entries[] = {
		RAM_BASE + 1,
		RAM_BASE + 2,
		RAM_BASE + 3,
		RAM_BASE - 4,
		RAM_BASE + RAM_SIZE,
		0,
		(hypstub_reg_t)0 - 4,
#if HYPSTUB_AARCH64
		((hypstub_reg_t)1 << 32) | RAM_BASE, /* low word in RAM */
#endif
	};
	struct kexec_image image;
	unsigned int i;

	check(kexec_image_linux(&image, &memory, RAM_BASE + 0x8000,
				RAM_BASE + RAM_SIZE - 0x200000) == KEXEC_OK,
	      "a good image");
#if HYPSTUB_AARCH64
	/* Linux's arm64 boot protocol: x0 = DTB, x1-x3 = 0. */
	check(image.r0 == RAM_BASE + RAM_SIZE - 0x200000 && image.r1 == 0 &&
		      image.r2 == 0 && image.entry == RAM_BASE + 0x8000,
	      "the Linux boot protocol's registers");
#else
	/* Linux's ARM boot protocol: r0 = 0, r1 = ~0 (DT), r2 = DTB. */
	check(image.r0 == 0 && image.r1 == 0xffffffff &&
		      image.r2 == RAM_BASE + RAM_SIZE - 0x200000 &&
		      image.entry == RAM_BASE + 0x8000,
	      "the Linux boot protocol's registers");
#endif
	for (i = 0; i < sizeof(bad_entries) / sizeof(bad_entries[0]); i++)
		check(kexec_image_linux(&image, &memory, bad_entries[i],
					RAM_BASE) == KEXEC_ERR_ENTRY,
		      "entry 0x%08llx refused",
		      (unsigned long long)bad_entries[i]);
	check(kexec_image_linux(&image, &memory, RAM_BASE, RAM_BASE + 4) ==
		      KEXEC_ERR_DTB,
	      "misaligned DTB");
	check(kexec_image_linux(&image, &memory, RAM_BASE, 0x1000) ==
		      KEXEC_ERR_DTB,
	      "DTB below RAM");
	check(kexec_image_linux(&image, &memory, RAM_BASE,
				RAM_BASE + RAM_SIZE - 8) == KEXEC_ERR_DTB,
	      "DTB header past the end of RAM");
	finish("[KEXEC-5]", "payload checks");
}

static void put_be32(unsigned char *p, uint32_t value)
{
	p[0] = value >> 24;
	p[1] = value >> 16;
	p[2] = value >> 8;
	p[3] = value;
}

static void test_fdt_size(void)
{
	unsigned char blob[64];

	memset(blob, 0, sizeof(blob));
	put_be32(blob, 0xd00dfeed);
	put_be32(blob + 4, 56);
	check(kexec_fdt_size(blob, sizeof(blob)) == 56, "a good header");
	check(kexec_fdt_size(blob, 40) == 0, "larger than the room");
	check(kexec_fdt_size(blob, 39) == 0, "room smaller than a header");
	put_be32(blob + 4, 8);
	check(kexec_fdt_size(blob, sizeof(blob)) == 0, "size below a header");
	put_be32(blob + 4, 3u << 20);
	check(kexec_fdt_size(blob, 0xffffffff) == 0, "over 2 MiB");
	put_be32(blob, 0xedfe0dd0);
	put_be32(blob + 4, 56);
	check(kexec_fdt_size(blob, sizeof(blob)) == 0, "wrong magic");
	finish("[KEXEC-9]", "DTB size from its header");
}

int main(void)
{
	printf("1..2\n");
	test_image_checks();
	test_fdt_size();
	return tap_exit_status();
}
