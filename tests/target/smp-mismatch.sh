#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# [SMP-MISMATCH-1]: a secondary CPU that bad firmware drops to SVC before the
# boot entry. The kernel checks the API (tests/target/smp.c, case 1); this
# script also checks the line the library prints, naming the CPU and the two
# modes. Prints TAP.
#
# smp-mismatch.sh IMAGE [run-qemu options]
image=$1
shift
here=$(dirname "$0")/../../tools
. "$here/params.sh"
. "$(dirname "$0")/halt-check.sh"
require_image "$image"
output=$("$here/run-conformance" --smp 2 --poke "$PARAM_TEST_CASE=1" "$@" \
	"$image")
status=$?
# The kernel's plan is 1..1; this script adds test 2.
echo "1..2"
printf '%s\n' "$output" | grep -v '^1\.\.'
expected="hypstub: CPU 1 entered in SVC mode but the boot CPU 0 in HYP mode: HYP is not available"
if printf '%s\n' "$output" | grep -qF "$expected"; then
	echo "ok 2 - [SMP-MISMATCH-1] the refusal names CPU 1, SVC and HYP"
else
	echo "not ok 2 - [SMP-MISMATCH-1] no line \"$expected\""
fi
exit $status
