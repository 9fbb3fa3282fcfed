// SPDX-License-Identifier: BSD-2-Clause
/*
 * Read one property of a flattened device tree: enough for a kernel to show
 * its command line (/chosen/bootargs). Bounds-checked against the header's
 * totalsize; returns NULL when the blob or the path is not there.
 */
#include <hypstub/kexec.h>
#include <kernel/kernel.h>

#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_END 9
#define FDT_MAX_DEPTH 16

static uint32_t be32(const unsigned char *p)
{
	return (uint32_t)p[0] << 24 | (uint32_t)p[1] << 16 |
	       (uint32_t)p[2] << 8 | p[3];
}

/* The length of the string at p, looking at no more than max bytes. */
static uint32_t bounded_length(const unsigned char *p, uint32_t max)
{
	uint32_t length = 0;

	while (length < max && p[length])
		length++;
	return length;
}

static uint32_t align4(uint32_t value)
{
	return (value + 3) & ~3u;
}

/* node is a path of one level below the root, such as "chosen". */
const char *kernel_fdt_property(const void *blob, const char *node,
				const char *property)
{
	const unsigned char *fdt = blob;
	uint32_t size = kexec_fdt_size(blob, 2u << 20);
	uint32_t structure, strings, offset, depth = 0, in_node = 0;

	if (size == 0)
		return NULL;
	structure = be32(fdt + 8);
	strings = be32(fdt + 12);
	if (structure >= size || strings >= size)
		return NULL;
	for (offset = structure; offset + 4 <= size;) {
		uint32_t token = be32(fdt + offset);

		offset += 4;
		if (token == FDT_BEGIN_NODE) {
			uint32_t length =
				bounded_length(fdt + offset, size - offset);

			if (offset + length >= size || ++depth > FDT_MAX_DEPTH)
				return NULL;
			in_node = depth == 2 && strlen(node) == length &&
				  memcmp(fdt + offset, node, length) == 0;
			offset = align4(offset + length + 1);
		} else if (token == FDT_END_NODE) {
			if (depth == 0)
				return NULL;
			depth--;
			in_node = 0;
		} else if (token == FDT_PROP) {
			uint32_t length, name_offset;

			if (offset + 8 > size)
				return NULL;
			length = be32(fdt + offset);
			name_offset = be32(fdt + offset + 4);
			offset += 8;
			if (length > size - offset ||
			    name_offset >= size - strings)
				return NULL;
			if (in_node &&
			    bounded_length(fdt + strings + name_offset,
					   size - strings - name_offset) ==
				    strlen(property) &&
			    memcmp(fdt + strings + name_offset, property,
				   strlen(property)) == 0 &&
			    length > 0 && fdt[offset + length - 1] == '\0')
				return (const char *)fdt + offset;
			offset = align4(offset + length);
		} else if (token == FDT_NOP) {
			continue;
		} else {
			return NULL;
		}
	}
	return NULL;
}
