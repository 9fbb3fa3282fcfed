/* SPDX-License-Identifier: BSD-2-Clause */
/* PSCI through the SMC conduit, AArch64 (plat/qemu-virt/include/plat/psci.h). */
#include <arch/arm64/asm.h>
#include <plat/psci.h>

	.section .text.hypstub, "ax", %progbits

/*
 * int64_t plat_psci_call64(uint64_t function, a1, a2, a3): SMCCC lets the
 * firmware clobber x0-x17, which a C call may clobber anyway.
 */
FUNC_START plat_psci_call64
	smc	#0
	ret
SYM_END plat_psci_call64

/*
 * Power off the calling CPU. Also entered as a payload by HVC_SOFT_RESTART,
 * at EL2 with the MMU off and no stack: it uses none.
 */
CODE_START plat_psci_cpu_off
	msr	daifset, #0xf
	ldr	x0, =PSCI_CPU_OFF
	smc	#0
1:	wfi					/* CPU_OFF refused: park */
	b	1b
SYM_END plat_psci_cpu_off
