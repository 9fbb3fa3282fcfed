#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# [A64-UNEXPECTED-1]: on AArch64, an exception the stub does not expect at
# EL2 is reported on the UART, naming its class, and halts the CPU. Each case
# boots tests/target/arm64/exceptions.c with the case number poked into RAM.
#
# exceptions.sh IMAGE [run-qemu options]
image=$1
shift
here=$(dirname "$0")/../../../tools
. "$here/params.sh"
. "$(dirname "$0")/../halt-check.sh"
require_image "$image"
echo "1..4"
n=0
failed=0
for entry in "1:undefined instruction" "2:hvc" "3:data abort" "4:brk"; do
	n=$((n + 1))
	name=${entry#*:}
	output=$("$here/run-qemu" --arch arm64 --timeout 3 \
		--poke "$PARAM_TEST_CASE=${entry%%:*}" "$@" "$image" 2>&1 |
		tr -d '\r')
	check_halt "$output" "# exceptions: case ${entry%%:*}," \
		"hypstub: HALT: CPU 0: synchronous exception at EL2 ($name) in the boot stub" \
		ESR_EL2
	if [ -z "$problems" ]; then
		echo "ok $n - [A64-UNEXPECTED-1] $name at EL2: reported and halted"
	else
		echo "not ok $n - [A64-UNEXPECTED-1] $name at EL2:$problems"
		failed=1
	fi
done
exit $failed
