// SPDX-License-Identifier: BSD-2-Clause
/* Host unit tests of core/fdt.c over DTBs built here. Prints TAP. */
#include <core/fdt.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "tap.h"

#define FDT_MAGIC 0xd00dfeed
#define TOKEN_BEGIN 1
#define TOKEN_END 2
#define TOKEN_PROP 3
#define TOKEN_FINISH 9

/* A little DTB writer: structure block and strings block side by side. */
struct builder {
	unsigned char blob[1024];
	unsigned char structure[512];
	char strings[256];
	unsigned int structure_length, strings_length;
};

static void put32(unsigned char *p, unsigned int value)
{
	p[0] = value >> 24;
	p[1] = value >> 16;
	p[2] = value >> 8;
	p[3] = value;
}

static void word(struct builder *b, unsigned int value)
{
	put32(b->structure + b->structure_length, value);
	b->structure_length += 4;
}

static void begin_node(struct builder *b, const char *name)
{
	unsigned int length = strlen(name) + 1;

	word(b, TOKEN_BEGIN);
	memcpy(b->structure + b->structure_length, name, length);
	b->structure_length += (length + 3) & ~3u;
}

static void property(struct builder *b, const char *name,
		     const unsigned int *cells, unsigned int count)
{
	unsigned int i;

	word(b, TOKEN_PROP);
	word(b, count * 4);
	word(b, b->strings_length);
	memcpy(b->strings + b->strings_length, name, strlen(name) + 1);
	b->strings_length += strlen(name) + 1;
	for (i = 0; i < count; i++)
		word(b, cells[i]);
}

/*
 * Header, then the structure block at 40, then the strings; or, with
 * strings_first, the strings at 40 and the structure block last, so that a
 * blob cut short ends inside its structure block with its strings whole.
 */
static unsigned int build_blocks(struct builder *b, int strings_first)
{
	unsigned int total, structure = 40, strings;

	word(b, TOKEN_FINISH);
	total = 40 + b->structure_length + b->strings_length;
	if (strings_first) {
		strings = 40;
		structure = (40 + b->strings_length + 3) & ~3u;
		total = structure + b->structure_length;
	} else {
		strings = 40 + b->structure_length;
	}
	memset(b->blob, 0, sizeof(b->blob));
	put32(b->blob, FDT_MAGIC);
	put32(b->blob + 4, total);
	put32(b->blob + 8, structure);
	put32(b->blob + 12, strings);
	memcpy(b->blob + structure, b->structure, b->structure_length);
	memcpy(b->blob + strings, b->strings, b->strings_length);
	return total;
}

static unsigned int build(struct builder *b)
{
	return build_blocks(b, 0);
}

/*
 * The first size bytes of a blob in a heap buffer of exactly that size, so
 * that AddressSanitizer reports a read even one byte past its end (a
 * larger buffer would hide it). The caller frees it.
 */
static unsigned char *exact_copy(const unsigned char *blob, unsigned int size)
{
	unsigned char *copy = malloc(size ? size : 1);

	if (!copy) {
		printf("Bail out! out of memory\n");
		exit(1);
	}
	memcpy(copy, blob, size);
	return copy;
}

static unsigned int qemu_like(struct builder *b, unsigned int address_cells,
			      unsigned int size_cells, const unsigned int *reg)
{
	memset(b, 0, sizeof(*b));
	begin_node(b, "");
	property(b, "#address-cells", &address_cells, 1);
	property(b, "#size-cells", &size_cells, 1);
	begin_node(b, "chosen");
	word(b, TOKEN_END);
	begin_node(b, "memory@40000000");
	property(b, "reg", reg, address_cells + size_cells);
	word(b, TOKEN_END);
	word(b, TOKEN_END);
	return build(b);
}

static void test_memory(void)
{
	static const unsigned int reg64[] = {0, 0x40000000, 0, 0x04000000};
	static const unsigned int reg32[] = {0x40000000, 0x10000000};
	static const unsigned int big[] = {0, 0xc0000000, 1, 0};
	static const unsigned int high[] = {1, 0, 0, 0x1000};
	static const unsigned int three[] = {0, 0, 0x40000000, 0, 0x1000};
	struct builder b;
	unsigned int total;
	uint32_t base = 0, size = 0;

	total = qemu_like(&b, 2, 2, reg64);
	check(fdt_memory_range(b.blob, total, &base, &size) == FDT_OK &&
		      base == 0x40000000 && size == 0x04000000,
	      "2+2 cells: 0x%x 0x%x", base, size);
	total = qemu_like(&b, 1, 1, reg32);
	check(fdt_memory_range(b.blob, total, &base, &size) == FDT_OK &&
		      base == 0x40000000 && size == 0x10000000,
	      "1+1 cells");
	total = qemu_like(&b, 2, 2, big);
	check(fdt_memory_range(b.blob, total, &base, &size) == FDT_OK &&
		      base == 0xc0000000 && size == 0x40000000,
	      "a size past 4 GiB is clamped: 0x%x", size);
	total = qemu_like(&b, 2, 2, high);
	check(fdt_memory_range(b.blob, total, &base, &size) == FDT_ERR_BAD,
	      "RAM above 4 GiB is not usable");
	total = qemu_like(&b, 3, 2, three);
	check(fdt_memory_range(b.blob, total, &base, &size) == FDT_ERR_BAD,
	      "3 address cells refused");
	finish("[BOOT-5]", "the /memory range");
}

/*
 * Names as long as the blob or longer: the reader reads the caller's names
 * up to the blob's size at most, and answers as a whole comparison would.
 */
static void test_long_names(struct builder *b)
{
	static const unsigned int reg32[] = {0x40000000, 0x10000000};
	static char node[201], longer[202], huge[2001];
	unsigned int total;
	uint32_t length;

	memset(node, 'n', sizeof(node) - 1);
	memset(longer, 'n', sizeof(longer) - 1);
	memset(huge, 'n', sizeof(huge) - 1);
	memset(b, 0, sizeof(*b));
	begin_node(b, "");
	begin_node(b, node);
	property(b, "reg", reg32, 2);
	word(b, TOKEN_END);
	word(b, TOKEN_END);
	total = build(b);
	check(fdt_property(b->blob, total, node, "reg", &length) != NULL &&
		      length == 8,
	      "a node name of %u bytes in a blob of %u",
	      (unsigned int)strlen(node), total);
	check(fdt_property(b->blob, total, longer, "reg", &length) == NULL,
	      "that name and one more byte");
	check(huge[total] != 0 &&
		      fdt_property(b->blob, total, huge, "reg", &length) ==
			      NULL &&
		      fdt_property(b->blob, total, node, huge, &length) == NULL,
	      "node and property names longer than the blob");
}

static void test_hostile_blobs(void)
{
	static const unsigned int reg64[] = {0, 0x40000000, 0, 0x04000000};
	struct builder b;
	unsigned int total, cut, offset, order;
	uint32_t base, size, length;
	unsigned char *copy;

	/*
	 * Truncated anywhere, the header's totalsize saying so: not found
	 * (until the cut leaves the memory node whole), never read past the
	 * end. The strings-first layout puts every cut
	 * of the structure block, property headers included, after whole
	 * strings, where only the bounds checks stop the walk.
	 */
	for (order = 0; order < 2; order++) {
		memset(&b, 0, sizeof(b));
		qemu_like(&b, 2, 2, reg64);
		b.structure_length -= 4; /* qemu_like's FINISH: again below */
		total = build_blocks(&b, (int)order);
		for (cut = 0; cut < total; cut++) {
			copy = exact_copy(b.blob, cut);
			if (cut >= 8)
				put32(copy + 4, cut);
			/*
			 * Strings first, the last 12 bytes are the two
			 * END_NODEs and END after the memory node's reg:
			 * cut there, the range may be found, inside bounds.
			 */
			if (order == 0 || cut < total - 12)
				check(fdt_memory_range(copy, cut, &base,
						       &size) != FDT_OK,
				      "%s truncated at %u",
				      order ? "strings first,"
					    : "structure first,",
				      cut);
			else
				(void)fdt_memory_range(copy, cut, &base, &size);
			(void)fdt_property(copy, cut, "chosen", "bootargs",
					   &length);
			free(copy);
		}
		/* Whole, in a buffer of exactly its size: found. */
		copy = exact_copy(b.blob, total);
		check(fdt_memory_range(copy, total, &base, &size) == FDT_OK &&
			      base == 0x40000000,
		      "%s whole, exact buffer",
		      order ? "strings first," : "structure first,");
		/* A totalsize one word past the buffer: refused, not read. */
		put32(copy + 4, total + 4);
		check(fdt_memory_range(copy, total, &base, &size) != FDT_OK,
		      "%s totalsize past the buffer",
		      order ? "strings first," : "structure first,");
		free(copy);
	}
	total = qemu_like(&b, 2, 2, reg64);
	/* Any one byte corrupted: no crash (ASan watches), any answer. */
	for (offset = 8; offset < total; offset++) {
		copy = exact_copy(b.blob, total);
		copy[offset] ^= 0xff;
		(void)fdt_memory_range(copy, total, &base, &size);
		(void)fdt_property(copy, total, "chosen", "bootargs", &length);
		free(copy);
	}
	check(fdt_property(b.blob, total, "memory", "nothing", &length) == NULL,
	      "an absent property");
	check(fdt_property(b.blob, total, "mem", "reg", &length) == NULL,
	      "a name prefix is not a match");
	check(fdt_property(b.blob, total, "memory", "reg", &length) != NULL &&
		      length == 16,
	      "memory@40000000 matches \"memory\"");
	b.blob[0] ^= 1;
	check(fdt_memory_range(b.blob, total, &base, &size) != FDT_OK,
	      "bad magic");
	test_long_names(&b);
	finish("[BOOT-5]",
	       "hostile DTBs, each in a buffer of exactly its size");
}

int main(void)
{
	printf("1..2\n");
	test_memory();
	test_hostile_blobs();
	return tap_exit_status();
}
