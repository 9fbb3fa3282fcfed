/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Boot entry of a kernel that uses the stub, AArch64. Entered at EL2 (the
 * stub is installed and EL2 put in a known state) or at EL1 (booted under
 * another hypervisor: no stub). Either way the kernel continues at EL1 with
 * D, A, I and F masked, in hypstub_main() or hypstub_secondary_main().
 */
#include <arch/arm64/asm.h>
#include <hypstub/boot_record.h>
#include <core/stub.h>
#include <plat/platform.h>

#define EL1_STACK_SHIFT 13 /* 8 KiB per CPU */
#define CURRENT_EL_EL2 (2 << 2)

	.section .text.entry, "ax", %progbits

/*
 * Record how this CPU (index in x19) entered, x20 = its record: an AArch32
 * summary of the state (HYP for EL2, SVC for EL1, with DAIF.A/I/F), x0-x2,
 * SCTLR_EL1 and, at EL2, SCTLR_EL2 and VBAR_EL2. Leaves x21 = 1 at EL2.
 * Clobbers x3-x6.
 */
.macro RECORD_ENTRY
	ldr	x20, =hypstub_boot_records
	add	x20, x20, x19, lsl #BOOT_RECORD_SHIFT
	mrs	x3, CurrentEL
	mrs	x4, daif
	and	x4, x4, #DAIF_AIF_MASK
	mov	x5, #PSR_MODE_SVC
	mov	x6, #PSR_MODE_HYP
	cmp	x3, #CURRENT_EL_EL2
	csel	x5, x6, x5, eq
	cset	x21, eq
	orr	x5, x5, x4
	str	x5, [x20, #BOOT_RECORD_CPSR]
	str	x0, [x20, #BOOT_RECORD_R0]
	str	x1, [x20, #BOOT_RECORD_R1]
	str	x2, [x20, #BOOT_RECORD_R2]
	mrs	x3, sctlr_el1
	str	x3, [x20, #BOOT_RECORD_SCTLR]
	mov	x3, #0
	mov	x4, #0
	cbz	x21, 1f
	mrs	x3, sctlr_el2
	mrs	x4, vbar_el2
1:	str	x3, [x20, #BOOT_RECORD_HSCTLR]
	str	x4, [x20, #BOOT_RECORD_HVBAR]
	ldr	x3, [x20, #BOOT_RECORD_ENTRIES]
	add	x3, x3, #1
	str	x3, [x20, #BOOT_RECORD_ENTRIES]
.endm

/* The boot CPU: the first to run the image, whichever CPU that is. */
CODE_START hypstub_entry
	CPU_INDEX x19
	cmp	x19, #PLAT_MAX_CPUS
	b.hs	hypstub_park
	RECORD_ENTRY
	msr	daifset, #0xf
	ldr	x3, =hypstub_boot_cpu
	str	x19, [x3]

	/* No other CPU has entered this boot yet: forget earlier ones. */
	ldr	x3, =hypstub_boot_records
	mov	x4, #0
1:	cmp	x4, x19
	b.eq	2f
	str	xzr, [x3, #BOOT_RECORD_CPSR]
2:	add	x3, x3, #(1 << BOOT_RECORD_SHIFT)
	add	x4, x4, #1
	cmp	x4, #PLAT_MAX_CPUS
	b.lo	1b

	/* The boot CPU clears .bss; the records live in .data. */
	ldr	x3, =__bss_start
	ldr	x4, =__bss_end
3:	cmp	x3, x4
	b.hs	4f
	str	xzr, [x3], #8
	b	3b
4:	mov	x22, #1
	b	hypstub_enter_el1
SYM_END hypstub_entry

/* A secondary CPU, started with PSCI CPU_ON (x0 = its context id). */
CODE_START hypstub_secondary_entry
	CPU_INDEX x19
	cmp	x19, #PLAT_MAX_CPUS
	b.hs	hypstub_park
	RECORD_ENTRY
	msr	daifset, #0xf
	mov	x22, #0
	b	hypstub_enter_el1
SYM_END hypstub_secondary_entry

/* x19 = CPU index, x20 = its record, x21 = entered at EL2, x22 = boot CPU. */
LOCAL_CODE_START hypstub_enter_el1
	cbz	x21, .Lat_el1
	ldr	x3, =hypstub_hyp_stacks_end
	sub	x3, x3, x19, lsl #STUB_STACK_SHIFT
	mov	sp, x3
	mov	x0, x22
	ldr	x1, [x20, #BOOT_RECORD_R2]
	bl	stub_hyp_install
	mov	x0, #SPSR_EL1H_MASKED
	msr	spsr_el2, x0
	adr	x0, .Lat_el1
	msr	elr_el2, x0
	eret
.Lat_el1:
	ldr	x3, =hypstub_el1_stacks_end
	sub	x3, x3, x19, lsl #EL1_STACK_SHIFT
	mov	sp, x3
	mov	x0, x19
	cbz	x22, 5f
	bl	hypstub_main
	b	hypstub_park
5:	bl	hypstub_secondary_main
	b	hypstub_park
SYM_END hypstub_enter_el1

/* A CPU with nothing to do: masked and waiting, for ever. */
CODE_START hypstub_park
	msr	daifset, #0xf
1:	wfi
	b	1b
SYM_END hypstub_park

	.section .data.hypstub, "aw", %progbits
	.balign 8
	.global hypstub_boot_cpu
hypstub_boot_cpu:
	.quad	0
	.balign 64
	.global hypstub_boot_records
hypstub_boot_records:
	.space	PLAT_MAX_CPUS << BOOT_RECORD_SHIFT
	.size	hypstub_boot_records, . - hypstub_boot_records

	.section .bss.hypstub, "aw", %nobits
	.balign 16
hypstub_hyp_stacks:
	.space	PLAT_MAX_CPUS << STUB_STACK_SHIFT
hypstub_hyp_stacks_end:
	.balign 16
hypstub_el1_stacks:
	.space	PLAT_MAX_CPUS << EL1_STACK_SHIFT
hypstub_el1_stacks_end:
