/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * What the portable code (core/, hyp/) knows of the architecture it is
 * built for: the syndrome's exception classes (ESR_EC_*, ESR_EC()) and the
 * geometry of a vector table. Constants only: the host tests build the
 * portable code for either architecture (HYPSTUB_MODEL_AARCH64 selects
 * AArch64 and 64-bit registers there, see <hypstub/reg.h>).
 */
#ifndef ARCH_PORTABLE_H
#define ARCH_PORTABLE_H

#include <hypstub/reg.h>

#if HYPSTUB_AARCH64
#include <arch/arm64/esr.h>
#include <arch/arm64/vectors.h>
#else
#include <arch/arm/esr.h>
#include <arch/arm/vectors.h>
#endif

#endif /* ARCH_PORTABLE_H */
