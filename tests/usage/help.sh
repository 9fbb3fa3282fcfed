#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# make help lists every target the Makefile declares .PHONY, each on a line
# of its own ("  target - what it does"), and every variable that make
# demo, make fuzz and make bench read. The negative control: a target
# that is not in the list must be reported missing. Then O=, Kbuild's name
# for the build directory: make builds there, and O= with another BUILD= is
# refused. Prints TAP.
cd "$(dirname "$0")/../.." || exit 2
# Only what each case gives: nothing from the make that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL SCENARIO PAYLOAD PAYLOAD_ADDR APPEND SMP CPU \
	CHAIN VIRT DEMO_TIMEOUT GDB GDB_PORT TRACE CALLS SEED BENCH_QUICK BENCH_REPETITIONS \
	O BUILD PLAT TOOLCHAIN DEMO_LOG
ARCH=arm
export ARCH
help=$(make --no-print-directory help)
targets=$(make -pq 2>/dev/null | sed -n 's/^\.PHONY: //p' | tr ' ' '\n' |
	sort -u)
variables="ARCH TOOLCHAIN PLAT O BUILD V PREFIX SCENARIO PAYLOAD PAYLOAD_ADDR
APPEND SMP CPU CHAIN VIRT DEMO_TIMEOUT GDB GDB_PORT TRACE CALLS SEED BENCH_QUICK
BENCH_REPETITIONS FUZZ_RUNS FUZZ_SEED SUITE CHECK_TIMEOUT SUITE_TIMEOUT JOBS"

# missing KIND WORDS...: the words that have no line of their own in help.
missing() {
	kind=$1
	shift
	for word in "$@"; do
		case "$kind" in
		target) pattern="^  $word  *- " ;;
		variable) pattern="^  $word=[^ ]*  *- " ;;
		esac
		printf '%s\n' "$help" | grep -q -- "$pattern" || echo "$word"
	done
}
echo "1..5"
failed=0
# shellcheck disable=SC2086
absent=$(missing target $targets)
if [ -z "$absent" ] && [ -n "$targets" ]; then
	echo "ok 1 - make help lists all $(echo $targets | wc -w) targets"
else
	echo "not ok 1 - make help misses the targets:" $absent
	failed=1
fi
# shellcheck disable=SC2086
absent=$(missing variable $variables)
if [ -z "$absent" ]; then
	echo "ok 2 - make help lists all $(echo $variables | wc -w) variables"
else
	echo "not ok 2 - make help misses the variables:" $absent
	failed=1
fi
if [ "$(missing target no-such-target)" = no-such-target ]; then
	echo "ok 3 - negative control: a target absent from make help is reported"
else
	echo "not ok 3 - negative control: no-such-target was not reported"
	failed=1
fi
if make -n --no-print-directory O=build/usage-o all 2>&1 |
	grep -q 'build/usage-o/libhypstub\.a'; then
	echo "ok 4 - make O=build/usage-o builds into build/usage-o (make -n)"
else
	echo "not ok 4 - make O=build/usage-o does not build there"
	failed=1
fi
out=$(make -n --no-print-directory O=build/usage-o BUILD=build/other all 2>&1)
if [ $? -ne 0 ] && printf '%s\n' "$out" | grep -q 'O=build/usage-o and BUILD=build/other'; then
	echo "ok 5 - O= and a different BUILD= are refused: $(printf '%s\n' "$out" | head -n 1)"
else
	echo "not ok 5 - O= and a different BUILD= were not refused: $out"
	failed=1
fi
exit $failed
