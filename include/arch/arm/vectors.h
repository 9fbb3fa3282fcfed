/* SPDX-License-Identifier: BSD-2-Clause */
/* The slots of an AArch32 HYP vector table (HVBAR), by offset. */
#ifndef ARCH_ARM_VECTORS_H
#define ARCH_ARM_VECTORS_H

#define HYP_VECTOR_RESET 0x00	 /* not used in HYP */
#define HYP_VECTOR_UNDEF 0x04	 /* undefined instruction in HYP */
#define HYP_VECTOR_HYP_CALL 0x08 /* hvc or svc executed in HYP itself */
#define HYP_VECTOR_PABORT 0x0c	 /* prefetch abort taken to HYP */
#define HYP_VECTOR_DABORT 0x10	 /* data abort taken to HYP */
#define HYP_VECTOR_HYP_TRAP 0x14 /* hvc from PL1, or a trap routed to HYP */
#define HYP_VECTOR_IRQ 0x18
#define HYP_VECTOR_FIQ 0x1c

/* HVBAR[4:0] are RES0: eight slots of one instruction each. */
#define VECTOR_TABLE_ALIGN 32
#define VECTOR_TABLE_SIZE 32

#endif /* ARCH_ARM_VECTORS_H */
