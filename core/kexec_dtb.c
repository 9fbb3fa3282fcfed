// SPDX-License-Identifier: BSD-2-Clause
/* Copying the DTB clear of a payload ([KEXEC-9]); both architectures. */
#include <hypstub/kexec.h>

uint32_t kexec_copy_dtb(hypstub_reg_t to, hypstub_reg_t from,
			const struct kexec_memory *memory)
{
	const unsigned char *source = (const unsigned char *)(uintptr_t)from;
	unsigned char *destination = (unsigned char *)(uintptr_t)to;
	hypstub_reg_t available;
	uint32_t size, i;

	if (from < memory->base || to < memory->base || to % 8 != 0)
		return 0;
	available = memory->size - (from - memory->base);
	if (from - memory->base >= memory->size)
		return 0;
	size = kexec_fdt_size(source, available > 0xffffffffu
					      ? 0xffffffffu
					      : (uint32_t)available);
	if (size == 0 || to - memory->base >= memory->size ||
	    size > memory->size - (to - memory->base))
		return 0;
	if (to < from + size && from < to + size)
		return 0;
	for (i = 0; i < size; i++)
		destination[i] = source[i];
	return size;
}
