/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ACSL contracts of the DTB reader (core/fdt.c), proved by `make prove`:
 * whatever the blob holds, no read leaves it, and a property found is a
 * range inside it. Read after core/fdt.c (proof/fdt_wp.c); the size check
 * it starts with is kexec_fdt_size(), whose contract kexec's unit proves
 * (proof/fdt_size.h).
 */
/* clang-format off */
#ifndef PROOF_FDT_H
#define PROOF_FDT_H

#include <core/fdt.h>

#include "fdt_size.h"

/*@ // The blob the reader may read: size bytes, a header at least.
    predicate proof_blob{L}(unsigned char *fdt, integer size) =
	    PROOF_FDT_HEADER_BYTES <= size <= PROOF_FDT_MAX_BYTES &&
	    \valid_read(fdt + (0 .. size - 1));
*/

/*@ requires proof_blob(fdt, size) && offset <= size;
    terminates \true;
    assigns \nothing;
    ensures offset <= \result <= size;
    ensures \result < size ==> fdt[\result] == 0; */
static uint32_t string_end(const unsigned char *fdt, uint32_t size,
			   uint32_t offset);

/*@ requires fdt_string(s);
    terminates \true;
    assigns \nothing;
    ensures \result <= limit;
    ensures \valid_read(s + (0 .. \result - 1)); */
static uint32_t string_length(const char *s, uint32_t limit);

/*@ requires start <= end && \valid_read(fdt + (start .. end - 1));
    requires \valid_read(s + (0 .. length - 1));
    terminates \true;
    assigns \nothing;
    ensures \result == 0 || \result == 1; */
static int name_is(const unsigned char *fdt, uint32_t start, uint32_t end,
		   const char *s, uint32_t length, int unit_address);

/*@ requires value <= PROOF_FDT_MAX_BYTES;
    terminates \true;
    assigns \nothing;
    ensures value <= \result; */
static uint32_t align4(uint32_t value);

/*@ requires proof_blob(fdt, size);
    terminates \true;
    assigns \nothing;
    ensures at + 4 > size ==> \result == 0; */
static uint32_t cell(const unsigned char *fdt, uint32_t size, uint32_t at);

/*@ requires proof_blob(fdt, size);
    requires \valid_read(node + (0 .. node_length - 1));
    requires \valid_read(property + (0 .. property_length - 1));
    requires \valid(length) && \separated(length, fdt + (0 .. size - 1));
    terminates \true;
    assigns *length;
    ensures \result == 0 ||
	    (0 < \result && \result + *length <= size); */
static uint32_t property_offset(const unsigned char *fdt, uint32_t size,
				const char *node, uint32_t node_length,
				const char *property, uint32_t property_length,
				uint32_t *length);

/*@ requires \valid_read((unsigned char *)blob + (0 .. max_size - 1));
    requires fdt_string(node) && fdt_string(property);
    requires \valid(length) &&
	    \separated(length, (unsigned char *)blob + (0 .. max_size - 1));
    terminates \true;
    assigns *length;
    ensures \result == \null ||
	    (\exists integer offset; 0 < offset &&
	     offset + *length <= max_size &&
	     \result == (unsigned char *)blob + offset); */
const void *fdt_property(const void *blob, uint32_t max_size, const char *node,
			 const char *property, uint32_t *length);

/*@ requires proof_blob(fdt, size);
    requires \valid_read(name + (0 .. name_length - 1));
    terminates \true;
    assigns \nothing; */
static uint32_t cells_property(const unsigned char *fdt, uint32_t size,
			       const char *name, uint32_t name_length,
			       uint32_t fallback);

/*@ requires \valid_read((unsigned char *)blob + (0 .. max_size - 1));
    requires \valid(base) && \valid(size) && \separated(base, size);
    requires \separated(base, (unsigned char *)blob + (0 .. max_size - 1));
    requires \separated(size, (unsigned char *)blob + (0 .. max_size - 1));
    terminates \true;
    assigns *base, *size;
    ensures \result == FDT_OK || \result == FDT_ERR_NOT_FOUND ||
	    \result == FDT_ERR_BAD;
    // A range found lies below 4 GiB, whole.
    ensures \result == FDT_OK ==>
	    *size != 0 && *base + *size <= 0x100000000; */
int fdt_memory_range(const void *blob, uint32_t max_size, uint32_t *base,
		     uint32_t *size);

#endif /* PROOF_FDT_H */
/* clang-format on */
