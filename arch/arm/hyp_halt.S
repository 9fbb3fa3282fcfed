/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The end of every exception HYP code does not expect, in the boot stub and
 * in the resident hypervisor alike: switch to a per-CPU report stack, so a
 * broken SP_hyp cannot stop the report, print it and halt the CPU.
 */
#include <arch/arm/asm.h>
#include <core/stub.h>
#include <plat/platform.h>

	.syntax unified
	.arm
	.section .text.hypstub, "ax", %progbits

/* r0 = vector offset, r1 = who (a C string). Does not return. */
CODE_START hyp_mode_halt
	cpsid	aif
	CPU_INDEX r2
	cmp	r2, #PLAT_MAX_CPUS
	movhs	r2, #0
	ldr	sp, =hyp_mode_report_stacks_end
	sub	sp, sp, r2, lsl #STUB_PANIC_STACK_SHIFT
	bl	hyp_mode_report
1:	wfi
	b	1b
SYM_END hyp_mode_halt

	.section .bss.hypstub, "aw", %nobits
	.balign 8
hyp_mode_report_stacks:
	.space	PLAT_MAX_CPUS << STUB_PANIC_STACK_SHIFT
hyp_mode_report_stacks_end:
