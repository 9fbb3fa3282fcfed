/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * What an AArch64 restart cleans to the point of coherency by virtual
 * address before it leaves EL1 (arch/arm64/kexec_restart.S), from what the
 * library already knows: the payload's extent from its arm64 Image header
 * (image_size), the DTB's from its header (totalsize). doc/kexec.md.
 */
#ifndef CORE_KEXEC_EXTENT_H
#define CORE_KEXEC_EXTENT_H

#include <hypstub/kexec.h>

#define KEXEC_EXTENT_PAYLOAD 0
#define KEXEC_EXTENT_DTB 1
#define KEXEC_EXTENTS 2
/* A payload that is neither an arm64 Image nor in the running image. */
#define KEXEC_EXTENT_UNKNOWN_SIZE 64

#define KEXEC_EXTENT_START 0
#define KEXEC_EXTENT_SIZE HYPSTUB_REG_BYTES
#define KEXEC_EXTENT_BYTES (HYPSTUB_REG_BYTES + HYPSTUB_REG_BYTES)

#ifndef __ASSEMBLY__
struct kexec_extent {
	hypstub_reg_t start;
	hypstub_reg_t size; /* 0: nothing to clean */
};

_Static_assert(sizeof(struct kexec_extent) == KEXEC_EXTENT_BYTES, "");

/*
 * The payload's extent and the DTB's (image->r0, the arm64 protocol's x0),
 * each inside memory:
 *   payload: an arm64 Image header at the entry (magic, image_size of at
 *     least its 64 bytes, all inside RAM): image_size bytes; otherwise, an
 *     entry inside the running image [image_start, image_end): up to its
 *     end; otherwise the first KEXEC_EXTENT_UNKNOWN_SIZE bytes (clipped to
 *     RAM), the rest being the caller's to clean;
 *   DTB: a valid FDT header inside RAM: totalsize bytes; otherwise none.
 * Reads the two headers, through the caches.
 */
void kexec_arm64_extents(const struct kexec_image *image,
			 const struct kexec_memory *memory,
			 hypstub_reg_t image_start, hypstub_reg_t image_end,
			 struct kexec_extent extents[KEXEC_EXTENTS]);

/*
 * kexec_arm64_extents() with the RAM the boot stub found and the running
 * image's bounds (arch/arm64/kexec_extent.c): what kexec_arch_restart
 * calls, with its caches still on.
 */
void kexec_arch_extents(const struct kexec_image *image,
			struct kexec_extent extents[KEXEC_EXTENTS]);
#endif /* !__ASSEMBLY__ */
#endif /* CORE_KEXEC_EXTENT_H */
