// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL for the static-analysis gate: deliberately wrong C that
 * clang-tidy and cppcheck must both reject (tools/static-analysis
 * --self-test). Never compiled into anything, and outside the gate's own
 * file list. Each line below that starts with "expect:" names a finding that
 * one tool must report in this file; the self-test fails when one is
 * missing, so switching a check off in .clang-tidy shows up here.
 *
 * expect: clang-tidy clang-analyzer-core.uninitialized.UndefReturn
 * expect: clang-tidy clang-analyzer-core.NullDereference
 * expect: cppcheck uninitvar
 * expect: cppcheck nullPointer
 */
#include <stddef.h>
#include <stdint.h>

uint32_t bad_uninitialised(uint32_t flags);
uint32_t bad_null_dereference(uint32_t flags);

/* Returns an uninitialised value whenever bit 0 of flags is clear. */
uint32_t bad_uninitialised(uint32_t flags)
{
	uint32_t value;

	if (flags & 1)
		value = 1;
	return value;
}

/* Dereferences NULL whenever bit 1 of flags is clear. */
uint32_t bad_null_dereference(uint32_t flags)
{
	const uint32_t *word = NULL;

	if (flags & 2)
		word = &flags;
	return *word;
}
