/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The hypervisor-stub ABI: numbers and error codes shared by C and assembly.
 * doc/hyp-abi.md is the specification; each call is summarised here, above
 * its constant, and the two say the same.
 *
 * Conventions for every call below (doc/hyp-abi.md, section 2: [CALL-1] to
 * [CALL-3], [A64-CALL-1], [A64-CALL-2], [ERR-1], [THUMB-1]):
 *  - issued from PL1 (SVC) or EL1 with "hvc #0" (A32, T32 or A64); the
 *    function ID is in r0 (all 64 bits of x0), the arguments in r1, r2, r3
 *    and ip (x1-x4);
 *  - the status is in r0/x0: 0 on success or HVC_STUB_ERR; a call returns
 *    further values in r1-r3 and ip (x1-x4) only where documented below;
 *  - a call that returns may change r0-r3 and ip (x0-x18 on AArch64); r4-r11,
 *    sp, lr, LR_usr and the CPSR are preserved (x19-x30, sp, NZCV, DAIF);
 *  - on any error r0/x0 = HVC_STUB_ERR, r1-r3 and ip (x1-x4) are unchanged
 *    and nothing else changes;
 *  - function IDs below HVC_STUB_HCALL_NR are stub calls: every hypervisor
 *    that takes HYP over must answer them as documented here.
 *
 * The values of HVC_SET_VECTORS, HVC_SOFT_RESTART, HVC_RESET_VECTORS,
 * HVC_STUB_ERR and, on AArch64, HVC_FINALISE_EL2 and HVC_GET_ICH_VTR_EL2 are
 * Linux's, so a Linux kernel can use this stub. The converse does not hold:
 * Linux's stubs do not check arguments, ignore the hvc immediate, and its
 * AArch32 HVC_SOFT_RESTART does not move r2, r3, ip into the payload's
 * r0-r2 (doc/hyp-abi.md, section 12).
 */
#ifndef HYPSTUB_ABI_H
#define HYPSTUB_ABI_H

#include <hypstub/reg.h>

/*
 * The version HYPSTUB_CALL_QUERY reports. Version 2 moved discovery out of
 * the small numbers (v1's call 4 on AArch32, now retired) into SMCCC's
 * vendor-hypervisor range, and took Linux's AArch64 numbers 3 and 4.
 */
#define HYPSTUB_ABI_VERSION 2

/*
 * HVC_SET_VECTORS - install a new HYP vector table (rules [SET-VECTORS-*]).
 * r1: physical address of the table; 32-byte aligned, all 32 bytes inside RAM.
 * On AArch64 x1 is 2 KiB-aligned and all 2 KiB lie inside RAM.
 * Result: r0 = 0 and HVBAR (VBAR_EL2) = r1; the new table handles the next
 * exception taken to HYP. HYP's other state (HSCTLR, HCR, ...) is unchanged.
 * Bad r1: r0 = HVC_STUB_ERR, HVBAR unchanged ([ERR-1]).
 * Only the boot stub implements it; a resident hypervisor answers
 * HVC_STUB_ERR ([HYP-STUB-3]).
 */
#define HVC_SET_VECTORS 0

/*
 * HVC_SOFT_RESTART - enter a payload in HYP mode (rules [SOFT-RESTART-*],
 * [ENTRY-A32-*], [ENTRY-A64-*]).
 * r1: payload entry, physical address, ARM state (4-byte aligned), inside RAM.
 * r2, r3, ip: become the payload's r0, r1 and r2 (AArch64: x1 = entry, x2-x4
 * become x0-x2, and x3 = 0).
 * Does not return on success: all exceptions are masked, the data cache is
 * cleaned and invalidated to the point of coherency, the HYP MMU and caches
 * are turned off, the instruction cache and HYP TLBs are invalidated, and the
 * payload starts at r1 in HYP mode with CPSR.{A,I,F} set. The payload's r3-r12,
 * sp and lr are UNKNOWN; HVBAR points at the boot stub's vectors (the payload
 * installs its own before it overwrites the old image); HCR, HSTR, HCPTR,
 * HDCR, CNTHCTL, CNTVOFF are as at boot (no traps, no stage 2) and the PL1
 * state is preserved but for SCTLR.M, C, I: doc/hyp-abi.md, section 5.
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
 * HVC_FINALISE_EL2 - AArch64 Linux's call that moves a VHE-capable kernel
 * to EL2 ([FINALISE-1]). Not implemented here: every implementation of this
 * ABI answers r0 = HVC_STUB_ERR and changes nothing; the discovery bitmap
 * says so. Reserved on AArch32 (answers HVC_STUB_ERR).
 */
#define HVC_FINALISE_EL2 3

/*
 * HVC_GET_ICH_VTR_EL2 - AArch64 only ([ICH-VTR-1], [ICH-VTR-2]): the GICv3
 * virtual interface's ICH_VTR_EL2, for a kernel at EL1 that must know the
 * list registers and priority bits (Linux, late 2025). No arguments.
 * Result: x0 = 0 and x1 = ICH_VTR_EL2 when the CPU has the GICv3 system
 * register interface (ID_AA64PFR0_EL1.GIC is not 0); otherwise x0 =
 * HVC_STUB_ERR, x1 unchanged, and nothing is read (the register would be
 * UNDEFINED). On AArch32, 4 is reserved (it was v1's discovery call) and
 * answers HVC_STUB_ERR.
 */
#define HVC_GET_ICH_VTR_EL2 4

/* Function IDs below this are stub calls in every hypervisor. */
#define HVC_STUB_HCALL_NR 5

/* The error result of any stub call. */
#define HVC_STUB_ERR 0xbadca11

/*
 * ---- Discovery (rules [DISCOVERY-*]) ----
 *
 * Outside the small numbers, where Linux allocates its stub calls: SMCCC
 * fast calls of the vendor-specific hypervisor service (owner 6), issued
 * like the stub calls ("hvc #0", ID in r0 or x0, only r0-r3 and ip, or
 * x0-x18, clobbered). Linux's stubs answer them HVC_STUB_ERR, KVM's nVHE
 * host and Xen (to dom0) SMCCC_RET_NOT_SUPPORTED; so a caller issues
 * HYPSTUB_CALL_UID first and goes on only when r0-r3 are this ABI's UUID
 * ([DISCOVERY-5]). The others are then safe to issue. The version a caller
 * may rely on, and what a later one may add: [VERSION-1], [VERSION-2].
 */

/*
 * HYPSTUB_CALL_UID - who answers ([DISCOVERY-1]). SMCCC's "Call UID" query
 * of the owner. Result: r0-r3 = HYPSTUB_UUID_0 to _3, the UUID
 * f36bbd2b-5ca3-4b73-9ddc-37ad420f6964 in SMCCC's order (bytes 0-3 in r0,
 * little-endian, and so on); ip (x4) unchanged. Anything else: not this ABI.
 */
#define HYPSTUB_CALL_UID 0x8600ff01
#define HYPSTUB_UUID_0 0x2bbd6bf3
#define HYPSTUB_UUID_1 0x734ba35c
#define HYPSTUB_UUID_2 0xad37dc9d
#define HYPSTUB_UUID_3 0x64690f42

/*
 * HYPSTUB_CALL_REVISION - SMCCC's "Revision" query ([DISCOVERY-2]).
 * Result: r0 = HYPSTUB_ABI_VERSION (major), r1 = 0 (minor); r2, r3 and ip
 * unchanged.
 */
#define HYPSTUB_CALL_REVISION 0x8600ff03

/*
 * HYPSTUB_CALL_QUERY - what the implementation does ([DISCOVERY-3],
 * [QUERY-2]). No arguments. Result: r0 = 0, r1 = HYPSTUB_QUERY_MAGIC, r2 =
 * ABI version, r3 = bitmap of the implemented stub calls (bit n set: call n
 * implemented, n below HVC_STUB_HCALL_NR), ip (x4) = who answered
 * (HYPSTUB_IMPL_*).
 */
#define HYPSTUB_CALL_QUERY 0x8600fe00

/*
 * HYPSTUB_CALL_MEMORY - what the boot stub decided at boot
 * ([DISCOVERY-4]): where HVC_RESET_VECTORS and a soft restart leave HVBAR
 * (VBAR_EL2), and the RAM every address argument must lie in ([BOOT-5]).
 * No arguments. Result: r0 = 0, r1 = the boot stub's vector base, r2 = RAM
 * base, r3 = RAM size ([RAM-1]), ip unchanged. A resident hypervisor answers
 * with the values it was installed over.
 */
#define HYPSTUB_CALL_MEMORY 0x8600fe01

/* r1 of a successful HYPSTUB_CALL_QUERY: "HYPS" in ASCII. */
#define HYPSTUB_QUERY_MAGIC 0x48595053

/* ip (x4) of a successful HYPSTUB_CALL_QUERY: who answered. */
#define HYPSTUB_IMPL_BOOT_STUB 1
#define HYPSTUB_IMPL_RESIDENT_HYP 2

/*
 * The calls the boot stub implements, as reported by HYPSTUB_CALL_QUERY:
 * 0 to 2, and on AArch64 4 (which answers HVC_STUB_ERR without GICv3).
 */
#if HYPSTUB_AARCH64
#define HYPSTUB_BOOT_STUB_CALLS                                                \
	((1 << HVC_SET_VECTORS) | (1 << HVC_SOFT_RESTART) |                    \
	 (1 << HVC_RESET_VECTORS) | (1 << HVC_GET_ICH_VTR_EL2))
#else
#define HYPSTUB_BOOT_STUB_CALLS                                                \
	((1 << HVC_SET_VECTORS) | (1 << HVC_SOFT_RESTART) |                    \
	 (1 << HVC_RESET_VECTORS))
#endif

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
 * HYP_CALL_RUN_GUEST: run a guest at PL1/EL1 under stage-2 translation until
 * it exits. r1 = the guest's window: 2 MiB, 2 MiB-aligned, inside RAM, below
 * 4 GiB and clear of the hypervisor's own image; the guest sees it at the
 * same address (IPA = PA) and nothing else. The guest starts at r1 with its
 * MMU off and A/I/F masked, r0 = the caller's r2 and every other general
 * register 0: in SVC mode on AArch32, at EL1h (AArch64) with its EL1
 * system registers at reset values on AArch64. Result: r0 =
 * HYP_GUEST_EXIT_* and r1, r2 as that reason says, or
 * SMCCC_RET_INVALID_PARAMETER for a bad window (nothing run). The host's
 * PL1/EL1 state (system registers, banked registers) is as it was.
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
/*
 * AArch64: a physical interrupt for the host arrived while the guest ran
 * (HCR_EL2.IMO, FMO, AMO); r1 = HYP_GUEST_INTERRUPT_*, r2 = ESR_EL2 for an
 * SError. The interrupt stays pending for the host.
 */
#define HYP_GUEST_EXIT_INTERRUPT 3
#define HYP_GUEST_INTERRUPT_IRQ 0
#define HYP_GUEST_INTERRUPT_FIQ 1
#define HYP_GUEST_INTERRUPT_SERROR 2

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

/* The stub calls a resident hypervisor implements (HYPSTUB_CALL_QUERY's r3). */
#if HYPSTUB_AARCH64
#define HYPSTUB_RESIDENT_HYP_CALLS                                             \
	((1 << HVC_SOFT_RESTART) | (1 << HVC_RESET_VECTORS) |                  \
	 (1 << HVC_GET_ICH_VTR_EL2))
#else
#define HYPSTUB_RESIDENT_HYP_CALLS                                             \
	((1 << HVC_SOFT_RESTART) | (1 << HVC_RESET_VECTORS))
#endif

#endif /* HYPSTUB_ABI_H */
