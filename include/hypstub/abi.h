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

#endif /* HYPSTUB_ABI_H */
