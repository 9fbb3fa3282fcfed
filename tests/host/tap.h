/* SPDX-License-Identifier: BSD-2-Clause */
/* A tiny TAP harness for the host unit tests (tests/host/tap.c). */
#ifndef TESTS_HOST_TAP_H
#define TESTS_HOST_TAP_H

/* Record a failure of the current test when ok is 0, with a message. */
void check(int ok, const char *format, ...)
	__attribute__((format(printf, 2, 3)));

/* Print "ok N" or "not ok N" for the current test, naming its rules. */
void finish(const char *rules, const char *name);

/* The exit status: 1 when any test failed. */
int tap_exit_status(void);

#endif /* TESTS_HOST_TAP_H */
