/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch32 hvc with r0-r3 and r12 from a struct xen_probe_regs, written back
 * after the call. Two nops follow each hvc so that a return one instruction
 * late (an injected undefined-instruction exception whose return address is
 * past the hvc) still lands before the store.
 */
#include <arch/arm/asm.h>
#include "probe.h"

	.syntax unified
	.arm
	.arch_extension virt
	.text

.macro PROBE_HVC immediate
FUNC_START xen_probe_hvc_\immediate
	push	{r4-r11, lr}
	mov	r4, r0
	ldm	r4, {r0-r3, ip}
	.global	xen_probe_hvc_\immediate\()_insn
xen_probe_hvc_\immediate\()_insn:
	hvc	#0x\immediate
	nop
	nop
	stm	r4, {r0-r3, ip}
	pop	{r4-r11, pc}
SYM_END xen_probe_hvc_\immediate
.endm

	.if XEN_PROBE_SCRATCH != 16
	.error "struct xen_probe_regs: ldm/stm expect r12 at offset 16"
	.endif

PROBE_HVC 0
PROBE_HVC ea1
PROBE_HVC 1
