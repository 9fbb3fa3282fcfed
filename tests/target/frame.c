// SPDX-License-Identifier: BSD-2-Clause
/* What an hvc changed that it must not ([CALL-2], [CALL-3]). */
#include <arch/arm/sysreg.h>

#include "test_kernel.h"

#define PSR_FLAGS_MASK 0xf8000000u

uint32_t hvc_frame_damage(const struct hvc_frame *frame,
			  uint32_t mode_and_masks)
{
	uint32_t damage = 0;
	int reg;

	for (reg = 4; reg <= 11; reg++)
		if (frame->out[reg] != (uint32_t)FRAME_PATTERN(reg))
			damage |= 1u << reg;
	if (frame->out[13] != FRAME_LR_PATTERN)
		damage |= FRAME_BAD_LR;
	if (frame->sp_after != frame->sp_before)
		damage |= FRAME_BAD_SP;
	if (frame->lr_usr_after != FRAME_LR_USR_PATTERN)
		damage |= FRAME_BAD_LR_USR;
	if ((frame->cpsr_after & PSR_FLAGS_MASK) != frame->in_flags)
		damage |= FRAME_BAD_FLAGS;
	if ((frame->cpsr_after & (PSR_MODE_MASK | PSR_AIF_MASK)) !=
	    mode_and_masks)
		damage |= FRAME_BAD_MODE;
	return damage;
}

/* A1 encoding of HVC: cond 1110, 0001 0100, imm12, 0111, imm4. */
#define HVC_A1 0xe1400070u

extern uint32_t hvc_frame_dynamic_instruction[];

void hvc_frame_set_immediate(uint32_t immediate)
{
	hvc_frame_dynamic_instruction[0] =
		HVC_A1 | ((immediate >> 4) & 0xfff) << 8 | (immediate & 0xf);
	/* The new instruction must reach the point of unification. */
	__asm__ volatile("dsb sy\n\tmcr p15, 0, %0, c7, c5, 0\n\t"
			 "mcr p15, 0, %0, c7, c5, 6\n\tdsb sy\n\tisb" ::"r"(0)
			 : "memory");
}
