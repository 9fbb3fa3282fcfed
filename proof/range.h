/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The contract of the one range check (core/include/core/range.h), for the
 * stub's and kexec's proofs: inside, in unbounded integers, so that a range
 * wrapping around the top of the address space is not.
 */
/* clang-format off */
#ifndef PROOF_RANGE_H
#define PROOF_RANGE_H

#include <core/range.h>

/*@ assigns \nothing;
    ensures \result == 0 || \result == 1;
    ensures SET_VECTORS_3: SOFT_RESTART_5: KEXEC_5:
	    \result == 1 <==>
	    base <= address && address + length <= base + size; */
static inline int range_inside(hypstub_reg_t base, hypstub_reg_t size,
			       hypstub_reg_t address, hypstub_reg_t length);

#endif /* PROOF_RANGE_H */
/* clang-format on */
