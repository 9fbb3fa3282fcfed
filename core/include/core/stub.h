/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The portable half of the boot stub: the register context the vector code
 * hands to C, the dispatch of a HYP trap, and the argument checks that any
 * HYP-resident code (the stub and the resident hypervisor) shares. It builds
 * for the target and for the host, where tests drive it with a fake context.
 */
#ifndef CORE_STUB_H
#define CORE_STUB_H

#include <hypstub/reg.h>

/* What the vector code does once C has handled a trap. */
#define STUB_NEXT_RETURN 0 /* restore r0-r3, ip and eret to the caller */
#define STUB_NEXT_SOFT_RESTART                                                 \
	1		 /* enter the payload described in the context */
#define STUB_NEXT_HALT 2 /* unexpected trap: report it and halt */

/* Per-CPU stacks of the stub: 1 KiB each for calls and for reports. */
#define STUB_STACK_SHIFT 10
#define STUB_PANIC_STACK_SHIFT 10

/*
 * Offsets into struct stub_context, for the vector code: eight registers
 * (a multiple of 8 bytes on AArch32 and of 16 on AArch64: the stack's
 * alignment).
 */
#if HYPSTUB_REG_BYTES == 8
#define STUB_CTX_R0 0
#define STUB_CTX_R1 8
#define STUB_CTX_R2 16
#define STUB_CTX_R3 24
#define STUB_CTX_IP 32
#define STUB_CTX_ESR 40
#define STUB_CTX_LR 48
#define STUB_CTX_SIZE 64
#else
#define STUB_CTX_R0 0
#define STUB_CTX_R1 4
#define STUB_CTX_R2 8
#define STUB_CTX_R3 12
#define STUB_CTX_IP 16
#define STUB_CTX_ESR 20
#define STUB_CTX_LR 24
#define STUB_CTX_SIZE 32
#endif

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/*
 * The caller's registers as the HYP trap vector saved them. r[] holds r0-r3
 * and ip (r12) on AArch32, x0-x4 on AArch64, in and out; the vector code
 * restores them on return.
 */
struct stub_context {
	hypstub_reg_t r[5];
	hypstub_reg_t esr; /* the syndrome: HSR or ESR_EL2 */
	hypstub_reg_t lr;  /* LR_usr (AArch32) or x30: saved, never changed */
	hypstub_reg_t unused;
};

#define STUB_REG_IP 4

_Static_assert(offsetof(struct stub_context, r[0]) == STUB_CTX_R0, "r0");
_Static_assert(offsetof(struct stub_context, r[1]) == STUB_CTX_R1, "r1");
_Static_assert(offsetof(struct stub_context, r[2]) == STUB_CTX_R2, "r2");
_Static_assert(offsetof(struct stub_context, r[3]) == STUB_CTX_R3, "r3");
_Static_assert(offsetof(struct stub_context, r[STUB_REG_IP]) == STUB_CTX_IP,
	       "ip");
_Static_assert(offsetof(struct stub_context, esr) == STUB_CTX_ESR, "esr");
_Static_assert(offsetof(struct stub_context, lr) == STUB_CTX_LR, "lr");
_Static_assert(sizeof(struct stub_context) == STUB_CTX_SIZE, "size");

/* The RAM that addresses passed to stub calls must lie in. */
struct stub_memory {
	hypstub_reg_t base;
	hypstub_reg_t size;
};

/* Set once at boot, before the first hvc can arrive. */
void stub_set_memory(hypstub_reg_t base, hypstub_reg_t size);
void stub_get_memory(hypstub_reg_t *base, hypstub_reg_t *size);
/* Where RAM is, from the DTB (core/memory.c): boot_r2 may point at it. */
void stub_find_memory(hypstub_reg_t boot_r2, hypstub_reg_t *base,
		      hypstub_reg_t *size);

/* True when [address, address + length) lies inside RAM. */
int stub_range_in_ram(hypstub_reg_t address, hypstub_reg_t length);

/* Argument checks of the stub calls, shared with the resident hypervisor. */
int stub_vector_table_is_valid(hypstub_reg_t address);
int stub_restart_entry_is_valid(hypstub_reg_t entry);

/*
 * Discovery (HYPSTUB_CALL_UID, _REVISION, _QUERY, _MEMORY), answered the
 * same way by the boot stub and by the resident hypervisor, which differ
 * only in who they are.
 */
struct stub_identity {
	hypstub_reg_t calls;	    /* HYPSTUB_CALL_QUERY's bitmap */
	hypstub_reg_t implementer;  /* HYPSTUB_IMPL_* */
	hypstub_reg_t stub_vectors; /* the boot stub's vector base */
};

/* The registers a discovery call sets: r0, r1, r2, r3, ip, the first count. */
struct stub_answer {
	hypstub_reg_t r[5];
	unsigned int count;
};

/* 1 and *answer filled when function is a discovery call; 0 otherwise. */
int stub_discovery(hypstub_reg_t function, const struct stub_identity *who,
		   struct stub_answer *answer);

/* Handle one trap taken to the HYP trap vector; returns STUB_NEXT_*. */
int stub_handle_trap(struct stub_context *ctx);

/*
 * Provided by the architecture (arch/arm) or, on the host, by the tests:
 * the few places where the portable code touches HYP state.
 */
hypstub_reg_t stub_arch_own_vectors(void);

/*
 * Print a diagnostic for an exception HYP did not expect, naming who took it
 * ("boot stub", "resident hypervisor"), then halt with plat_halt().
 */
void hyp_mode_report(uint32_t vector_offset, const char *who)
	__attribute__((noreturn));
void stub_arch_write_hvbar(hypstub_reg_t address);
void stub_arch_hyp_mmu_off(void);
#if HYPSTUB_AARCH64
/*
 * HVC_GET_ICH_VTR_EL2: 1 and *value = ICH_VTR_EL2 when the CPU has the
 * GICv3 system register interface, 0 (nothing read) otherwise.
 */
int stub_arch_read_ich_vtr(hypstub_reg_t *value);
#endif

#endif /* !__ASSEMBLY__ */
#endif /* CORE_STUB_H */
