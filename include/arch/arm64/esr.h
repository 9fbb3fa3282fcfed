/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ESR_EL2: the exception classes EL2 code handles
 * (ARMv8-A ARM, "ESR_ELx"); the fields are in <arch/esr_fields.h>.
 * Constants only, so the host tests include it
 * too.
 */
#ifndef ARCH_ARM64_ESR_H
#define ARCH_ARM64_ESR_H

#include <arch/esr_fields.h>

#define ESR_EC_UNKNOWN 0x00
#define ESR_EC_WFX 0x01
#define ESR_EC_FP_ASIMD 0x07
#define ESR_EC_HVC 0x16	   /* hvc from AArch64 */
#define ESR_EC_SMC 0x17	   /* smc from AArch64 */
#define ESR_EC_SYSREG 0x18 /* msr, mrs or sys from AArch64 */
#define ESR_EC_IABT_LOWER 0x20
#define ESR_EC_IABT_CURRENT 0x21
#define ESR_EC_PC_ALIGNMENT 0x22
#define ESR_EC_DABT_LOWER 0x24
#define ESR_EC_DABT_CURRENT 0x25
#define ESR_EC_SP_ALIGNMENT 0x26
#define ESR_EC_SERROR 0x2f
#define ESR_EC_BRK 0x3c

#endif /* ARCH_ARM64_ESR_H */
