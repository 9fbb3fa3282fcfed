/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The test guest: position-independent, copied to the start of its window
 * (tests/target/guest.h). Runs in SVC with the MMU off; r0 = its mode.
 */
#include <arch/arm/asm.h>
#include <hypstub/abi.h>
#include "guest.h"

	.syntax unified
	.arm
	.arch_extension virt
	.arch_extension sec
	.text
	.balign 32
	.global guest_code_start, guest_code_end

guest_code_start:
	adr	r11, guest_code_start		@ the window's base
	add	sp, r11, #GUEST_STACK_OFFSET
	add	r10, r11, #GUEST_DATA_OFFSET
	cmp	r0, #GUEST_MODE_FUZZ
	beq	guest_fuzz
	cmp	r0, #GUEST_MODE_LOAD
	beq	guest_load
	cmp	r0, #GUEST_MODE_STORE
	beq	guest_store
	cmp	r0, #GUEST_MODE_JUMP
	beq	guest_jump
	cmp	r0, #GUEST_MODE_SMC
	beq	guest_smc
	cmp	r0, #GUEST_MODE_HVC
	beq	guest_hvc
	cmp	r0, #GUEST_MODE_WFI
	beq	guest_wfi
	cmp	r0, #GUEST_MODE_SYSREGS
	beq	guest_sysregs
	cmp	r0, #GUEST_MODE_SETWAY
	beq	guest_setway
	cmp	r0, #GUEST_MODE_ACTLR
	beq	guest_actlr
	mov	r1, #0
	b	guest_exit

/* r1, r2: what the host's HYP_CALL_RUN_GUEST returns in r1, r2. */
guest_exit:
	ldr	r0, =HYP_GUEST_CALL_EXIT
	hvc	#0
1:	b	1b

guest_load:
	ldr	r0, [r10, #GUEST_ADDRESS]
	ldr	r0, [r0]
	ldr	r1, =GUEST_ESCAPED
	b	guest_exit

guest_store:
	ldr	r0, [r10, #GUEST_ADDRESS]
	str	r0, [r0]
	ldr	r1, =GUEST_ESCAPED
	b	guest_exit

guest_jump:
	ldr	r0, [r10, #GUEST_ADDRESS]
	bx	r0

guest_smc:
	ldr	r0, [r10, #GUEST_R0]
	smc	#0
	mov	r1, r0
	b	guest_exit

guest_hvc:
	ldr	r0, [r10, #GUEST_R0]
	ldr	r1, [r10, #GUEST_R1]
	hvc	#0
	mov	r1, r0
	b	guest_exit

guest_wfi:
	wfi
	wfe
	ldr	r1, =GUEST_ALIVE
	b	guest_exit

/*
 * Everything here is the guest's to change, and it changes every PL1
 * register the hypervisor switches (hyp/arm/hyp_guest.c); the host must
 * find all of its own afterwards ([GUEST-4]).
 */
guest_sysregs:
	ldr	r0, =0x12345000
	ldr	r1, =0x00a5
	mcr	p15, 0, r0, c12, c0, 0		@ VBAR
	mcrr	p15, 0, r0, r1, c2		@ TTBR0 (64-bit)
	add	r0, r0, #0x1000
	mcrr	p15, 1, r0, r1, c2		@ TTBR1
	add	r0, r0, #0x1000
	mcrr	p15, 0, r0, r1, c7		@ PAR
	ldr	r0, =0xa5a5a5a5
	mcr	p15, 0, r0, c3, c0, 0		@ DACR
	mcr	p15, 0, r0, c13, c0, 4		@ TPIDRPRW
	mcr	p15, 0, r0, c13, c0, 1		@ CONTEXTIDR
	mcr	p15, 0, r0, c13, c0, 2		@ TPIDRURW
	mcr	p15, 0, r0, c13, c0, 3		@ TPIDRURO
	mcr	p15, 0, r0, c5, c0, 0		@ DFSR
	mcr	p15, 0, r0, c5, c0, 1		@ IFSR
	mcr	p15, 0, r0, c6, c0, 0		@ DFAR
	mcr	p15, 0, r0, c6, c0, 2		@ IFAR
	mcr	p15, 0, r0, c10, c2, 0		@ PRRR
	mcr	p15, 0, r0, c10, c2, 1		@ NMRR
	mov	r0, #0x3
	mcr	p15, 0, r0, c14, c1, 0		@ CNTKCTL
	mov	r0, #0x00f00000			@ cp10, cp11: full access
	mcr	p15, 0, r0, c1, c0, 2		@ CPACR
	mov	r0, #1
	mcr	p15, 0, r0, c2, c0, 2		@ TTBCR
	mrc	p15, 0, r0, c1, c0, 0
	orr	r0, r0, #(1 << 13)		@ V: high vectors
	mcr	p15, 0, r0, c1, c0, 0		@ SCTLR
	isb
	ldr	r0, =0xbad00000
	msr	sp_usr, r0
	add	r0, r0, #4
	msr	sp_abt, r0
	add	r0, r0, #4
	msr	lr_abt, r0
	add	r0, r0, #4
	msr	sp_und, r0
	add	r0, r0, #4
	msr	lr_und, r0
	add	r0, r0, #4
	msr	sp_irq, r0
	add	r0, r0, #4
	msr	lr_irq, r0
	add	r0, r0, #4
	msr	r8_fiq, r0
	add	r0, r0, #4
	msr	r9_fiq, r0
	add	r0, r0, #4
	msr	r10_fiq, r0
	add	r0, r0, #4
	msr	r11_fiq, r0
	add	r0, r0, #4
	msr	r12_fiq, r0
	add	r0, r0, #4
	msr	sp_fiq, r0
	add	r0, r0, #4
	msr	lr_fiq, r0
	ldr	r0, =0x600001d1			@ flags, FIQ mode, masks
	msr	spsr_fiq, r0
	add	r0, r0, #1
	msr	spsr_irq, r0
	add	r0, r0, #1
	msr	spsr_abt, r0
	add	r0, r0, #1
	msr	spsr_und, r0
	add	r0, r0, #1
	msr	spsr_cxsf, r0			@ SPSR_svc
	ldr	lr, =0xbad000f0			@ LR_svc
	ldr	sp, =0xbad000f8			@ SP_svc
	ldr	r1, =GUEST_ALIVE
	b	guest_exit

guest_setway:
	mov	r0, #0
	mcr	p15, 0, r0, c7, c6, 2		@ DCISW: would drop dirty lines
	ldr	r1, =GUEST_ESCAPED
	b	guest_exit

guest_actlr:
	mov	r0, #0
	mcr	p15, 0, r0, c1, c0, 1		@ ACTLR
	ldr	r1, =GUEST_ESCAPED
	b	guest_exit

/*
 * GUEST_CALLS random hvcs (PRNG xorshift32 from GUEST_SEED): stub calls,
 * the host's own calls, PSCI IDs and random IDs, with random arguments and
 * four immediates. Every answer must be SMCCC_RET_NOT_SUPPORTED, but a
 * guest ping's (0). r4 = the call's r0, r5 = the expected answer, r6 = calls
 * done, r7 = wrong answers, r8 = calls left, r9 = the PRNG.
 */
guest_fuzz:
	ldr	r9, [r10, #GUEST_SEED]
	ldr	r8, [r10, #GUEST_CALLS]
	mov	r7, #0
	mov	r6, #0
	cmp	r8, #0
	beq	9f
2:	eor	r9, r9, r9, lsl #13
	eor	r9, r9, r9, lsr #17
	eor	r9, r9, r9, lsl #5
	and	r0, r9, #3
	cmp	r0, #0
	ubfxeq	r4, r9, #8, #3			@ a stub call ID 0..7
	cmp	r0, #1
	ldreq	r4, =HYP_CALL_BASE		@ one of the host's own
	ubfxeq	r1, r9, #8, #6
	orreq	r4, r4, r1
	cmp	r0, #2
	ldreq	r4, =0x84000000			@ a PSCI ID
	ubfxeq	r1, r9, #8, #5
	orreq	r4, r4, r1
	cmp	r0, #3
	moveq	r4, r9, ror #5			@ anything
	ldr	r1, =HYP_GUEST_CALL_EXIT
	cmp	r4, r1
	addeq	r4, r4, #2			@ not the exit
	mvn	r5, #0				@ SMCCC_RET_NOT_SUPPORTED
	mov	r1, r9, ror #3
	tst	r9, #0x38000000			@ bits the ID did not use
	ldreq	r1, =0x40100000			@ a "valid" host address
	mov	r2, r9, ror #11
	mov	r3, r9, ror #19
	mov	r0, r4
	lsr	ip, r9, #30
	cmp	ip, #0
	beq	3f
	cmp	ip, #1
	beq	4f
	cmp	ip, #2
	beq	5f
	hvc	#0xffff
	b	6f
3:	ldr	ip, =HYP_GUEST_CALL_PING
	cmp	r4, ip
	moveq	r5, #0
	hvc	#0
	b	6f
4:	hvc	#1
	b	6f
5:	hvc	#0xea1
6:	cmp	r0, r5
	addne	r7, r7, #1
	strne	r4, [r10, #GUEST_LAST_BAD_R0]
	strne	r0, [r10, #GUEST_LAST_BAD_RESULT]
	add	r6, r6, #1
	subs	r8, r8, #1
	bne	2b
9:	str	r7, [r10, #GUEST_BAD]
	str	r6, [r10, #GUEST_DONE]
	mov	r1, r7
	mov	r2, r6
	b	guest_exit
	.ltorg
guest_code_end:
