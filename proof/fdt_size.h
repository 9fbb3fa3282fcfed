/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The DTB size check's contract (core/kexec.c), shared by kexec's proof,
 * which proves it, and the DTB reader's (core/fdt.c), which assumes it.
 */
/* clang-format off */
#ifndef PROOF_FDT_SIZE_H
#define PROOF_FDT_SIZE_H

#include <core/fdt.h>

#define PROOF_FDT_MAGIC 0xd00dfeed
#define PROOF_FDT_HEADER_BYTES 40
#define PROOF_FDT_MAX_BYTES 0x200000 /* 2 MiB: Linux's boot protocol */

/*@ // A big-endian word, as the C computes it.
    logic integer proof_be32{L}(unsigned char *p) =
	    (uint32_t)(p[0] << 24) | (uint32_t)(p[1] << 16) |
	    (uint32_t)(p[2] << 8) | p[3];
*/

/*@ requires \valid_read(bytes + (0 .. 3));
    terminates \true;
    assigns \nothing;
    ensures \result == proof_be32(bytes); */
static inline uint32_t fdt_be32(const unsigned char *bytes);

/*@ requires max_size >= PROOF_FDT_HEADER_BYTES ==>
	    \valid_read((unsigned char *)blob + (0 .. 7));
    terminates \true;
    assigns \nothing;
    ensures KEXEC_9: \result == 0 ||
	    (PROOF_FDT_HEADER_BYTES <= \result <= max_size &&
	     \result <= PROOF_FDT_MAX_BYTES &&
	     proof_be32((unsigned char *)blob) == PROOF_FDT_MAGIC &&
	     \result == proof_be32((unsigned char *)blob + 4));
    ensures KEXEC_9: max_size < PROOF_FDT_HEADER_BYTES ==> \result == 0;
    ensures KEXEC_9: max_size >= PROOF_FDT_HEADER_BYTES &&
	    proof_be32((unsigned char *)blob) == PROOF_FDT_MAGIC &&
	    PROOF_FDT_HEADER_BYTES <=
		    proof_be32((unsigned char *)blob + 4) <= max_size &&
	    proof_be32((unsigned char *)blob + 4) <= PROOF_FDT_MAX_BYTES ==>
		    \result == proof_be32((unsigned char *)blob + 4); */
uint32_t kexec_fdt_size(const void *blob, uint32_t max_size);

#endif /* PROOF_FDT_SIZE_H */
/* clang-format on */
