// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump on SMP, both architectures: what a CPU told to stop does.
 * It powers off through HYP/EL2 with the MMUs off, so that the payload can
 * start it again in HYP/EL2 ([SMP-KDUMP-2]).
 */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

void kexec_cpu_stop(int uninstall_hyp)
{
	struct kexec_image off = {
		.entry = (hypstub_reg_t)(uintptr_t)plat_psci_cpu_off,
	};

	if (uninstall_hyp && hypstub_hyp_available() && hyp_installed())
		hyp_uninstall();
	/*
	 * To HYP/EL2 with the MMUs off, then CPU_OFF from there; or CPU_OFF
	 * from SVC/EL1 when there is no stub.
	 */
	kexec_arch_restart(&off, hypstub_hyp_available());
	plat_halt();
}
