/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Scenarios 1 and 2: a direct HVC_SOFT_RESTART from a caller that does
 * only what doc/hyp-abi.md asks of it on AArch64 (the payload and its DTB
 * cleaned by VA to the point of coherency after its last write to them)
 * and nothing more: its EL1 MMU and caches on, DAIF unmasked. Everything
 * else is the stub's or the hypervisor's.
 *
 * void oracle_soft_restart(uint64_t entry, uint64_t dtb,
 *                          uint64_t payload_size, uint64_t dtb_size)
 */
#include <arch/arm64/asm.h>
#include <hypstub/abi.h>

	.text

FUNC_START oracle_soft_restart
	mov	x19, x0
	mov	x20, x1
	DCACHE_CLEAN_INVALIDATE_RANGE x0, x2, x4, x5
	mov	x0, x20
	DCACHE_CLEAN_INVALIDATE_RANGE x0, x3, x4, x5
	dsb	sy
	mov	x0, #HVC_SOFT_RESTART
	mov	x1, x19
	mov	x2, x20
	mov	x3, xzr
	mov	x4, xzr
	hvc	#0
	ret
SYM_END oracle_soft_restart
