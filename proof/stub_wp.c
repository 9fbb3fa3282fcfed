// SPDX-License-Identifier: BSD-2-Clause
/* What WP proves about core/stub.c: the code, then its contracts. */
#include "core/stub.c"

#include "stub.h"
