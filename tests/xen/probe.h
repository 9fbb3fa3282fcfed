/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The Xen probe (tests/xen/probe.c): raw hvc calls with r0-r3 and a scratch
 * register under control, from a dom0 entered in SVC (AArch32) or EL1
 * (AArch64). The scratch register is the one Xen reads its hypercall number
 * from with hvc #0xea1: r12 (ip) on AArch32, x16 on AArch64.
 */
#ifndef TESTS_XEN_PROBE_H
#define TESTS_XEN_PROBE_H

#include <hypstub/abi.h>

/* Offsets in struct xen_probe_regs: r[0..3], then scratch. */
#ifdef __aarch64__
#define XEN_PROBE_REG_SIZE 8
#define XEN_PROBE_SCRATCH 32
#else
#define XEN_PROBE_REG_SIZE 4
#define XEN_PROBE_SCRATCH 16
#endif
#define XEN_PROBE_R0 0

#ifndef __ASSEMBLY__
#include <stddef.h>

/* Loaded before the hvc, overwritten with what the registers hold after. */
struct xen_probe_regs {
	hypstub_reg_t r[4];
	hypstub_reg_t scratch;
};

_Static_assert(sizeof(hypstub_reg_t) == XEN_PROBE_REG_SIZE, "width");
_Static_assert(offsetof(struct xen_probe_regs, r) == XEN_PROBE_R0, "r0");
_Static_assert(offsetof(struct xen_probe_regs, scratch) == XEN_PROBE_SCRATCH,
	       "scratch");

/* hvc #0, hvc #0xea1 and hvc #1; each *_insn labels its hvc instruction. */
void xen_probe_hvc_0(struct xen_probe_regs *regs);
void xen_probe_hvc_ea1(struct xen_probe_regs *regs);
void xen_probe_hvc_1(struct xen_probe_regs *regs);
extern const char xen_probe_hvc_0_insn[];
extern const char xen_probe_hvc_ea1_insn[];
extern const char xen_probe_hvc_1_insn[];

#endif /* !__ASSEMBLY__ */
#endif /* TESTS_XEN_PROBE_H */
