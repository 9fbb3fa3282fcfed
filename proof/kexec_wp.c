// SPDX-License-Identifier: BSD-2-Clause
/* What WP proves about core/kexec.c: the code, then its contracts. */
#include "core/kexec.c"

#include "kexec.h"
