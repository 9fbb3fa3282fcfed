// SPDX-License-Identifier: BSD-2-Clause
/* What WP proves about core/fdt.c: the code, then its contracts. */
#include "core/fdt.c"

#include "fdt.h"
