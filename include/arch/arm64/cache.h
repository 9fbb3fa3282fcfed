/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Cache maintenance by virtual address, AArch64 (arch/arm64/cache.S and the
 * DCACHE_CLEAN_INVALIDATE_RANGE macro of <arch/arm64/asm.h>): the restart
 * paths clean exactly what they know was written, never by set/way. A
 * table of ranges lives in memory that is never written at run time, so
 * it can be read with the caches off.
 */
#ifndef ARCH_ARM64_CACHE_H
#define ARCH_ARM64_CACHE_H

#define ARCH_RANGE_START 0
#define ARCH_RANGE_SIZE 8
#define ARCH_RANGE_BYTES 16

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct arch_range {
	const void *start;
	uint64_t size;
};

_Static_assert(offsetof(struct arch_range, start) == ARCH_RANGE_START, "");
_Static_assert(offsetof(struct arch_range, size) == ARCH_RANGE_SIZE, "");
_Static_assert(sizeof(struct arch_range) == ARCH_RANGE_BYTES, "");

/*
 * Clean and invalidate to the point of coherency every line of the count
 * ranges at ranges. Reads only the table; no stack; clobbers x0-x5.
 */
void arch_dcache_clean_invalidate_ranges(const struct arch_range *ranges,
					 uint64_t count);
#endif /* !__ASSEMBLY__ */
#endif /* ARCH_ARM64_CACHE_H */
