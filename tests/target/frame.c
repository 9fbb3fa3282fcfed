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
