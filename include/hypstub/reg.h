/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A general register of the architecture the code is built for: 32 bits on
 * AArch32, 64 bits on AArch64; the host tests model either.
 */
#ifndef HYPSTUB_REG_H
#define HYPSTUB_REG_H

/*
 * HYPSTUB_AARCH64: built for AArch64, or (host tests, with
 * -DHYPSTUB_MODEL_AARCH64) modelling it.
 */
#if defined(__aarch64__) || defined(HYPSTUB_MODEL_AARCH64)
#define HYPSTUB_AARCH64 1
#define HYPSTUB_REG_BYTES 8
#else
#define HYPSTUB_AARCH64 0
#define HYPSTUB_REG_BYTES 4
#endif

#ifndef __ASSEMBLY__
#include <stdint.h>

#if HYPSTUB_AARCH64
typedef uint64_t hypstub_reg_t;
#else
typedef uint32_t hypstub_reg_t;
#endif
#endif /* !__ASSEMBLY__ */

#endif /* HYPSTUB_REG_H */
