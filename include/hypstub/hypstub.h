/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The public C API of the boot stub, for the kernel that runs in SVC above it.
 * The kernel links libhypstub.a, makes hypstub_entry its entry point and
 * provides hypstub_main(); see README.md.
 */
#ifndef HYPSTUB_HYPSTUB_H
#define HYPSTUB_HYPSTUB_H

#include <hypstub/abi.h>
#include <hypstub/boot_record.h>
#include <hypstub/modes.h>
#include <hypstub/reg.h>

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

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

/*
 * What discovery reported (HYPSTUB_CALL_UID, _QUERY and _MEMORY). Version 0
 * means the implementation did not name itself as this ABI (Linux's stub,
 * KVM, Xen, ...): then only calls 0 to 2 may be assumed, as Linux defines
 * them, and nothing else is known.
 */
struct hypstub_query_result {
	uint32_t version;     /* ABI version; 0 when the call is not known */
	uint32_t calls;	      /* bitmap of the implemented stub calls */
	uint32_t implementer; /* HYPSTUB_IMPL_*, 0 when the call is not known */
	hypstub_reg_t stub_vectors; /* the boot stub's vector base, or 0 */
	hypstub_reg_t ram_base;	    /* the RAM addresses must lie in, or 0 */
	hypstub_reg_t ram_size;
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

/*
 * The name of a boot record's mode (its cpsr, or a PSR_MODE_* value): "HYP",
 * "SVC", "IRQ", "MON" or "an unexpected", to print before " mode".
 */
const char *hypstub_mode_name(hypstub_reg_t cpsr);

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
/*
 * Discovery: fills *result and returns 0 when this ABI answered, or
 * HVC_STUB_ERR (version 0 in *result) when HYP is not available or another
 * implementation did. Issues HYPSTUB_CALL_QUERY and _MEMORY only after
 * HYPSTUB_CALL_UID named this ABI.
 */
hypstub_reg_t hypstub_query(struct hypstub_query_result *result);

/* hvc #0 with r0-r3 and ip from *regs; writes them back after the call. */
void hypstub_hvc(struct hypstub_regs *regs);

#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_HYPSTUB_H */
