/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Cache maintenance by virtual address (arch/arm/cache.S), for code that
 * knows exactly which memory it wrote: a table of ranges, in memory that
 * is never written at run time, so it can be read with the caches off.
 */
#ifndef ARCH_ARM_CACHE_H
#define ARCH_ARM_CACHE_H

#define ARCH_RANGE_START 0
#define ARCH_RANGE_SIZE 4
#define ARCH_RANGE_BYTES 8

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct arch_range {
	const void *start;
	uint32_t size;
};

_Static_assert(offsetof(struct arch_range, start) == ARCH_RANGE_START, "");
_Static_assert(offsetof(struct arch_range, size) == ARCH_RANGE_SIZE, "");
_Static_assert(sizeof(struct arch_range) == ARCH_RANGE_BYTES, "");
#endif /* !__ASSEMBLY__ */
#endif /* ARCH_ARM_CACHE_H */
