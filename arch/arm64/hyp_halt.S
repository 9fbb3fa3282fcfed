/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The end of every exception EL2 code does not expect: switch to a per-CPU
 * report stack, print the report and halt the CPU.
 */
#include <arch/arm64/asm.h>
#include <core/stub.h>

	.section .text.hypstub, "ax", %progbits

/* x0 = vector offset, x1 = who (a C string). Does not return. */
CODE_START hyp_mode_halt
	msr	daifset, #0xf
	CPU_INDEX x2
	cmp	x2, #PLAT_MAX_CPUS
	csel	x2, xzr, x2, hs
	ldr	x3, =hyp_mode_report_stacks_end
	sub	x3, x3, x2, lsl #STUB_PANIC_STACK_SHIFT
	mov	sp, x3
	bl	hyp_mode_report
1:	wfi
	b	1b
SYM_END hyp_mode_halt

	.section .bss.hypstub, "aw", %nobits
	.balign 16
hyp_mode_report_stacks:
	.space	PLAT_MAX_CPUS << STUB_PANIC_STACK_SHIFT
hyp_mode_report_stacks_end:
