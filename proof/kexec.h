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

#include "fdt_size.h"
#include "range.h"

/*@ predicate proof_in_memory(struct kexec_memory m, integer address,
			    integer length) =
	    m.base <= address && address + length <= m.base + m.size;

    predicate proof_entry_ok(struct kexec_memory m, integer entry) =
	    entry % 4 == 0 && proof_in_memory(m, entry, 4);

    predicate proof_dtb_ok(struct kexec_memory m, integer dtb) =
	    dtb % 8 == 0 && proof_in_memory(m, dtb, PROOF_FDT_HEADER_BYTES);
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

#endif /* PROOF_KEXEC_H */
/* clang-format on */
