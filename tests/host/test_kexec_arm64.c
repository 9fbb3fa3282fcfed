// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host unit tests of core/kexec_arm64_image.c (the arm64 Image header
 * check), with ASan and UBSan, at both register widths. Prints TAP.
 */
#include <core/kexec_extent.h>
#include <hypstub/kexec.h>

#include <stdint.h>
#include <stdio.h>
#include <string.h>

#include "tap.h"

#define RAM_BASE 0x40000000u
#define RAM_SIZE 0x08000000u
#define LOAD (RAM_BASE + 0x02000000u)
#define DTB (RAM_BASE + RAM_SIZE - 0x200000u)
#define DTB_SIZE 0x100000u

static const struct kexec_memory memory = {RAM_BASE, RAM_SIZE};

static void put64(unsigned char *at, uint64_t value)
{
	int i;

	for (i = 0; i < 8; i++)
		at[i] = (unsigned char)(value >> (8 * i));
}

/* A header as Linux's arm64 Image has it: 64 bytes, little-endian. */
static void header(unsigned char *h, uint64_t text_offset, uint64_t size,
		   uint64_t flags, uint32_t magic)
{
	memset(h, 0, 64);
	put64(h + 0x08, text_offset);
	put64(h + 0x10, size);
	put64(h + 0x18, flags);
	h[0x38] = (unsigned char)magic;
	h[0x39] = (unsigned char)(magic >> 8);
	h[0x3a] = (unsigned char)(magic >> 16);
	h[0x3b] = (unsigned char)(magic >> 24);
}

static int check_at(const unsigned char *h, hypstub_reg_t load)
{
	return kexec_arm64_image_check(h, load, &memory, DTB, DTB_SIZE);
}

static void test_good(void)
{
	unsigned char h[64];

	header(h, 0, 0x2010000, 0xa, 0x644d5241);
	check(check_at(h, LOAD) == KEXEC_OK, "Debian's 6.1 header");
	header(h, 0x80000, 0x1000000, 0x2, 0x644d5241);
	check(check_at(h, LOAD + 0x80000) == KEXEC_OK,
	      "text_offset 0x80000 from a 2 MiB base (before Linux 5.8)");
	header(h, 0, DTB - LOAD, 0x2, 0x644d5241);
	check(check_at(h, LOAD) == KEXEC_OK, "up to the DTB, not over it");
	finish("[A64-KEXEC-1]", "arm64 Image headers that can run");
}

static void test_bad(void)
{
	static const struct {
		const char *what;
		hypstub_reg_t load;
		uint64_t text_offset, size, flags;
		uint32_t magic;
		int expected;
	} bad[] = {
		{"no magic", LOAD, 0, 0x100000, 2, 0, KEXEC_ERR_IMAGE},
		{"zImage magic", LOAD, 0, 0x100000, 2, 0x016f2818,
		 KEXEC_ERR_IMAGE},
		{"image_size 0", LOAD, 0, 0, 2, 0x644d5241, KEXEC_ERR_IMAGE},
		{"image_size below the header", LOAD, 0, 63, 2, 0x644d5241,
		 KEXEC_ERR_IMAGE},
		{"big-endian", LOAD, 0, 0x100000, 1, 0x644d5241,
		 KEXEC_ERR_IMAGE},
		{"base not 2 MiB-aligned", LOAD + 0x1000, 0, 0x100000, 2,
		 0x644d5241, KEXEC_ERR_IMAGE},
		{"text_offset not matching the load address", LOAD, 0x80000,
		 0x100000, 2, 0x644d5241, KEXEC_ERR_IMAGE},
		{"text_offset above the load address", RAM_BASE, 0x80000000,
		 0x100000, 2, 0x644d5241, KEXEC_ERR_IMAGE},
		{"past the end of RAM", LOAD, 0, RAM_SIZE, 2, 0x644d5241,
		 KEXEC_ERR_IMAGE},
		{"a size that wraps 32 bits", LOAD, 0, 0x100000100ull, 2,
		 0x644d5241, KEXEC_ERR_IMAGE},
		{"a size that wraps 64 bits", LOAD, 0, ~0ull - 0x1000, 2,
		 0x644d5241, KEXEC_ERR_IMAGE},
		{"header outside RAM", RAM_BASE + RAM_SIZE, 0, 0x100000, 2,
		 0x644d5241, KEXEC_ERR_IMAGE},
		{"over the DTB", LOAD, 0, DTB - LOAD + 8, 2, 0x644d5241,
		 KEXEC_ERR_DTB},
	};
	unsigned char h[64];
	unsigned int i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		header(h, bad[i].text_offset, bad[i].size, bad[i].flags,
		       bad[i].magic);
		check(check_at(h, bad[i].load) == bad[i].expected, "%s",
		      bad[i].what);
	}
	finish("[A64-KEXEC-1]", "bad arm64 Image headers refused");
}

#if HYPSTUB_REG_BYTES == 8
/*
 * What an AArch64 restart cleans by VA (kexec_arm64_extents()), over a
 * host buffer standing in for RAM: the 64-bit model only, where a host
 * address fits a register.
 */
static void test_extents(void)
{
	static unsigned char ram[0x10000] __attribute__((aligned(64)));
	const hypstub_reg_t base = (hypstub_reg_t)(uintptr_t)ram;
	const struct kexec_memory small = {base, sizeof(ram)};
	struct kexec_extent extents[KEXEC_EXTENTS];
	struct kexec_image image = {0};
	unsigned char *fdt = ram + 0x8000;

	memset(ram, 0, sizeof(ram));
	header(ram + 0x1000, 0, 0x2000, 0x2, 0x644d5241);
	fdt[0] = 0xd0, fdt[1] = 0x0d, fdt[2] = 0xfe, fdt[3] = 0xed;
	fdt[6] = 0x01; /* totalsize 0x100, big-endian */
	image.entry = base + 0x1000;
	image.r0 = base + 0x8000;
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_PAYLOAD].start == base + 0x1000 &&
		      extents[KEXEC_EXTENT_PAYLOAD].size == 0x2000,
	      "an arm64 Image: its image_size");
	check(extents[KEXEC_EXTENT_DTB].start == base + 0x8000 &&
		      extents[KEXEC_EXTENT_DTB].size == 0x100,
	      "the DTB: its totalsize");
	header(ram + 0x1000, 0, sizeof(ram), 0x2, 0x644d5241);
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_PAYLOAD].size == KEXEC_EXTENT_UNKNOWN_SIZE,
	      "an image_size past the end of RAM is not believed");
	image.entry = base + 0x3000;
	kexec_arm64_extents(&image, &small, base + 0x2000, base + 0x5000,
			    extents);
	check(extents[KEXEC_EXTENT_PAYLOAD].size == 0x2000,
	      "inside the running image: up to its end");
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_PAYLOAD].size == KEXEC_EXTENT_UNKNOWN_SIZE,
	      "neither: the first %u bytes", KEXEC_EXTENT_UNKNOWN_SIZE);
	image.entry = base + sizeof(ram) - 16;
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_PAYLOAD].size == 16,
	      "those bytes clipped to RAM");
	fdt[0] = 0;
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_DTB].size == 0, "no FDT magic: no DTB");
	image.r0 = base + sizeof(ram) - 8;
	kexec_arm64_extents(&image, &small, 0, 0, extents);
	check(extents[KEXEC_EXTENT_DTB].size == 0,
	      "a DTB header past the end of RAM: none");
	finish("[A64-KEXEC-1]", "the extents an AArch64 restart cleans by VA");
}
#endif

int main(void)
{
#if HYPSTUB_REG_BYTES == 8
	printf("1..3\n");
#else
	printf("1..2\n");
#endif
	test_good();
	test_bad();
#if HYPSTUB_REG_BYTES == 8
	test_extents();
#endif
	return tap_exit_status();
}
