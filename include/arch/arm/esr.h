/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The AArch32 syndrome register, HSR, under the name portable code uses for
 * it (ESR, as AArch64 calls it): the exception classes HYP code handles and
 * the fields it reads (ARMv7-A ARM, "Hyp Syndrome Register"). Constants
 * only, so the host tests include it too.
 */
#ifndef ARCH_ARM_ESR_H
#define ARCH_ARM_ESR_H

#define ESR_EC_SHIFT 26
#define ESR_EC_MASK 0x3f
#define ESR_EC_COUNT 64
#define ESR_EC(esr) (((esr) >> ESR_EC_SHIFT) & ESR_EC_MASK)
#define ESR_IL (1u << 25) /* the trapped instruction was 32-bit */
#define ESR_ISS_HVC_IMM_MASK 0xffff

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

/* The instruction the stub calls are made with, and its size. */
#define ARCH_CALL_INSTRUCTION_SIZE 4

#endif /* ARCH_ARM_ESR_H */
