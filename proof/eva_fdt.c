// SPDX-License-Identifier: BSD-2-Clause
/*
 * EVA's entry point for core/fdt.c: the DTB reader over a blob of
 * PROOF_BLOB_BYTES unknown bytes, with any room up to its size, looking up
 * what the stub looks up at boot (the root's cell sizes, /memory's "reg").
 */
#include "__fc_builtin.h"
#include <core/fdt.h>

#define PROOF_BLOB_BYTES 128

int main(void)
{
	unsigned char blob[PROOF_BLOB_BYTES];
	uint32_t room = Frama_C_unsigned_int_interval(0, PROOF_BLOB_BYTES);
	uint32_t base, size, length;

	Frama_C_make_unknown((char *)blob, sizeof(blob));
	fdt_property(blob, room, "memory", "reg", &length);
	return fdt_memory_range(blob, room, &base, &size);
}
