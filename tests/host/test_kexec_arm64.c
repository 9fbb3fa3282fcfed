// SPDX-License-Identifier: BSD-2-Clause
/*
 * Host unit tests of core/kexec_arm64_image.c (the arm64 Image header
 * check), with ASan and UBSan, at both register widths. Prints TAP.
 */
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

int main(void)
{
	printf("1..2\n");
	test_good();
	test_bad();
	return tap_exit_status();
}
