/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch64 hvc with x0-x3 and x16 from a struct xen_probe_regs, written back
 * after the call. Two nops follow each hvc so that a return one instruction
 * late (an injected undefined-instruction exception whose ELR_EL1 is past the
 * hvc) still lands before the store.
 */
#include <arch/arm64/asm.h>
#include "../probe.h"

	.text

.macro PROBE_HVC immediate
FUNC_START xen_probe_hvc_\immediate
	stp	x29, x30, [sp, #-32]!
	str	x19, [sp, #16]
	mov	x19, x0
	ldp	x0, x1, [x19, #XEN_PROBE_R0]
	ldp	x2, x3, [x19, #(XEN_PROBE_R0 + 16)]
	ldr	x16, [x19, #XEN_PROBE_SCRATCH]
	.global	xen_probe_hvc_\immediate\()_insn
xen_probe_hvc_\immediate\()_insn:
	hvc	#0x\immediate
	nop
	nop
	stp	x0, x1, [x19, #XEN_PROBE_R0]
	stp	x2, x3, [x19, #(XEN_PROBE_R0 + 16)]
	str	x16, [x19, #XEN_PROBE_SCRATCH]
	ldr	x19, [sp, #16]
	ldp	x29, x30, [sp], #32
	ret
SYM_END xen_probe_hvc_\immediate
.endm

PROBE_HVC 0
PROBE_HVC ea1
PROBE_HVC 1
