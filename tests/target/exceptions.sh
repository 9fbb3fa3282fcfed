#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# [UNEXPECTED-1] to [UNEXPECTED-5]: an exception the stub does not expect is
# reported on the UART and halts the CPU. [HYP-FAULT-1]: so does a fault in
# the resident hypervisor's own code, and the report names it. Each case boots the exceptions
# kernel (tests/target/exceptions.c) with the case number poked into RAM and
# expects the diagnostic, then a hang (QEMU stopped by the time limit).
#
# exceptions.sh IMAGE [run-qemu options]
image=$1
shift
here=$(dirname "$0")/../../tools
. "$here/params.sh"
. "$(dirname "$0")/halt-check.sh"
require_image "$image"

echo "1..6"
n=0
failed=0
for entry in "1:[UNEXPECTED-1]:undefined instruction" \
	"2:[UNEXPECTED-2]:hvc/svc in HYP" \
	"3:[UNEXPECTED-3]:data abort" \
	"4:[UNEXPECTED-4]:prefetch abort" \
	"5:[UNEXPECTED-5]:IRQ" \
	"6:[HYP-FAULT-1]:data abort:resident hypervisor"; do
	n=$((n + 1))
	case_number=${entry%%:*}
	rest=${entry#*:}
	rule=${rest%%:*}
	rest=${rest#*:}
	name=${rest%%:*}
	who="boot stub"
	started="# exceptions: case $case_number,"
	case "$rest" in
	*:*)
		who=${rest#*:}
		started="# exceptions: calling HYP_CALL_TEST_FAULT" ;;
	esac
	output=$("$here/run-qemu" --timeout 3 \
		--poke "$PARAM_TEST_CASE=$case_number" "$@" "$image" 2>&1 |
		tr -d '\r')
	check_halt "$output" "$started" \
		"hypstub: HALT: CPU 0x00000000: $name in the $who at HYP vector" HSR
	if [ -z "$problems" ]; then
		echo "ok $n - $rule $name in the $who: reported and halted"
	else
		echo "not ok $n - $rule $name in the $who:$problems"
		failed=1
	fi
done
exit $failed
