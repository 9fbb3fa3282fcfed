// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: a CPU told to stop for kdump or
 * kexec masks its interrupts and waits, but never powers off. The SMP and
 * fault-injection suites must fail on it ([SMP-KDUMP-2], [KDUMP-4]).
 */
#include <hypstub/kexec.h>

void kexec_cpu_stop(int uninstall_hyp)
{
	(void)uninstall_hyp;
	for (;;)
		__asm__ volatile("cpsid aif\n\twfi" ::: "memory");
}
