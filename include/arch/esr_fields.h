/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The syndrome's layout, the same in AArch32's HSR and AArch64's ESR_EL2:
 * the exception class in bits [31:26], IL in bit 25, an hvc's immediate in
 * ISS[15:0]. include/arch/<arch>/esr.h adds each architecture's classes.
 */
#ifndef ARCH_ESR_FIELDS_H
#define ARCH_ESR_FIELDS_H

#define ESR_EC_SHIFT 26
#define ESR_EC_MASK 0x3f
#define ESR_EC_COUNT 64
#define ESR_EC(esr) (((esr) >> ESR_EC_SHIFT) & ESR_EC_MASK)
#define ESR_IL (1u << 25) /* the trapped instruction was 32-bit */
#define ESR_ISS_HVC_IMM_MASK 0xffff

/* The instruction the stub calls are made with (hvc), and its size. */
#define ARCH_CALL_INSTRUCTION_SIZE 4

#endif /* ARCH_ESR_FIELDS_H */
