/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The boot stub's HYP vectors. An hvc from PL1 arrives at the HYP trap slot,
 * which saves r0-r3, ip and LR_usr in a struct stub_context on the HYP stack
 * and hands it to stub_handle_trap() (core/stub.c). Every other slot is an
 * exception the stub never expects: it is reported and the CPU halts.
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include <core/stub.h>
#include <plat/platform.h>

	.syntax unified
	.arm
	.arch_extension virt
	.arch_extension sec
	.section .text.hypstub, "ax", %progbits

HYP_VECTOR_TABLE stub_vectors, stub, stub_hyp_trap, stub_name

/*
 * hvc from PL1. LR is shared with User mode in HYP, so the C call below would
 * clobber the caller's LR_usr: it is saved and restored with r0-r3 and ip.
 */
LOCAL_CODE_START stub_hyp_trap
	sub	sp, sp, #STUB_CTX_SIZE
	stmia	sp, {r0-r3, ip}
	str	lr, [sp, #STUB_CTX_LR]
	mrc	p15, 4, r0, c5, c2, 0		@ HSR
	str	r0, [sp, #STUB_CTX_ESR]
	mov	r0, sp
	bl	stub_handle_trap
	cmp	r0, #STUB_NEXT_RETURN
	bne	1f
	ldr	lr, [sp, #STUB_CTX_LR]
	ldmia	sp, {r0-r3, ip}
	add	sp, sp, #STUB_CTX_SIZE
	eret
1:	cmp	r0, #STUB_NEXT_SOFT_RESTART
	bne	2f
	ldr	r8, [sp, #STUB_CTX_R1]		@ entry
	ldr	r9, [sp, #STUB_CTX_R2]		@ becomes the payload's r0
	ldr	r10, [sp, #STUB_CTX_R3]		@ ... r1
	ldr	r11, [sp, #STUB_CTX_IP]		@ ... r2
	b	hyp_soft_restart
2:	mov	r0, #HYP_VECTOR_HYP_TRAP
	ldr	r1, =stub_name
	b	hyp_mode_halt
SYM_END stub_hyp_trap

	.section .rodata
stub_name:
	.asciz	"boot stub"
