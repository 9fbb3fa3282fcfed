/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch64 spec kernel's assembly: the payload entry that snapshots the
 * state HVC_SOFT_RESTART left (doc/hyp-abi.md, section 5) before anything
 * else runs, and the EL1 registers the test dirties and reads back.
 */
#include <arch/arm64/asm.h>
#include "spec64.h"

	.text

.macro EACH_EL1 op
	\op	sctlr_el1, 0
	\op	vbar_el1, 1
	\op	ttbr0_el1, 2
	\op	ttbr1_el1, 3
	\op	tcr_el1, 4
	\op	mair_el1, 5
	\op	contextidr_el1, 6
	\op	tpidr_el0, 7
	\op	tpidr_el1, 8
	\op	tpidrro_el0, 9
	\op	sp_el0, 10
	\op	elr_el1, 11
	\op	spsr_el1, 12
.endm

.macro SAVE_EL1 reg, index
	mrs	x10, \reg
	str	x10, [x9, #(8 * \index)]
.endm

.macro LOAD_EL1 reg, index
	ldr	x10, [x9, #(8 * \index)]
	msr	\reg, x10
.endm

/*
 * Entered at EL2 by HVC_SOFT_RESTART. Touches only x9, x10 and the snapshot,
 * then enters the image again at hypstub_entry with x0-x2 as they arrived.
 */
CODE_START spec64_payload_entry
	ldr	x9, =spec64_snapshot
	str	x0, [x9, #(8 * S64_X0)]
	str	x1, [x9, #(8 * S64_X1)]
	str	x2, [x9, #(8 * S64_X2)]
	str	x3, [x9, #(8 * S64_X3)]
	mrs	x10, CurrentEL
	str	x10, [x9, #(8 * S64_CURRENTEL)]
	mrs	x10, SPSel
	str	x10, [x9, #(8 * S64_SPSEL)]
	mrs	x10, daif
	str	x10, [x9, #(8 * S64_DAIF)]
	mrs	x10, sctlr_el2
	str	x10, [x9, #(8 * S64_SCTLR_EL2)]
	mrs	x10, hcr_el2
	str	x10, [x9, #(8 * S64_HCR)]
	mrs	x10, cptr_el2
	str	x10, [x9, #(8 * S64_CPTR)]
	mrs	x10, mdcr_el2
	str	x10, [x9, #(8 * S64_MDCR)]
	mrs	x10, hstr_el2
	str	x10, [x9, #(8 * S64_HSTR)]
	mrs	x10, cnthctl_el2
	str	x10, [x9, #(8 * S64_CNTHCTL)]
	mrs	x10, cntvoff_el2
	str	x10, [x9, #(8 * S64_CNTVOFF)]
	mrs	x10, vpidr_el2
	str	x10, [x9, #(8 * S64_VPIDR)]
	mrs	x10, vmpidr_el2
	str	x10, [x9, #(8 * S64_VMPIDR)]
	mrs	x10, midr_el1
	str	x10, [x9, #(8 * S64_MIDR)]
	mrs	x10, mpidr_el1
	str	x10, [x9, #(8 * S64_MPIDR)]
	mrs	x10, pmcr_el0
	str	x10, [x9, #(8 * S64_PMCR)]
	mrs	x10, vbar_el2
	str	x10, [x9, #(8 * S64_VBAR_EL2)]
	add	x9, x9, #(8 * S64_EL1)
	EACH_EL1 SAVE_EL1
	ldr	x9, =spec64_snapshot
	ldr	x10, =S64_TAKEN_MAGIC
	str	x10, [x9, #(8 * S64_TAKEN)]
	dsb	sy
	b	hypstub_entry
SYM_END spec64_payload_entry

/* void spec64_el1_read(uint64_t *values), at EL1. */
FUNC_START spec64_el1_read
	mov	x9, x0
	EACH_EL1 SAVE_EL1
	ret
SYM_END spec64_el1_read

/* void spec64_el1_write(const uint64_t *values), at EL1, DAIF masked. */
FUNC_START spec64_el1_write
	mov	x9, x0
	EACH_EL1 LOAD_EL1
	isb
	ret
SYM_END spec64_el1_write

	.data
	.balign 8
	.global spec64_snapshot
spec64_snapshot:
	.space	8 * S64_WORDS
