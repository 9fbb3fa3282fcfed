// SPDX-License-Identifier: BSD-2-Clause
#include "tap.h"

#include <stdarg.h>
#include <stdio.h>

static int test_number;
static int test_failures;
static int total_failures;

void check(int ok, const char *format, ...)
{
	va_list args;

	if (ok)
		return;
	test_failures++;
	printf("#   FAILED: ");
	va_start(args, format);
	vprintf(format, args);
	va_end(args);
	printf("\n");
}

void finish(const char *rules, const char *name)
{
	test_number++;
	printf("%s %d - %s %s\n", test_failures ? "not ok" : "ok", test_number,
	       rules, name);
	total_failures += test_failures != 0;
	test_failures = 0;
}

int tap_exit_status(void)
{
	return total_failures ? 1 : 0;
}
