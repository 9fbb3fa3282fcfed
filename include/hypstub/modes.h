/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * AArch32 processor modes and mask bits. The boot records of both
 * architectures use them: on AArch64 the record holds an AArch32-style
 * summary of the entry state (EL2 as HYP, EL1 as SVC, DAIF as A, I, F).
 */
#ifndef HYPSTUB_MODES_H
#define HYPSTUB_MODES_H

#define PSR_MODE_MASK 0x1f
#define PSR_MODE_USR 0x10
#define PSR_MODE_FIQ 0x11
#define PSR_MODE_IRQ 0x12
#define PSR_MODE_SVC 0x13
#define PSR_MODE_MON 0x16
#define PSR_MODE_ABT 0x17
#define PSR_MODE_HYP 0x1a
#define PSR_MODE_UND 0x1b
#define PSR_MODE_SYS 0x1f
#define PSR_F_BIT (1 << 6)
#define PSR_I_BIT (1 << 7)
#define PSR_A_BIT (1 << 8)
#define PSR_AIF_MASK (PSR_A_BIT | PSR_I_BIT | PSR_F_BIT)

#endif /* HYPSTUB_MODES_H */
