/* SPDX-License-Identifier: BSD-2-Clause */
/* A bounded reader for flattened device trees (core/fdt.c). */
#ifndef CORE_FDT_H
#define CORE_FDT_H

#define FDT_OK 0
#define FDT_ERR_NOT_FOUND (-1)
#define FDT_ERR_BAD (-2)

#ifndef __ASSEMBLY__
#include <stdint.h>

/* A big-endian 32-bit cell, as every DTB field is stored. */
static inline uint32_t fdt_be32(const unsigned char *bytes)
{
	return (uint32_t)bytes[0] << 24 | (uint32_t)bytes[1] << 16 |
	       (uint32_t)bytes[2] << 8 | bytes[3];
}

/*
 * A property of the root node (node = "") or of a node just below it whose
 * name is node or node@address. Returns its value and *length, or NULL when
 * the blob is not a DTB of at most max_size bytes or has no such property.
 */
const void *fdt_property(const void *blob, uint32_t max_size, const char *node,
			 const char *property, uint32_t *length);

/*
 * The first range of /memory's "reg", below 4 GiB: FDT_OK with *base and
 * *size (clamped to the 32-bit address space), or FDT_ERR_*.
 */
int fdt_memory_range(const void *blob, uint32_t max_size, uint32_t *base,
		     uint32_t *size);

#endif /* !__ASSEMBLY__ */
#endif /* CORE_FDT_H */
