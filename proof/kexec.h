/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ACSL contracts of kexec's payload checks and of the DTB size check
 * (core/kexec.c), proved by `make prove`. Read after core/kexec.c
 * (proof/kexec_wp.c). RAM membership is stated in unbounded integers, so a
 * range that wraps past the top of the address space is outside RAM.
 */
/* clang-format off */
#ifndef PROOF_KEXEC_H
#define PROOF_KEXEC_H

#include <core/fdt.h>
#include <hypstub/kexec.h>

#include "range.h"

#define PROOF_FDT_MAGIC 0xd00dfeed
#define PROOF_FDT_HEADER_BYTES 40
#define PROOF_FDT_MAX_BYTES 0x200000 /* 2 MiB: Linux's boot protocol */

/*@ predicate proof_in_memory(struct kexec_memory m, integer address,
			    integer length) =
	    m.base <= address && address + length <= m.base + m.size;

    predicate proof_entry_ok(struct kexec_memory m, integer entry) =
	    entry % 4 == 0 && proof_in_memory(m, entry, 4);

    predicate proof_dtb_ok(struct kexec_memory m, integer dtb) =
	    dtb % 8 == 0 && proof_in_memory(m, dtb, PROOF_FDT_HEADER_BYTES);

    // A big-endian word, as the C computes it.
    logic integer proof_be32{L}(unsigned char *p) =
	    (uint32_t)(p[0] << 24) | (uint32_t)(p[1] << 16) |
	    (uint32_t)(p[2] << 8) | p[3];
*/

/*@ requires \valid_read(memory);
    assigns \nothing;
    ensures \result == 0 || \result == 1;
    ensures \result == 1 <==> proof_in_memory(*memory, address, length); */
static int in_memory(const struct kexec_memory *memory, hypstub_reg_t address,
		     hypstub_reg_t length);

/*@ requires \valid_read(image) && \valid_read(memory);
    assigns \nothing;
    ensures KEXEC_5: \result == KEXEC_OK || \result == KEXEC_ERR_ENTRY;
    ensures KEXEC_5: A64_KEXEC_1:
	    \result == KEXEC_OK <==> proof_entry_ok(*memory, image->entry); */
int kexec_image_check(const struct kexec_image *image,
		      const struct kexec_memory *memory);

/*@ requires \valid(image) && \valid_read(memory);
    requires \separated(image, memory);
    assigns *image;
    ensures image->entry == entry;
#if HYPSTUB_AARCH64
    ensures A64_KEXEC_1: image->r0 == dtb && image->r1 == 0 && image->r2 == 0;
#else
    ensures KEXEC_1: image->r0 == 0 &&
	    image->r1 == KEXEC_LINUX_MACHINE_DT && image->r2 == dtb;
#endif
    ensures KEXEC_5: !proof_entry_ok(*memory, entry) ==>
	    \result == KEXEC_ERR_ENTRY;
    ensures KEXEC_5: proof_entry_ok(*memory, entry) &&
	    !proof_dtb_ok(*memory, dtb) ==> \result == KEXEC_ERR_DTB;
    ensures KEXEC_5: proof_entry_ok(*memory, entry) &&
	    proof_dtb_ok(*memory, dtb) ==> \result == KEXEC_OK; */
int kexec_image_linux(struct kexec_image *image,
		      const struct kexec_memory *memory, hypstub_reg_t entry,
		      hypstub_reg_t dtb);

/*@ requires \valid_read(bytes + (0 .. 3));
    assigns \nothing;
    ensures \result == proof_be32(bytes); */
static inline uint32_t fdt_be32(const unsigned char *bytes);

/*@ requires max_size >= PROOF_FDT_HEADER_BYTES ==>
	    \valid_read((unsigned char *)blob + (0 .. 7));
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

#endif /* PROOF_KEXEC_H */
/* clang-format on */
