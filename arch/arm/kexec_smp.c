// SPDX-License-Identifier: BSD-2-Clause
/* kexec and kdump on SMP: what a CPU told to stop does. */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

void kexec_cpu_stop(int uninstall_hyp)
{
	struct kexec_image off = {
		.entry = (uint32_t)(uintptr_t)plat_psci_cpu_off,
	};

	if (uninstall_hyp && hypstub_hyp_available() && hyp_installed())
		hyp_uninstall();
	/* To HYP with the MMUs off, then CPU_OFF: or CPU_OFF from SVC. */
	kexec_arch_restart(&off, hypstub_hyp_available());
	plat_halt();
}
