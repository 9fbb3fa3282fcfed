/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch32 syndrome register, HSR, under the name portable code uses for
 * it (ESR, as AArch64 calls it): the exception classes HYP code handles
 * (ARMv7-A ARM, "Hyp Syndrome Register"); the fields are in
 * <arch/esr_fields.h>. Constants only, so the host tests include it too.
 */
#ifndef ARCH_ARM_ESR_H
#define ARCH_ARM_ESR_H

#include <arch/esr_fields.h>

#define ESR_EC_UNKNOWN 0x00
#define ESR_EC_WFX 0x01
#define ESR_EC_CP15_32 0x03 /* mcr/mrc to CP15 */
#define ESR_EC_CP15_64 0x04 /* mcrr/mrrc to CP15 */
#define ESR_EC_CP14_32 0x05
#define ESR_EC_CP10_ID 0x08 /* vmrs */
#define ESR_EC_HVC 0x12
#define ESR_EC_SMC 0x13
#define ESR_EC_IABT_LOWER 0x20 /* prefetch abort from PL1 or PL0 */
#define ESR_EC_IABT_CURRENT 0x21
#define ESR_EC_DABT_LOWER 0x24 /* data abort from PL1 or PL0 */
#define ESR_EC_DABT_CURRENT 0x25

#endif /* ARCH_ARM_ESR_H */
