// SPDX-License-Identifier: BSD-2-Clause
#include <plat/uart.h>

/*
 * Stop this CPU for good. Weak: a test kernel may end QEMU instead, so that a
 * halt shows at once rather than as a time-out (tests/target/conformance.c);
 * the exceptions suite keeps this one and checks that the CPU really stops.
 */
__attribute__((weak)) void plat_halt(void)
{
	for (;;)
#if defined(__aarch64__)
		__asm__ volatile("msr daifset, #0xf\n\twfi" ::: "memory");
#else
		__asm__ volatile("cpsid aif\n\twfi" ::: "memory");
#endif
}
