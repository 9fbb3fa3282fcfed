/* SPDX-License-Identifier: BSD-2-Clause */
/* What EVA's drivers (proof/eva_*.c) share. */
#ifndef PROOF_EVA_H
#define PROOF_EVA_H

#include "__fc_builtin.h"
#include <hypstub/abi.h>

/* A register's value: any of them. */
static hypstub_reg_t unknown_reg(void)
{
	hypstub_reg_t value;

	Frama_C_make_unknown((char *)&value, sizeof(value));
	return value;
}

#endif /* PROOF_EVA_H */
