/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The boot record: what each CPU brought with it into hypstub_entry. C and
 * the boot entry code of both architectures share it.
 */
#ifndef HYPSTUB_BOOT_RECORD_H
#define HYPSTUB_BOOT_RECORD_H

#include <hypstub/reg.h>

/* Offsets into struct hypstub_boot_record, for the boot entry code. */
#if HYPSTUB_REG_BYTES == 8
#define BOOT_RECORD_CPSR 0
#define BOOT_RECORD_R0 8
#define BOOT_RECORD_R1 16
#define BOOT_RECORD_R2 24
#define BOOT_RECORD_HSCTLR 32
#define BOOT_RECORD_SCTLR 40
#define BOOT_RECORD_HVBAR 48
#define BOOT_RECORD_ENTRIES 56
#define BOOT_RECORD_SHIFT 6 /* log2 of the record's size */
#else
#define BOOT_RECORD_CPSR 0
#define BOOT_RECORD_R0 4
#define BOOT_RECORD_R1 8
#define BOOT_RECORD_R2 12
#define BOOT_RECORD_HSCTLR 16
#define BOOT_RECORD_SCTLR 20
#define BOOT_RECORD_HVBAR 24
#define BOOT_RECORD_ENTRIES 28
#define BOOT_RECORD_SHIFT 5
#endif

#ifndef __ASSEMBLY__
#include <stddef.h>

/*
 * What a CPU brought with it when it entered hypstub_entry, recorded before
 * anything else runs and kept in .data, where clearing .bss cannot wipe it.
 * On AArch64: cpsr summarises the entry state in AArch32 terms (EL2 as
 * PSR_MODE_HYP, EL1 as PSR_MODE_SVC, DAIF.A/I/F as PSR_A/I/F_BIT), r0-r2
 * are x0-x2, hsctlr is SCTLR_EL2, sctlr SCTLR_EL1 and hvbar VBAR_EL2.
 */
struct hypstub_boot_record {
	hypstub_reg_t cpsr; /* CPSR at entry: the mode and the masks */
	hypstub_reg_t r0;   /* r0-r2 at entry (the boot protocol's) */
	hypstub_reg_t r1;
	hypstub_reg_t r2;
	hypstub_reg_t hsctlr;  /* HSCTLR at entry; 0 when not in HYP */
	hypstub_reg_t sctlr;   /* SCTLR at entry */
	hypstub_reg_t hvbar;   /* HVBAR at entry; 0 when not in HYP */
	hypstub_reg_t entries; /* entries since the image was loaded */
};

_Static_assert(offsetof(struct hypstub_boot_record, cpsr) == BOOT_RECORD_CPSR,
	       "cpsr");
_Static_assert(offsetof(struct hypstub_boot_record, r0) == BOOT_RECORD_R0,
	       "r0");
_Static_assert(offsetof(struct hypstub_boot_record, r1) == BOOT_RECORD_R1,
	       "r1");
_Static_assert(offsetof(struct hypstub_boot_record, r2) == BOOT_RECORD_R2,
	       "r2");
_Static_assert(offsetof(struct hypstub_boot_record, hsctlr) ==
		       BOOT_RECORD_HSCTLR,
	       "hsctlr");
_Static_assert(offsetof(struct hypstub_boot_record, sctlr) == BOOT_RECORD_SCTLR,
	       "sctlr");
_Static_assert(offsetof(struct hypstub_boot_record, hvbar) == BOOT_RECORD_HVBAR,
	       "hvbar");
_Static_assert(offsetof(struct hypstub_boot_record, entries) ==
		       BOOT_RECORD_ENTRIES,
	       "entries");
_Static_assert(sizeof(struct hypstub_boot_record) == 1 << BOOT_RECORD_SHIFT,
	       "size");
#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_BOOT_RECORD_H */
