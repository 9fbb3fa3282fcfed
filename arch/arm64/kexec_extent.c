// SPDX-License-Identifier: BSD-2-Clause
/*
 * What kexec_arch_restart (kexec_restart.S) cleans by VA: the payload and
 * its DTB within the RAM the boot stub found, the running image's bounds
 * for a payload that is part of it (core/kexec_arm64_image.c).
 */
#include <core/kexec_extent.h>
#include <hypstub/hypstub.h>

extern const char __image_start[], __image_end[];

void kexec_arch_extents(const struct kexec_image *image,
			struct kexec_extent extents[KEXEC_EXTENTS])
{
	struct kexec_memory memory;

	hypstub_memory(&memory.base, &memory.size);
	kexec_arm64_extents(image, &memory,
			    (hypstub_reg_t)(uintptr_t)__image_start,
			    (hypstub_reg_t)(uintptr_t)__image_end, extents);
}
