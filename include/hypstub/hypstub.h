/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The public C API of the boot stub, for the kernel that runs in SVC above it.
 * The kernel links libhypstub.a, makes hypstub_entry its entry point and
 * provides hypstub_main(); see README.md.
 */
#ifndef HYPSTUB_HYPSTUB_H
#define HYPSTUB_HYPSTUB_H

#include <hypstub/abi.h>
#include <hypstub/modes.h>
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
#include <stdint.h>

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

/*
 * Registers of one raw stub call: in before the hvc, out after it (r0-r3
 * and ip on AArch32, x0-x4 on AArch64).
 */
struct hypstub_regs {
	hypstub_reg_t r0;
	hypstub_reg_t r1;
	hypstub_reg_t r2;
	hypstub_reg_t r3;
	hypstub_reg_t ip;
};

/* What HVC_STUB_QUERY reported. */
struct hypstub_query_result {
	uint32_t version;     /* ABI version; 0 when the call is not known */
	uint32_t calls;	      /* bitmap of the implemented stub calls */
	uint32_t implementer; /* HYPSTUB_IMPL_*, 0 when the call is not known */
};

/* Provided by the kernel: called in SVC on the boot CPU, never returns. */
void hypstub_main(unsigned int cpu) __attribute__((noreturn));

/*
 * Called in SVC on a secondary CPU that entered at hypstub_secondary_entry
 * (PSCI CPU_ON's entry point). The library's weak default halts the CPU.
 */
void hypstub_secondary_main(unsigned int cpu) __attribute__((noreturn));

/* The entry points, for CPU_ON and for kexec into the same image. */
extern const char hypstub_entry[];
extern const char hypstub_secondary_entry[];

/* The index of the CPU that entered at hypstub_entry (the boot CPU). */
unsigned int hypstub_boot_cpu_index(void);

/* True when the CPU has entered this boot (its record is valid). */
int hypstub_cpu_entered(unsigned int cpu);

/*
 * True when a CPU entered in another mode than the boot CPU (bad firmware);
 * gives the first such CPU and its mode. HYP is then not available.
 */
int hypstub_mode_mismatch(unsigned int *cpu, hypstub_reg_t *mode);

/* Print the mismatch, naming the CPU and the two modes, on the UART. */
void hypstub_report_mode_mismatch(void);

/* The record of a CPU (0 .. PLAT_MAX_CPUS - 1), or NULL. */
const struct hypstub_boot_record *hypstub_boot_record(unsigned int cpu);

/*
 * The RAM the stub calls' addresses must lie in, as the boot CPU found it
 * (the DTB's first /memory range, or the platform's minimum).
 */
void hypstub_memory(hypstub_reg_t *base, hypstub_reg_t *size);

/* The CPSR mode (PSR_MODE_HYP, PSR_MODE_SVC, ...) the boot CPU entered in. */
hypstub_reg_t hypstub_boot_mode(void);

/*
 * True when the boot CPU entered in HYP, so the stub answers hvc, and no CPU
 * that entered since entered in another mode.
 */
int hypstub_hyp_available(void);

/*
 * One wrapper per call. Each returns the call's r0 (0 or HVC_STUB_ERR);
 * when HYP is not available it issues no hvc and returns HVC_STUB_ERR.
 */
hypstub_reg_t hypstub_set_vectors(hypstub_reg_t table_physical_address);
hypstub_reg_t hypstub_reset_vectors(void);
/* Returns only when the call failed. */
hypstub_reg_t hypstub_soft_restart(hypstub_reg_t entry, hypstub_reg_t r0,
				   hypstub_reg_t r1, hypstub_reg_t r2);
/* Fills *result (version 0 when the call is unknown) and returns r0. */
hypstub_reg_t hypstub_query(struct hypstub_query_result *result);

/* hvc #0 with r0-r3 and ip from *regs; writes them back after the call. */
void hypstub_hvc(struct hypstub_regs *regs);

#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_HYPSTUB_H */
