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

/*
 * Every read below is fdt[at] with at checked against size, the blob's
 * totalsize, just before, so that a tool (or a reader) sees each bound
 * where it is used (make prove).
 */

/*@ // A C string, for the proof: readable up to and including its NUL.
    predicate fdt_string{L}(char *s) =
	    \forall integer k; 0 <= k ==>
		    (\forall integer j; 0 <= j < k ==> s[j] != 0) ==>
		    \valid_read(s + k);
*/

/* A literal name and its length, without the NUL. */
#define FDT_NAME(literal) literal, (uint32_t)(sizeof(literal) - 1)

/*
 * The length of a name the caller gave as a C string, or limit when it is
 * at least that long. With limit the blob's size, the lookups' results are
 * the same: a name in the blob is shorter than the blob, so it matches
 * neither a name of limit characters nor a longer one. The limit bounds the
 * loop (make prove proves it ends).
 */
static uint32_t string_length(const char *s, uint32_t limit)
{
	uint32_t length = 0;

	/*@ loop invariant \forall integer j; 0 <= j < length ==> s[j] != 0;
	    loop invariant \valid_read(s + (0 .. length - 1));
	    loop invariant length <= limit;
	    loop assigns length;
	    loop variant limit - length; */
	while (length < limit && s[length])
		length++;
	return length;
}

/* Where the string at offset ends: its NUL, or size when it has none. */
static uint32_t string_end(const unsigned char *fdt, uint32_t size,
			   uint32_t offset)
{
	uint32_t end = offset;

	/*@ loop invariant offset <= end <= size;
	    loop assigns end;
	    loop variant size - end; */
	while (end < size && fdt[end])
		end++;
	return end;
}

/*
 * Is the string at [start, end) of the blob (no NUL inside) the name
 * s[0 .. length), or, when unit_address is set, s followed by
 * "@unit-address"?
 */
static int name_is(const unsigned char *fdt, uint32_t start, uint32_t end,
		   const char *s, uint32_t length, int unit_address)
{
	uint32_t at = start, i = 0;

	/*@ loop invariant start <= at <= end && i == at - start;
	    loop invariant i <= length;
	    loop assigns at, i;
	    loop variant end - at; */
	while (at < end) {
		if (i == length)
			return unit_address && fdt[at] == '@';
		if (fdt[at] != (unsigned char)s[i])
			return 0;
		at++;
		i++;
	}
	return i == length;
}

/*
 * Rounded up to a multiple of 4: the same value as (value + 3) & ~3u, and
 * the same code, but the provers compute a division, not a bitwise and.
 */
static uint32_t align4(uint32_t value)
{
	return (value + 3) / 4 * 4;
}

/* The big-endian cell at offset at, or 0 when it is not inside the blob. */
static uint32_t cell(const unsigned char *fdt, uint32_t size, uint32_t at)
{
	return at <= size - 4 ? fdt_be32(fdt + at) : 0;
}

/*
 * The offset of a property's value in a blob of size bytes (a valid
 * header: size from kexec_fdt_size()), with *length, or 0 when there is
 * no such property (0 is the header, never a value). The node's and the
 * property's names are given with their lengths (node_length 0: the root).
 */
static uint32_t property_offset(const unsigned char *fdt, uint32_t size,
				const char *node, uint32_t node_length,
				const char *property, uint32_t property_length,
				uint32_t *length)
{
	uint32_t structure, strings, offset, depth = 0, in_node = 0;
	uint32_t wanted_depth = node_length ? 2 : 1;

	structure = fdt_be32(fdt + FDT_OFF_STRUCTURE);
	strings = fdt_be32(fdt + FDT_OFF_STRINGS);
	if (structure >= size || strings >= size)
		return 0;
	/*@ loop invariant structure < size && strings < size;
	    loop invariant offset <= size;
	    loop assigns offset, depth, in_node;
	    loop variant size - offset; */
	for (offset = structure; offset <= size - 4;) {
		uint32_t token = fdt_be32(fdt + offset);

		offset += 4;
		if (token == FDT_BEGIN_NODE) {
			uint32_t end = string_end(fdt, size, offset);

			if (end == size || ++depth > FDT_MAX_DEPTH)
				return 0;
			in_node = depth == wanted_depth &&
				  (wanted_depth == 1 ||
				   name_is(fdt, offset, end, node, node_length,
					   1));
			offset = align4(end + 1);
		} else if (token == FDT_END_NODE) {
			if (depth == 0)
				return 0;
			depth--;
			in_node = 0;
		} else if (token == FDT_PROP) {
			uint32_t value_length, name, name_end;

			if (offset > size - 8)
				return 0;
			value_length = fdt_be32(fdt + offset);
			name = fdt_be32(fdt + offset + 4);
			offset += 8;
			if (value_length > size - offset ||
			    name >= size - strings)
				return 0;
			/* The name must end inside the blob. */
			name += strings;
			name_end = string_end(fdt, size, name);
			if (in_node && depth == wanted_depth &&
			    name_end < size &&
			    name_is(fdt, name, name_end, property,
				    property_length, 0)) {
				*length = value_length;
				return offset;
			}
			offset = align4(offset + value_length);
		} else if (token != FDT_NOP) {
			return 0;
		}
		if (offset > size)
			return 0;
	}
	return 0;
}

const void *fdt_property(const void *blob, uint32_t max_size, const char *node,
			 const char *property, uint32_t *length)
{
	const unsigned char *fdt = blob;
	uint32_t size = kexec_fdt_size(blob, max_size);
	uint32_t offset;

	if (size == 0)
		return NULL;
	offset = property_offset(fdt, size, node, string_length(node, size),
				 property, string_length(property, size),
				 length);
	return offset ? fdt + offset : NULL;
}

static uint32_t cells_property(const unsigned char *fdt, uint32_t size,
			       const char *name, uint32_t name_length,
			       uint32_t fallback)
{
	uint32_t length = 0;
	uint32_t offset = property_offset(fdt, size, FDT_NAME(""), name,
					  name_length, &length);

	return offset && length == 4 ? cell(fdt, size, offset) : fallback;
}

int fdt_memory_range(const void *blob, uint32_t max_size, uint32_t *base,
		     uint32_t *size)
{
	const unsigned char *fdt = blob;
	uint32_t blob_size = kexec_fdt_size(blob, max_size);
	uint32_t address_cells, size_cells, length = 0, reg;
	uint32_t high_base = 0, high_size = 0, low_base, low_size, room;

	if (blob_size == 0)
		return FDT_ERR_NOT_FOUND;
	address_cells =
		cells_property(fdt, blob_size, FDT_NAME("#address-cells"), 2);
	size_cells = cells_property(fdt, blob_size, FDT_NAME("#size-cells"), 1);
	if (address_cells < 1 || address_cells > FDT_MAX_CELLS ||
	    size_cells < 1 || size_cells > FDT_MAX_CELLS)
		return FDT_ERR_BAD;
	reg = property_offset(fdt, blob_size, FDT_NAME("memory"),
			      FDT_NAME("reg"), &length);
	if (!reg || length < 4 * (address_cells + size_cells))
		return FDT_ERR_NOT_FOUND;
	if (address_cells == 2) {
		high_base = cell(fdt, blob_size, reg);
		reg += 4;
	}
	low_base = cell(fdt, blob_size, reg);
	reg += 4;
	if (size_cells == 2) {
		high_size = cell(fdt, blob_size, reg);
		reg += 4;
	}
	low_size = cell(fdt, blob_size, reg);
	/* Only what a 32-bit physical address reaches is usable here. */
	if (high_base != 0 || (high_size == 0 && low_size == 0))
		return FDT_ERR_BAD;
	/* From low_base to the top of the 32-bit address space (no wrap). */
	room = low_base ? 0xffffffffu - low_base + 1 : 0xffffffffu;
	if (high_size != 0 || low_size > room)
		low_size = room;
	*base = low_base;
	*size = low_size;
	return FDT_OK;
}
