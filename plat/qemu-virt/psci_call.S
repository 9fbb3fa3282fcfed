/* SPDX-License-Identifier: BSD-2-Clause */
/* PSCI through the SMC conduit (plat/qemu-virt/include/plat/psci.h). */
#include <arch/arm/asm.h>
#include <plat/psci.h>

	.syntax unified
	.arm
	.arch_extension sec
	.section .text.hypstub, "ax", %progbits

/* int32_t plat_psci_call(uint32_t function, uint32_t a1, a2, a3) */
FUNC_START plat_psci_call
	push	{r4-r11, lr}			@ the firmware may use any
	smc	#0
	pop	{r4-r11, pc}
SYM_END plat_psci_call

/*
 * Power off the calling CPU. Also entered as a payload by HVC_SOFT_RESTART,
 * in HYP with the MMU off and no stack: it uses none.
 */
CODE_START plat_psci_cpu_off
	cpsid	aif
	ldr	r0, =PSCI_CPU_OFF
	smc	#0
1:	wfi					@ CPU_OFF refused: park
	b	1b
SYM_END plat_psci_cpu_off
