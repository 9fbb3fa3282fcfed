/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The system-register accessors of the architecture being built, for the
 * target-only code outside arch/ that needs one of the names both provide
 * (read_mpidr, read_cntfrq, read_cntpct, ...).
 */
#ifndef ARCH_SYSREG_H
#define ARCH_SYSREG_H

#if defined(__aarch64__)
#include <arch/arm64/sysreg.h>
#else
#include <arch/arm/sysreg.h>
#endif

#endif /* ARCH_SYSREG_H */
