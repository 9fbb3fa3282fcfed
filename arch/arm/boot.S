/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Boot entry of a kernel that uses the stub. Entered in HYP (the stub is
 * installed and HYP put in a known state) or in a PL1 mode (booted under
 * another hypervisor: no stub, nothing to install). Either way the kernel
 * continues in SVC with all exceptions masked, in hypstub_main().
 */
#include <arch/arm/asm.h>
#include <arch/arm/sysreg.h>
#include <hypstub/boot_record.h>
#include <core/stub.h>
#include <plat/platform.h>

#define SVC_STACK_SHIFT 13 /* 8 KiB per CPU */

	.syntax unified
	.arm
	.arch_extension virt
	.arch_extension sec
	.section .text.entry, "ax", %progbits

/*
 * Record how this CPU (index in r4) entered: CPSR, r0-r2, SCTLR and, in HYP,
 * HSCTLR and HVBAR. Leaves r6 = the mode. Clobbers r0, r1, r5.
 */
.macro RECORD_ENTRY
	ldr	r5, =hypstub_boot_records
	add	r5, r5, r4, lsl #BOOT_RECORD_SHIFT
	mrs	r6, cpsr
	str	r6, [r5, #BOOT_RECORD_CPSR]
	str	r0, [r5, #BOOT_RECORD_R0]
	str	r1, [r5, #BOOT_RECORD_R1]
	str	r2, [r5, #BOOT_RECORD_R2]
	mrc	p15, 0, r0, c1, c0, 0		@ SCTLR
	str	r0, [r5, #BOOT_RECORD_SCTLR]
	and	r6, r6, #PSR_MODE_MASK
	mov	r0, #0
	mov	r1, #0
	cmp	r6, #PSR_MODE_HYP
	mrceq	p15, 4, r0, c1, c0, 0		@ HSCTLR
	mrceq	p15, 4, r1, c12, c0, 0		@ HVBAR
	str	r0, [r5, #BOOT_RECORD_HSCTLR]
	str	r1, [r5, #BOOT_RECORD_HVBAR]
	ldr	r0, [r5, #BOOT_RECORD_ENTRIES]
	add	r0, r0, #1
	str	r0, [r5, #BOOT_RECORD_ENTRIES]
.endm

/* The boot CPU: the first to run the image, whichever CPU that is. */
CODE_START hypstub_entry
	cpsid	aif
	CPU_INDEX r4
	cmp	r4, #PLAT_MAX_CPUS
	bhs	hypstub_park
	RECORD_ENTRY
	ldr	r0, =hypstub_boot_cpu
	str	r4, [r0]

	/* No other CPU has entered this boot yet: forget earlier ones. */
	ldr	r0, =hypstub_boot_records
	mov	r1, #0
	mov	r2, #0
1:	cmp	r1, r4
	strne	r2, [r0, #BOOT_RECORD_CPSR]
	add	r0, r0, #(1 << BOOT_RECORD_SHIFT)
	add	r1, r1, #1
	cmp	r1, #PLAT_MAX_CPUS
	blo	1b

	/* The boot CPU clears .bss; the records live in .data. */
	ldr	r0, =__bss_start
	ldr	r1, =__bss_end
	mov	r2, #0
2:	cmp	r0, r1
	strlo	r2, [r0], #4
	blo	2b
	mov	r7, #1
	b	hypstub_enter_svc
SYM_END hypstub_entry

/*
 * A secondary CPU, started with PSCI CPU_ON (r0 = its context id): the same
 * set-up on its own stacks, no .bss clearing, then hypstub_secondary_main().
 */
CODE_START hypstub_secondary_entry
	cpsid	aif
	CPU_INDEX r4
	cmp	r4, #PLAT_MAX_CPUS
	bhs	hypstub_park
	RECORD_ENTRY
	mov	r7, #0
	b	hypstub_enter_svc
SYM_END hypstub_secondary_entry

/* r4 = CPU index, r6 = entry mode, r7 = 1 on the boot CPU. */
LOCAL_CODE_START hypstub_enter_svc
	cmp	r6, #PSR_MODE_HYP
	bne	.Lfrom_pl1
	ldr	sp, =hypstub_hyp_stacks_end
	sub	sp, sp, r4, lsl #STUB_STACK_SHIFT
	mov	r0, r7				@ is the boot CPU
	ldr	r1, [r5, #BOOT_RECORD_R2]	@ r2 at entry: the DTB, maybe
	bl	stub_hyp_install
	mov	r0, #(PSR_MODE_SVC | PSR_AIF_MASK)
	msr	spsr_cxsf, r0
	adr	r0, .Lin_svc
	msr	elr_hyp, r0
	eret

.Lfrom_pl1:
	cps	#PSR_MODE_SVC
.Lin_svc:
	ldr	sp, =hypstub_svc_stacks_end
	sub	sp, sp, r4, lsl #SVC_STACK_SHIFT
	mov	r0, r4
	cmp	r7, #0
	beq	3f
	bl	hypstub_main
	b	hypstub_park
3:	bl	hypstub_secondary_main
	b	hypstub_park
SYM_END hypstub_enter_svc

/* A CPU with nothing to do: masked and waiting, for ever. */
CODE_START hypstub_park
	cpsid	aif
1:	wfi
	b	1b
SYM_END hypstub_park

	.section .data.hypstub, "aw", %progbits
	.balign 4
	.global hypstub_boot_cpu
hypstub_boot_cpu:
	.word	0
	.balign 32
	.global hypstub_boot_records
hypstub_boot_records:
	.space	PLAT_MAX_CPUS << BOOT_RECORD_SHIFT
	.size	hypstub_boot_records, . - hypstub_boot_records

	.section .bss.hypstub, "aw", %nobits
	.balign 8
hypstub_hyp_stacks:
	.space	PLAT_MAX_CPUS << STUB_STACK_SHIFT
hypstub_hyp_stacks_end:
	.balign 8
hypstub_svc_stacks:
	.space	PLAT_MAX_CPUS << SVC_STACK_SHIFT
hypstub_svc_stacks_end:
