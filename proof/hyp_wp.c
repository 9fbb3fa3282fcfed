// SPDX-License-Identifier: BSD-2-Clause
/*
 * What WP proves about hyp/hyp_main.c: the boot stub's code and contracts
 * it calls (proved by the stub's unit, assumed here), the code, then its
 * contracts.
 */
#include "core/stub.c"

#include "stub.h"

#include "hyp/hyp_main.c"

#include "hyp.h"
