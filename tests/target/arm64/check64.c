// SPDX-License-Identifier: BSD-2-Clause
/* What the AArch64 test kernels share: a check that counts, and the halt. */
#include <kernel/kernel.h>
#include <plat/uart.h>

#include "test64.h"

int test64_failures;

/* A halt in EL2 code ends QEMU at once (the runner's "halted"). */
void plat_halt(void)
{
	plat_exit(TEST64_EXIT_HALTED);
}

void check_eq(const char *what, uint64_t actual, uint64_t expected)
{
	if (actual == expected)
		return;
	test64_failures++;
	kprintf("#   FAILED: %s: got 0x%08x%08x, expected 0x%08x%08x\n", what,
		(uint32_t)(actual >> 32), (uint32_t)actual,
		(uint32_t)(expected >> 32), (uint32_t)expected);
}
