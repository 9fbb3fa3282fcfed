/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A general register of the architecture the code is built for: 32 bits on
 * AArch32 (and for the host tests, which model it), 64 bits on AArch64.
 */
#ifndef HYPSTUB_REG_H
#define HYPSTUB_REG_H

#if defined(__aarch64__)
#define HYPSTUB_REG_BYTES 8
#define HYPSTUB_REG_SHIFT 3
#else
#define HYPSTUB_REG_BYTES 4
#define HYPSTUB_REG_SHIFT 2
#endif

#ifndef __ASSEMBLY__
#include <stdint.h>

#if defined(__aarch64__)
typedef uint64_t hypstub_reg_t;
#else
typedef uint32_t hypstub_reg_t;
#endif
#endif /* !__ASSEMBLY__ */

#endif /* HYPSTUB_REG_H */
