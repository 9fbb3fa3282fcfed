// SPDX-License-Identifier: BSD-2-Clause
/* A string property of the DTB, for the kernels (core/fdt.c reads it). */
#include <core/fdt.h>
#include <kernel/kernel.h>

#define DTB_MAX_SIZE (2u << 20)

/* node is a node just below the root, such as "chosen". */
const char *kernel_fdt_property(const void *blob, const char *node,
				const char *property)
{
	uint32_t length = 0;
	const char *value =
		fdt_property(blob, DTB_MAX_SIZE, node, property, &length);

	if (!value || length == 0 || value[length - 1] != '\0')
		return NULL;
	return value;
}
