/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The last steps of HVC_SOFT_RESTART, AArch64, shared by the boot stub and
 * the resident hypervisor. Entered at EL2 with x19 = payload entry and x20,
 * x21, x22 = the payload's x0, x1, x2. Uses no stack and no memory.
 *
 * No data cache maintenance here, and no set/way operation anywhere
 * ([SOFT-RESTART-3], doc/hyp-abi.md): with SCTLR_EL2.M clear the boot
 * stub's data accesses are Device-nGnRnE and its instruction fetches, with
 * SCTLR_EL2.I clear, Non-cacheable, so EL2 never left a line of its own to
 * clean; a resident hypervisor, which runs with its caches on, turns them
 * off and cleans what it wrote by VA before it comes here
 * (hyp/arm64/hyp_vectors.S). The payload, its DTB and the caller's code
 * were cleaned to the point of coherency by VA by the caller, which alone
 * knows their extents (kexec_arch_restart does).
 */
#include <arch/arm64/asm.h>

	.section .text.hypstub, "ax", %progbits

CODE_START hyp_soft_restart
	msr	daifset, #0xf
	/* EL1's MMU and caches off: the payload will drop to EL1 later. */
	MMU_CACHES_OFF el1
	MMU_CACHES_OFF el2
	ic	iallu
	tlbi	alle2
	tlbi	vmalle1
	dsb	sy
	isb
	mov	x0, x20
	mov	x1, x21
	mov	x2, x22
	mov	x3, xzr				/* Linux's arm64 protocol: 0 */
	br	x19
SYM_END hyp_soft_restart
