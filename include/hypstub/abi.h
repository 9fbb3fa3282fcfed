/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The hypervisor-stub ABI: numbers and error codes shared by C and assembly.
 *
 * Conventions for every call below (rules [CALL-1] to [CALL-4] in
 * doc/hyp-abi.md):
 *  - issued from PL1 (SVC) with "hvc #0"; the function ID is in r0 and the
 *    arguments follow in r1, r2, r3 and ip (r12);
 *  - the result is in r0: 0 on success or HVC_STUB_ERR; a call may return
 *    further values in r1-r3, as documented for it;
 *  - a call that returns clobbers only r0-r3 and ip; r4-r11, sp, lr and the
 *    caller's CPSR flags are preserved;
 *  - function IDs below HVC_STUB_HCALL_NR are stub calls: every hypervisor
 *    that takes HYP over must answer them as documented here.
 *
 * The values of HVC_SET_VECTORS, HVC_SOFT_RESTART, HVC_RESET_VECTORS and
 * HVC_STUB_ERR are those of Linux, so a Linux kernel can use this stub.
 */
#ifndef HYPSTUB_ABI_H
#define HYPSTUB_ABI_H

/* The version that HVC_STUB_QUERY reports. */
#define HYPSTUB_ABI_VERSION 1

/*
 * HVC_SET_VECTORS - install a new HYP vector table (rules [SET-VECTORS-*]).
 * r1: physical address of the table; 32-byte aligned, all 32 bytes inside RAM.
 * Result: r0 = 0 and HVBAR = r1; the new table handles the next exception
 * taken to HYP. HYP's other state (HSCTLR, HCR, ...) is unchanged.
 * Bad r1: r0 = HVC_STUB_ERR and HVBAR unchanged.
 * Only the boot stub implements it; a resident hypervisor answers
 * HVC_STUB_ERR ([HYP-STUB-3]).
 */
#define HVC_SET_VECTORS 0

/*
 * HVC_SOFT_RESTART - enter a payload in HYP mode (rules [SOFT-RESTART-*]).
 * r1: payload entry, physical address, ARM state (4-byte aligned), inside RAM.
 * r2, r3, ip: become the payload's r0, r1 and r2.
 * Does not return on success: all exceptions are masked, the data cache is
 * cleaned and invalidated to the point of coherency, the HYP MMU and caches
 * are turned off, the instruction cache and HYP TLBs are invalidated, and the
 * payload starts at r1 in HYP mode with CPSR.{A,I,F} set. The payload's r3-r12,
 * sp and lr are UNKNOWN; HVBAR points at the boot stub's vectors (the payload
 * installs its own before it overwrites the old image).
 * Bad r1: r0 = HVC_STUB_ERR and nothing is changed.
 * For a Linux zImage: r2 = 0, r3 = 0xffffffff, ip = DTB physical address.
 */
#define HVC_SOFT_RESTART 1

/*
 * HVC_RESET_VECTORS - give HYP back to the boot stub (rules [RESET-VECTORS-*]).
 * No arguments. Result: r0 = 0; the HYP MMU is off and HVBAR points at the
 * boot stub's vectors. On the boot stub itself nothing else changes.
 */
#define HVC_RESET_VECTORS 2

/*
 * 3 is reserved: AArch64 Linux uses it (HVC_FINALISE_EL2). Here it answers
 * HVC_STUB_ERR like any other unknown stub call.
 */
#define HVC_STUB_RESERVED_3 3

/*
 * HVC_STUB_QUERY - discovery (rules [QUERY-*]). No arguments.
 * Result: r0 = 0, r1 = HYPSTUB_QUERY_MAGIC, r2 = ABI version, r3 = bitmap of
 * the implemented stub calls (bit n set: call n implemented), ip = who
 * answered (HYPSTUB_IMPL_*).
 * A stub that predates it (Linux's) answers HVC_STUB_ERR; a hypervisor that
 * treats IDs >= 4 as its own calls may answer something else, such as
 * SMCCC_RET_NOT_SUPPORTED. A caller takes any r0 other than 0, or r1 other
 * than the magic, as "ABI version 0: only calls 0, 1 and 2".
 */
#define HVC_STUB_QUERY 4

/* Function IDs below this are stub calls in every hypervisor. */
#define HVC_STUB_HCALL_NR 5

/* The error result of any stub call. */
#define HVC_STUB_ERR 0xbadca11

/* r1 of a successful HVC_STUB_QUERY: "HYPS" in ASCII. */
#define HYPSTUB_QUERY_MAGIC 0x48595053

/* ip of a successful HVC_STUB_QUERY: who answered. */
#define HYPSTUB_IMPL_BOOT_STUB 1
#define HYPSTUB_IMPL_RESIDENT_HYP 2

/* The calls the boot stub implements, as reported by HVC_STUB_QUERY. */
#define HYPSTUB_BOOT_STUB_CALLS                                                \
	((1 << HVC_SET_VECTORS) | (1 << HVC_SOFT_RESTART) |                    \
	 (1 << HVC_RESET_VECTORS) | (1 << HVC_STUB_QUERY))

/* The only hvc immediate that makes a stub call; any other is not one. */
#define HVC_STUB_IMMEDIATE 0

/*
 * ---- The resident hypervisor's own calls (hyp/, rules [HYP-CALLS-*]) ----
 *
 * SMC Calling Convention fast calls, 32-bit, owned by the "vendor specific
 * hypervisor service" (owner 6): ID = 0x86000000 | function number. They
 * follow the stub calls' conventions ([CALL-1] to [CALL-3]): "hvc #0", ID in
 * r0, arguments in r1-r3, results in r0-r3, only r0-r3 and ip clobbered.
 * r0 is an SMCCC status: 0 for success or a negative SMCCC_RET_* value. Any
 * ID from HVC_STUB_HCALL_NR up that is not below answers
 * SMCCC_RET_NOT_SUPPORTED; the boot stub answers all of them HVC_STUB_ERR.
 */
#define SMCCC_RET_SUCCESS 0
#define SMCCC_RET_NOT_SUPPORTED 0xffffffff     /* -1 */
#define SMCCC_RET_NOT_REQUIRED 0xfffffffe      /* -2 */
#define SMCCC_RET_INVALID_PARAMETER 0xfffffffd /* -3 */

#define SMCCC_FAST_CALL (1u << 31)
#define SMCCC_OWNER_SHIFT 24
#define SMCCC_OWNER_MASK 0x3f
#define SMCCC_OWNER_VENDOR_HYP 6
#define SMCCC_FUNCTION_MASK 0xffff
#define HYP_CALL_BASE 0x86000000 /* fast, SMC32, vendor hypervisor */

/*
 * HYP_CALL_FEATURES: is the resident hypervisor there, and what can it do?
 * Result: r0 = 0, r1 = HYP_FEATURES_MAGIC, r2 = HYP_VERSION, r3 = bitmap of
 * the implemented function numbers (bit n: HYP_CALL_BASE + n).
 */
#define HYP_CALL_FEATURES (HYP_CALL_BASE + 0)

/* HYP_CALL_PING: does nothing. Result: r0 = 0. The benchmarks' round trip. */
#define HYP_CALL_PING (HYP_CALL_BASE + 1)

/*
 * HYP_CALL_READ_REGISTER: read a HYP register from a fixed allow-list.
 * r1 = HYP_REG_*. Result: r0 = 0 and r1 = the value, or r0 =
 * SMCCC_RET_INVALID_PARAMETER for any other r1.
 */
#define HYP_CALL_READ_REGISTER (HYP_CALL_BASE + 2)

/* HYP_CALL_TLB_FLUSH: invalidate this CPU's HYP TLB (TLBIALLH). r0 = 0. */
#define HYP_CALL_TLB_FLUSH (HYP_CALL_BASE + 3)

/*
 * HYP_CALL_MMU_CHECK: proves the call runs with the HYP MMU on. Result:
 * r0 = 0, r1 = HSCTLR, r2 = the virtual address of the handler's own code,
 * r3 = what the MMU translates it to (ATS1HR, then PAR; 0xffffffff when the
 * translation faulted). With the identity map r3 equals r2.
 */
#define HYP_CALL_MMU_CHECK (HYP_CALL_BASE + 4)

/*
 * HYP_CALL_INIT: the second half of installing the hypervisor on this CPU,
 * issued right after HVC_SET_VECTORS installed its vectors. No arguments.
 * Result: r0 = 0, with HYP on the hypervisor's stack, page tables, MMU and
 * caches; r0 = SMCCC_RET_NOT_REQUIRED when it already was, changing nothing.
 */
#define HYP_CALL_INIT (HYP_CALL_BASE + 5)

/*
 * HYP_CALL_RUN_GUEST: run a guest at PL1 under stage-2 translation until it
 * exits. r1 = the guest's window: 2 MiB, 2 MiB-aligned, inside RAM and clear
 * of the hypervisor's own image; the guest sees it at the same address
 * (IPA = PA) and nothing else. The guest starts at r1 in SVC mode, MMU off,
 * A/I/F masked, with r0 = r1 and r1 = the caller's r2. Result: r0 =
 * HYP_GUEST_EXIT_* and r1, r2 as that reason says, or
 * SMCCC_RET_INVALID_PARAMETER for a bad window (nothing run). The host's
 * PL1 state (system registers, banked registers) is as it was.
 * Every hvc the guest issues is a guest call (HYP_GUEST_CALL_*): any other,
 * the stub calls included, answers SMCCC_RET_NOT_SUPPORTED and changes
 * nothing; an smc answers the same (PSCI is not the guest's); wfi/wfe are
 * skipped.
 */
#define HYP_CALL_RUN_GUEST (HYP_CALL_BASE + 6)

/* The guest's own calls. EXIT: back to the host with r1, r2. PING: r0 = 0. */
#define HYP_GUEST_CALL_EXIT (HYP_CALL_BASE + 0x100)
#define HYP_GUEST_CALL_PING (HYP_CALL_BASE + 0x101)

/* r0 of HYP_CALL_RUN_GUEST: why the guest stopped. */
#define HYP_GUEST_EXIT_CALL 0  /* HYP_GUEST_CALL_EXIT: r1, r2 = its r1, r2 */
#define HYP_GUEST_EXIT_FAULT 1 /* stage-2 fault: r1 = address, r2 = HSR */
#define HYP_GUEST_EXIT_TRAP 2  /* any other trap: r1 = HSR */

#define HYP_GUEST_WINDOW_SIZE 0x200000

/*
 * HYP_CALL_TEST_FAULT: TEST BUILDS ONLY (HYP_TEST_FAULT_CALL): a load from
 * an unmapped address inside the hypervisor, to show its fault report.
 */
#define HYP_CALL_TEST_FAULT (HYP_CALL_BASE + 0x1f)

/* r1 of HYP_CALL_FEATURES: "HYPR". */
#define HYP_FEATURES_MAGIC 0x48595052
#define HYP_VERSION 1

/* Function numbers below this one are the hypervisor's table. */
#define HYP_CALL_COUNT 32

/*
 * The registers HYP_CALL_READ_REGISTER may read, by their portable names:
 * AArch32's on the left, AArch64's on the right.
 */
#define HYP_REG_SCTLR 0 /* HSCTLR, SCTLR_EL2 */
#define HYP_REG_HCR 1	/* HCR, HCR_EL2 */
#define HYP_REG_VBAR 2	/* HVBAR, VBAR_EL2 */
#define HYP_REG_TCR 3	/* HTCR, TCR_EL2 */
#define HYP_REG_TTBR 4	/* HTTBR (its low word), TTBR0_EL2 */
#define HYP_REG_MAIR 5	/* HMAIR0, MAIR_EL2 */
#define HYP_REG_COUNT 6

/* The stub calls a resident hypervisor implements (HVC_STUB_QUERY's r3). */
#define HYPSTUB_RESIDENT_HYP_CALLS                                             \
	((1 << HVC_SOFT_RESTART) | (1 << HVC_RESET_VECTORS) |                  \
	 (1 << HVC_STUB_QUERY))

#endif /* HYPSTUB_ABI_H */
