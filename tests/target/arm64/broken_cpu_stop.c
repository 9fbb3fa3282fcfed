// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: an AArch64 CPU told to stop for
 * kdump or kexec masks its interrupts and waits, but never powers off. The
 * SMP suite must fail on it ([SMP-KDUMP-2], [SMP-KEXEC-1]).
 */
#include <hypstub/kexec.h>

void kexec_cpu_stop(int uninstall_hyp)
{
	(void)uninstall_hyp;
	for (;;)
		__asm__ volatile("msr daifset, #0xf\n\twfi" ::: "memory");
}
