// SPDX-License-Identifier: BSD-2-Clause
/* Shared by the demo's host and crash kernels. */
#include <arch/arm/sysreg.h>

#include "demo.h"

const char *demo_mode_name(uint32_t cpsr)
{
	switch (cpsr & PSR_MODE_MASK) {
	case PSR_MODE_HYP:
		return "HYP";
	case PSR_MODE_SVC:
		return "SVC";
	case PSR_MODE_IRQ:
		return "IRQ";
	case PSR_MODE_MON:
		return "MON";
	default:
		return "an unexpected";
	}
}
