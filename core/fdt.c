// SPDX-License-Identifier: BSD-2-Clause
/*
 * Just enough of a flattened device tree reader: one property of the root
 * or of a node just below it, and the first range of /memory. Every read is
 * bounded by the header's totalsize (kexec_fdt_size()); nothing here trusts
 * an offset it has not checked. Portable: it runs in HYP at boot, in the
 * kernels, and in the host tests.
 */
#include <core/fdt.h>
#include <hypstub/kexec.h>

#define FDT_BEGIN_NODE 1
#define FDT_END_NODE 2
#define FDT_PROP 3
#define FDT_NOP 4
#define FDT_MAX_DEPTH 16
#define FDT_OFF_STRUCTURE 8
#define FDT_OFF_STRINGS 12
#define FDT_MAX_CELLS 2

/* The length of the string at p, looking at no more than max bytes. */
static uint32_t bounded_length(const unsigned char *p, uint32_t max)
{
	uint32_t length = 0;

	while (length < max && p[length])
		length++;
	return length;
}

static uint32_t c_length(const char *s)
{
	uint32_t length = 0;

	while (s[length])
		length++;
	return length;
}

static int same_bytes(const unsigned char *a, const char *b, uint32_t length)
{
	uint32_t i;

	for (i = 0; i < length; i++)
		if (a[i] != (unsigned char)b[i])
			return 0;
	return 1;
}

static uint32_t align4(uint32_t value)
{
	return (value + 3) & ~3u;
}

/* A node name matches "node" as is or as "node@unit-address". */
static int node_matches(const unsigned char *name, uint32_t length,
			const char *node)
{
	uint32_t wanted = c_length(node);

	if (length < wanted || !same_bytes(name, node, wanted))
		return 0;
	return length == wanted || name[wanted] == '@';
}

const void *fdt_property(const void *blob, uint32_t max_size, const char *node,
			 const char *property, uint32_t *length)
{
	const unsigned char *fdt = blob;
	uint32_t size = kexec_fdt_size(blob, max_size);
	uint32_t structure, strings, offset, depth = 0, in_node = 0;
	uint32_t wanted_depth = node[0] ? 2 : 1;

	if (size == 0)
		return NULL;
	structure = fdt_be32(fdt + FDT_OFF_STRUCTURE);
	strings = fdt_be32(fdt + FDT_OFF_STRINGS);
	if (structure >= size || strings >= size)
		return NULL;
	for (offset = structure; offset <= size - 4;) {
		uint32_t token = fdt_be32(fdt + offset);

		offset += 4;
		if (token == FDT_BEGIN_NODE) {
			uint32_t name =
				bounded_length(fdt + offset, size - offset);

			if (name >= size - offset || ++depth > FDT_MAX_DEPTH)
				return NULL;
			in_node = depth == wanted_depth &&
				  (wanted_depth == 1 ||
				   node_matches(fdt + offset, name, node));
			offset = align4(offset + name + 1);
		} else if (token == FDT_END_NODE) {
			if (depth == 0)
				return NULL;
			depth--;
			in_node = 0;
		} else if (token == FDT_PROP) {
			uint32_t value_length, name_offset, name_room;

			if (offset > size - 8)
				return NULL;
			value_length = fdt_be32(fdt + offset);
			name_offset = fdt_be32(fdt + offset + 4);
			offset += 8;
			if (value_length > size - offset ||
			    name_offset >= size - strings)
				return NULL;
			name_room = size - strings - name_offset;
			/* The name must end inside the blob. */
			if (in_node && depth == wanted_depth &&
			    c_length(property) < name_room &&
			    bounded_length(fdt + strings + name_offset,
					   name_room) == c_length(property) &&
			    same_bytes(fdt + strings + name_offset, property,
				       c_length(property))) {
				*length = value_length;
				return fdt + offset;
			}
			offset = align4(offset + value_length);
		} else if (token != FDT_NOP) {
			return NULL;
		}
		if (offset > size)
			return NULL;
	}
	return NULL;
}

static uint32_t cells_property(const void *blob, uint32_t max_size,
			       const char *name, uint32_t fallback)
{
	uint32_t length = 0;
	const unsigned char *value =
		fdt_property(blob, max_size, "", name, &length);

	return value && length == 4 ? fdt_be32(value) : fallback;
}

int fdt_memory_range(const void *blob, uint32_t max_size, uint32_t *base,
		     uint32_t *size)
{
	uint32_t address_cells =
		cells_property(blob, max_size, "#address-cells", 2);
	uint32_t size_cells = cells_property(blob, max_size, "#size-cells", 1);
	uint32_t length = 0, high_base = 0, high_size = 0, low_base, low_size;
	uint32_t room;
	const unsigned char *reg;

	if (address_cells < 1 || address_cells > FDT_MAX_CELLS ||
	    size_cells < 1 || size_cells > FDT_MAX_CELLS)
		return FDT_ERR_BAD;
	reg = fdt_property(blob, max_size, "memory", "reg", &length);
	if (!reg || length < 4 * (address_cells + size_cells))
		return FDT_ERR_NOT_FOUND;
	if (address_cells == 2) {
		high_base = fdt_be32(reg);
		reg += 4;
	}
	low_base = fdt_be32(reg);
	reg += 4;
	if (size_cells == 2) {
		high_size = fdt_be32(reg);
		reg += 4;
	}
	low_size = fdt_be32(reg);
	/* Only what a 32-bit physical address reaches is usable here. */
	if (high_base != 0 || (high_size == 0 && low_size == 0))
		return FDT_ERR_BAD;
	/* From low_base to the top of the 32-bit address space. */
	room = low_base ? 0u - low_base : 0xffffffffu;
	if (high_size != 0 || low_size > room)
		low_size = room;
	*base = low_base;
	*size = low_size;
	return FDT_OK;
}
