/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 test guest: position-independent, copied to the start of its
 * window (tests/target/arm64/guest.h). Runs at EL1h with its MMU off;
 * x0 = its mode. First it records what it was given (x1-x30 ORed, its EL1
 * registers), then sets its own EL1 vectors: an exception it takes itself
 * exits with GUEST_OWN_EXCEPTION + the slot and ESR_EL1.
 */
#include <arch/arm64/asm.h>
#include <hypstub/abi.h>
#include "guest.h"

	.arch_extension fp
	.arch_extension simd
	.text
	.balign	2048
	.global	guest_code_start, guest_code_end

guest_code_start:
	orr	x1, x1, x2
	orr	x1, x1, x3
	orr	x1, x1, x4
	orr	x1, x1, x5
	orr	x1, x1, x6
	orr	x1, x1, x7
	orr	x1, x1, x8
	orr	x1, x1, x9
	orr	x1, x1, x10
	orr	x1, x1, x11
	orr	x1, x1, x12
	orr	x1, x1, x13
	orr	x1, x1, x14
	orr	x1, x1, x15
	orr	x1, x1, x16
	orr	x1, x1, x17
	orr	x1, x1, x18
	orr	x1, x1, x19
	orr	x1, x1, x20
	orr	x1, x1, x21
	orr	x1, x1, x22
	orr	x1, x1, x23
	orr	x1, x1, x24
	orr	x1, x1, x25
	orr	x1, x1, x26
	orr	x1, x1, x27
	orr	x1, x1, x28
	orr	x1, x1, x29
	orr	x1, x1, x30
	adr	x11, guest_code_start		/* the window's base */
	add	x10, x11, #GUEST_DATA_OFFSET
	str	x1, [x10, #GUEST_ENTRY_GPRS]
	add	x12, x10, #GUEST_ENTRY_EL1
	.irp	reg, sctlr_el1, cpacr_el1, ttbr0_el1, ttbr1_el1, tcr_el1, mair_el1, amair_el1, vbar_el1, contextidr_el1, tpidr_el0, tpidr_el1, tpidrro_el0, sp_el0, elr_el1, spsr_el1, esr_el1, far_el1, afsr0_el1, afsr1_el1, par_el1, cntkctl_el1, csselr_el1, cntv_ctl_el0, cntv_cval_el0
	mrs	x1, \reg
	str	x1, [x12], #8
	.endr
	mov	x1, sp				/* SP_EL1 */
	str	x1, [x12], #8
	add	x1, x11, #GUEST_STACK_OFFSET
	mov	sp, x1
	adr	x1, guest_vectors
	msr	vbar_el1, x1
	isb

	adr	x1, guest_modes
	cmp	x0, #GUEST_MODE_COUNT
	b.hs	guest_unknown_mode
	add	x1, x1, x0, lsl #2
	br	x1

guest_modes:
	b	guest_unknown_mode
	b	guest_fuzz			/* GUEST_MODE_FUZZ */
	b	guest_load
	b	guest_store
	b	guest_jump
	b	guest_call
	b	guest_wfi
	b	guest_sysregs
	b	guest_dc_zva
	b	guest_dc_isw
	b	guest_dc_cisw
	b	guest_actlr
	b	guest_cntp_ctl
	b	guest_cntp_cval
	b	guest_cntpct
	b	guest_fp
	b	guest_pmcr
	b	guest_pmccntr
	b	guest_mdscr
	b	guest_dbgbvr
	b	guest_oslar
	b	guest_vbar_el2
	b	guest_unknown_mode		/* (unused) */
	b	guest_icc_sgi
	b	guest_icc_pmr
	b	guest_apiakey
	b	guest_zcr
	b	guest_spin
	b	guest_smccc_fw			/* GUEST_MODE_SMCCC_FW */
guest_modes_end:
	.if	(guest_modes_end - guest_modes) != 4 * GUEST_MODE_COUNT
	.error	"guest_modes: one branch per GUEST_MODE_*"
	.endif

guest_unknown_mode:
	mov	x1, #0
	mov	x2, #0
	b	guest_exit

/* x1, x2: what the host's HYP_CALL_RUN_GUEST returns in x1, x2. */
guest_exit:
	ldr	x0, =HYP_GUEST_CALL_EXIT
	hvc	#0
1:	b	1b

/* Whatever should have stopped the guest did not. */
guest_escaped:
	ldr	x1, =GUEST_ESCAPED
	mov	x2, #0
	b	guest_exit

guest_alive:
	ldr	x1, =GUEST_ALIVE
	mov	x2, #0
	b	guest_exit

guest_load:
	ldr	x0, [x10, #GUEST_ADDRESS]
	ldr	x0, [x0]
	b	guest_escaped

guest_store:
	ldr	x0, [x10, #GUEST_ADDRESS]
	str	x0, [x0]
	b	guest_escaped

guest_jump:
	ldr	x0, [x10, #GUEST_ADDRESS]
	br	x0

guest_dc_zva:
	ldr	x0, [x10, #GUEST_ADDRESS]
	dc	zva, x0
	b	guest_escaped

/* One call; exit(x0, x1 after it). */
guest_call:
	ldr	x2, [x10, #GUEST_INSN]
	ldr	x0, [x10, #GUEST_X0]
	ldr	x1, [x10, #GUEST_X1]
	cmp	x2, #GUEST_INSN_HVC_1
	b.eq	2f
	cmp	x2, #GUEST_INSN_HVC_EA1
	b.eq	3f
	cmp	x2, #GUEST_INSN_HVC_FFFF
	b.eq	4f
	cmp	x2, #GUEST_INSN_SMC_0
	b.eq	5f
	cmp	x2, #GUEST_INSN_SMC_1
	b.eq	6f
	hvc	#0
	b	9f
2:	hvc	#1
	b	9f
3:	hvc	#0xea1
	b	9f
4:	hvc	#0xffff
	b	9f
5:	smc	#0
	b	9f
6:	smc	#1
9:	mov	x2, x1
	mov	x1, x0
	b	guest_exit

guest_wfi:
	wfi
	wfe
	b	guest_alive

/*
 * Junk in every EL1 register the hypervisor switches, each value its own;
 * the host must find all of its own afterwards ([GUEST-4]).
 */
guest_sysregs:
	ldr	x1, =0xa5a5a5a5a5a5a000
	msr	ttbr0_el1, x1
	add	x1, x1, #0x1000
	msr	ttbr1_el1, x1
	add	x1, x1, #0x1000
	msr	tcr_el1, x1
	add	x1, x1, #0x1000
	msr	mair_el1, x1
	add	x1, x1, #0x1000
	msr	amair_el1, x1
	add	x1, x1, #0x1000
	msr	contextidr_el1, x1
	add	x1, x1, #0x1000
	msr	tpidr_el0, x1
	add	x1, x1, #0x1000
	msr	tpidr_el1, x1
	add	x1, x1, #0x1000
	msr	tpidrro_el0, x1
	add	x1, x1, #0x1000
	msr	sp_el0, x1
	add	x1, x1, #0x1000
	msr	elr_el1, x1
	add	x1, x1, #0x1000
	msr	esr_el1, x1
	add	x1, x1, #0x1000
	msr	far_el1, x1
	add	x1, x1, #0x1000
	msr	afsr0_el1, x1
	add	x1, x1, #0x1000
	msr	afsr1_el1, x1
	add	x1, x1, #0x1000
	msr	par_el1, x1
	add	x1, x1, #0x1000
	msr	cntv_cval_el0, x1
	mov	x1, #0x3c5
	movk	x1, #0xf000, lsl #16		/* NZCV set */
	msr	spsr_el1, x1
	mov	x1, #0x3f7			/* every EL0 access, events */
	msr	cntkctl_el1, x1
	mov	x1, #3				/* enabled, masked */
	msr	cntv_ctl_el0, x1
	mov	x1, #1				/* the L1 instruction cache */
	msr	csselr_el1, x1
	mov	x1, #(3 << 20)			/* FP/SIMD open at EL0/EL1 */
	orr	x1, x1, #(3 << 16)		/* and SVE */
	msr	cpacr_el1, x1
	ldr	x1, =(GUEST_SCTLR_EL1_RESET | 0x0405c018) /* SA, SA0, DZE, UCT, nTWI, nTWE, UCI */
	msr	sctlr_el1, x1
	/* DISR_EL1 with RAS, TPIDR2_EL0 with SME */
	mrs	x1, id_aa64pfr0_el1
	ubfx	x1, x1, #28, #4
	cbz	x1, 1f
	ldr	x1, =0x80000000a5a5a5a5
	msr	S3_0_C12_C1_1, x1
1:	mrs	x1, id_aa64pfr1_el1
	ubfx	x1, x1, #24, #4
	cbz	x1, 2f
	ldr	x1, =0x5a5a5a5a5a5a5a5a
	msr	S3_3_C13_C0_5, x1
2:	ldr	x1, =0xa5a5a5a5a5a5a800
	msr	vbar_el1, x1
	isb
	ldr	x1, =0xa5a5a5a5a5a5aff0
	mov	sp, x1				/* SP_EL1 */
	b	guest_alive

guest_dc_isw:
	mov	x0, #0
	dc	isw, x0
	b	guest_escaped

guest_dc_cisw:
	mov	x0, #0
	dc	cisw, x0
	b	guest_escaped

guest_actlr:
	mov	x0, #0
	msr	actlr_el1, x0
	b	guest_escaped

guest_cntp_ctl:
	mov	x0, #1				/* enabled, not masked */
	msr	cntp_ctl_el0, x0
	b	guest_escaped

guest_cntp_cval:
	mov	x0, #0				/* fire at once */
	msr	cntp_cval_el0, x0
	b	guest_escaped

guest_cntpct:
	mrs	x0, cntpct_el0
	b	guest_escaped

guest_fp:
	mov	x0, #(3 << 20)			/* CPACR_EL1.FPEN: no EL1 trap */
	msr	cpacr_el1, x0
	isb
	fmov	d0, xzr
	b	guest_escaped

guest_pmcr:
	mov	x0, #0
	msr	pmcr_el0, x0
	b	guest_escaped

guest_pmccntr:
	mrs	x0, pmccntr_el0
	b	guest_escaped

guest_mdscr:
	mov	x0, #(1 << 15)			/* MDE: breakpoints on */
	msr	mdscr_el1, x0
	b	guest_escaped

guest_dbgbvr:
	ldr	x0, [x10, #GUEST_ADDRESS]
	msr	dbgbvr0_el1, x0
	b	guest_escaped

guest_oslar:
	mov	x0, #1
	msr	oslar_el1, x0
	b	guest_escaped

guest_vbar_el2:
	mov	x0, x11
	msr	vbar_el2, x0
	b	guest_escaped

guest_icc_sgi:
	mov	x0, #1				/* SGI 0 to CPU 0 */
	msr	S3_0_C12_C11_5, x0		/* ICC_SGI1R_EL1 */
	b	guest_escaped

/* Reaches the virtual interface (ICV_PMR_EL1): allowed, host's unchanged. */
guest_icc_pmr:
	mov	x0, #0x10
	msr	S3_0_C4_C6_0, x0		/* ICC_PMR_EL1 */
	b	guest_alive

guest_apiakey:
	ldr	x0, =0x0123456789abcdef
	msr	S3_0_C2_C1_0, x0		/* APIAKeyLo_EL1 */
	b	guest_escaped

guest_zcr:
	mov	x0, #(3 << 16)			/* CPACR_EL1.ZEN and FPEN: */
	orr	x0, x0, #(3 << 20)		/* no EL1 trap */
	msr	cpacr_el1, x0
	isb
	mov	x0, #0
	msr	S3_0_C1_C2_0, x0		/* ZCR_EL1 */
	b	guest_escaped

guest_spin:
	b	guest_spin

/* SMCCC_VERSION through hvc and through smc: exit(hvc's x0, smc's x0). */
guest_smccc_fw:
	mov	x0, #0x80000000
	hvc	#0
	mov	x19, x0
	mov	x0, #0x80000000
	smc	#0
	mov	x2, x0
	mov	x1, x19
	b	guest_exit

/*
 * GUEST_CALLS random calls (xorshift64 from GUEST_SEED): stub call IDs, the
 * host's own calls, PSCI and SMCCC IDs, the guest's own calls with bits
 * 63:32 set, anything; through hvc with five immediates (one rewritten for
 * each call) and smc. Every answer must be SMCCC_RET_NOT_SUPPORTED with
 * x1-x4 unchanged, but an exact HYP_GUEST_CALL_PING with hvc #0's (0).
 *   x19 the PRNG, x20 calls left, x21 done, x22 wrong answers,
 *   x23 the call's x0, x24 the expected x0, x25-x28 its x1-x4,
 *   x13 the site's immediate (or -1 for smc).
 */
guest_fuzz:
	ldr	x19, [x10, #GUEST_SEED]
	ldr	x20, [x10, #GUEST_CALLS]
	mov	x21, #0
	mov	x22, #0
	orr	x19, x19, #1
	cbz	x20, 9f
1:	eor	x19, x19, x19, lsl #13
	eor	x19, x19, x19, lsr #7
	eor	x19, x19, x19, lsl #17
	/* the ID, by bits 2:0 */
	and	x0, x19, #7
	ubfx	x1, x19, #8, #16
	adr	x2, 10f
	add	x2, x2, x0, lsl #3
	br	x2
10:	and	x23, x1, #7			/* 0: a stub call ID */
	b	11f
	b	12f				/* 1: the host's own */
	nop
	b	13f				/* 2: PSCI */
	nop
	b	14f				/* 3: SMCCC architecture */
	nop
	b	15f				/* 4: a guest call, bits 63:32 set */
	nop
	b	16f				/* 5: a stub ID, bits 63:32 set */
	nop
	ldr	x23, =HYP_GUEST_CALL_PING	/* 6: the guest's ping */
	b	11f
	ror	x23, x19, #5			/* 7: anything */
	b	11f
12:	and	x23, x1, #0x3f
	mov	x0, #HYP_CALL_BASE
	orr	x23, x23, x0
	b	11f
13:	and	x23, x1, #0x1f
	mov	x0, #0x84000000
	tst	x1, #0x100
	b.eq	17f
	mov	x0, #0xc4000000
17:	orr	x23, x23, x0
	b	11f
14:	and	x23, x1, #1			/* VERSION, FEATURES, */
	tst	x1, #2				/* WORKAROUND_1 */
	b.eq	26f
	orr	x23, x23, #0x8000
26:	mov	x0, #0x80000000
	orr	x23, x23, x0
	b	11f
15:	ldr	x23, =HYP_GUEST_CALL_PING
	tst	x1, #1
	b.eq	18f
	ldr	x23, =HYP_GUEST_CALL_EXIT
18:	and	x0, x19, #0xffffffff00000000
	orr	x0, x0, #0x100000000
	orr	x23, x23, x0
	b	11f
16:	and	x23, x1, #7
	and	x0, x19, #0xffffffff00000000
	orr	x0, x0, #0x100000000
	orr	x23, x23, x0
11:	ldr	x0, =HYP_GUEST_CALL_EXIT
	cmp	x23, x0
	b.ne	19f
	add	x23, x23, #2			/* not the exit itself */
19:	/* the arguments */
	ror	x25, x19, #3
	tst	x19, #0x38000000		/* bits the ID did not use */
	b.ne	20f
	ldr	x25, =0x40100000		/* a "valid" host address */
20:	ror	x26, x19, #11
	ror	x27, x19, #19
	ror	x28, x19, #27
	/* the site, by bits 63:61, and its immediate (-1: smc) */
	lsr	x3, x19, #61
	mov	x24, #SMCCC_RET_NOT_SUPPORTED
	adr	x2, guest_fuzz_sites
	add	x2, x2, x3, lsl #3
	adr	x5, guest_fuzz_immediates
	ldr	x13, [x5, x3, lsl #3]
	cmp	x3, #7
	b.ne	22f
	/* the last site: hvc with a random immediate, rewritten */
	ubfx	x13, x19, #40, #16
	mov	w4, #0x0002
	movk	w4, #0xd400, lsl #16		/* hvc #0 */
	orr	w4, w4, w13, lsl #5
	str	w4, [x2]
	dc	cvau, x2
	dsb	ish
	ic	ivau, x2
	dsb	ish
	isb
22:	cbnz	x13, 23f
	ldr	x0, =HYP_GUEST_CALL_PING
	cmp	x23, x0
	b.ne	23f
	mov	x24, #0
23:	mov	x0, x23
	mov	x1, x25
	mov	x3, x27
	mov	x4, x28
	mov	x16, x2
	mov	x2, x26
	br	x16
guest_fuzz_back:
	cmp	x0, x24
	b.ne	24f
	cmp	x1, x25
	b.ne	24f
	cmp	x2, x26
	b.ne	24f
	cmp	x3, x27
	b.ne	24f
	cmp	x4, x28
	b.eq	25f
24:	add	x22, x22, #1
	str	x23, [x10, #GUEST_LAST_BAD_X0]
	str	x0, [x10, #GUEST_LAST_BAD_RESULT]
25:	add	x21, x21, #1
	subs	x20, x20, #1
	b.ne	1b
9:	str	x22, [x10, #GUEST_BAD]
	str	x21, [x10, #GUEST_DONE]
	mov	x1, x22
	mov	x2, x21
	b	guest_exit

/* Eight sites, "insn; b back" each; the last one's immediate is rewritten. */
	.balign	8
guest_fuzz_immediates:
	.quad	0, 0, 0, 1, 0xea1, 0xffff, -1, 0
guest_fuzz_sites:
	hvc	#0
	b	guest_fuzz_back
	hvc	#0
	b	guest_fuzz_back
	hvc	#0
	b	guest_fuzz_back
	hvc	#1
	b	guest_fuzz_back
	hvc	#0xea1
	b	guest_fuzz_back
	hvc	#0xffff
	b	guest_fuzz_back
	smc	#0
	b	guest_fuzz_back
	hvc	#0
	b	guest_fuzz_back
	.ltorg

/* The guest's own EL1 vectors: exit(GUEST_OWN_EXCEPTION + slot, ESR_EL1). */
.macro GUEST_VECTOR slot
	.balign	128
	mrs	x2, esr_el1
	mov	x1, #\slot
	movk	x1, #(GUEST_OWN_EXCEPTION >> 16), lsl #16
	b	guest_exit
.endm
	.balign	2048
guest_vectors:
	.irp	slot, 0x000, 0x080, 0x100, 0x180, 0x200, 0x280, 0x300, 0x380, 0x400, 0x480, 0x500, 0x580, 0x600, 0x680, 0x700, 0x780
	GUEST_VECTOR \slot
	.endr
guest_code_end:
