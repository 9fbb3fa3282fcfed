#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# make demo ARCH=arm64, as a test (tests/target/demo.sh's mirror): each
# story must end with the crash kernel reached in the expected mode, on
# every CPU with SMP ([KDUMP-2], [KDUMP-3], [KEXEC-6], [KEXEC-7], [KEXEC-8],
# [SMP-KDUMP-1], [SMP-KDUMP-2], [SMP-KEXEC-1]).
# Prints TAP.
#
# demo.sh BUILD_DIRECTORY
build=$1
here=$(dirname "$0")/../../../tools
echo "1..6"
n=0
failed=0
run() {
	rules=$1
	shift
	n=$((n + 1))
	log=$build/demo-test-$n.log
	if env ARCH=arm64 BUILD="$build" DEMO_LOG="$log" "$@" "$here/demo" \
		>"$log.out" 2>&1; then
		echo "ok $n - $rules make demo $*"
	else
		sed 's/^/# /' "$log.out" | tail -n 20
		echo "not ok $n - $rules make demo $*"
		failed=1
	fi
}
run "[KDUMP-2] [KDUMP-3]" SCENARIO=kdump
run "[KEXEC-6]" SCENARIO=kexec
run "[KEXEC-8]" SCENARIO=kexec CHAIN=3
run "[KEXEC-7]" SCENARIO=kdump VIRT=off
run "[SMP-KDUMP-1] [SMP-KDUMP-2]" SCENARIO=kdump SMP=4
run "[SMP-KEXEC-1]" SCENARIO=kexec SMP=4 CHAIN=1
exit $failed
