/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * ESR_EL2: the exception classes EL2 code handles and the fields it reads
 * (ARMv8-A ARM, "ESR_ELx"). Constants only, so the host tests include it
 * too.
 */
#ifndef ARCH_ARM64_ESR_H
#define ARCH_ARM64_ESR_H

#define ESR_EC_SHIFT 26
#define ESR_EC_MASK 0x3f
#define ESR_EC_COUNT 64
#define ESR_EC(esr) (((esr) >> ESR_EC_SHIFT) & ESR_EC_MASK)
#define ESR_IL (1u << 25) /* the trapped instruction was 32-bit */
#define ESR_ISS_HVC_IMM_MASK 0xffff

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

/* The instruction the stub calls are made with, and its size. */
#define ARCH_CALL_INSTRUCTION_SIZE 4

#endif /* ARCH_ARM64_ESR_H */
