/* SPDX-License-Identifier: BSD-2-Clause */
/* The one range check of every address a caller passes (stub and kexec). */
#ifndef CORE_RANGE_H
#define CORE_RANGE_H

#include <hypstub/reg.h>

/*
 * True when [address, address + length) lies inside [base, base + size),
 * computed without overflow: a range that wraps around the top of the
 * address space is never inside.
 */
static inline int range_inside(hypstub_reg_t base, hypstub_reg_t size,
			       hypstub_reg_t address, hypstub_reg_t length)
{
	hypstub_reg_t offset;

	if (address < base)
		return 0;
	offset = address - base;
	return length <= size && offset <= size - length;
}

#endif /* CORE_RANGE_H */
