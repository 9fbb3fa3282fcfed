#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# The kit's bad inputs: `make kit` and tests/kit/run-kit refuse each bad
# variable or option with exit status 2 and a message that names it, before
# anything runs (no report written, no TAP printed). The control: the same
# commands with good values run the kit and pass. Prints TAP.
#
# usage.sh   (from the top of the tree, after make all for both ARCHs)
cd "$(dirname "$0")/../.." || exit 2
a32=build/arm-llvm/kit
a64=build/arm64-llvm/kit
for file in $a32/outside_stub.bin $a32/outside_hyp.bin $a64/outside_stub.bin \
	$a32/blackbox.elf $a64/blackbox.elf; do
	if [ ! -f "$file" ]; then
		echo "Bail out! no $file: run make all and make all ARCH=arm64"
		exit 2
	fi
done
out=$(mktemp)
err=$(mktemp)
trap 'rm -f "$out" "$err"' EXIT
n=0
failed=0

# refused WHAT TEXT COMMAND...: exit 2, TEXT in the message, no report, no
# TAP on stdout.
refused() {
	what=$1
	text=$2
	shift 2
	n=$((n + 1))
	rm -f $a32/report.tap $a64/report.tap
	"$@" >"$out" 2>"$err" </dev/null
	status=$?
	if [ "$status" -eq 2 ] && grep -qF -- "$text" "$err" &&
		[ ! -e $a32/report.tap ] && [ ! -e $a64/report.tap ] &&
		! grep -q '^1\.\.' "$out"; then
		echo "ok $n - refused: $what"
	else
		failed=1
		echo "not ok $n - not refused as it should be: $what (exit $status)"
		sed 's/^/#   stderr: /' "$err" | head -5
		grep -q '^1\.\.' "$out" && echo "#   it ran the kit"
	fi
}

# accepted WHAT COMMAND...: the control, exit 0.
accepted() {
	what=$1
	shift
	n=$((n + 1))
	if "$@" >"$out" 2>"$err" </dev/null; then
		echo "ok $n - accepted and passed: $what"
	else
		failed=1
		echo "not ok $n - refused or failed: $what (exit $?)"
		sed 's/^/#   /' "$err" | head -5
	fi
}

mk() {
	make --no-print-directory "$@"
}

echo "1..17"
refused "KIT_ARCH=mips" "KIT_ARCH=mips" mk kit KIT_ARCH=mips KIT_IMAGE=$a32/outside_stub.bin
refused "KIT_TARGET=guest" "KIT_TARGET=guest" mk kit KIT_TARGET=guest KIT_IMAGE=$a32/outside_stub.bin
refused "KIT_IMAGE empty" "KIT_IMAGE= is empty" mk kit
refused "KIT_IMAGE missing" "KIT_IMAGE=/nonexistent.bin: no such file" mk kit KIT_IMAGE=/nonexistent.bin
refused "KIT_ADDR not hexadecimal" "KIT_ADDR=12" mk kit KIT_IMAGE=$a32/outside_stub.bin KIT_ADDR=12
refused "KIT_STUB_ADDR not hexadecimal" "KIT_STUB_ADDR=zz" mk kit KIT_TARGET=hyp KIT_IMAGE=$a32/outside_hyp.bin KIT_STUB_ADDR=zz
refused "KIT_STUB with KIT_TARGET=stub" "KIT_STUB= and KIT_STUB_ADDR= go with KIT_TARGET=hyp" mk kit KIT_IMAGE=$a32/outside_stub.bin KIT_STUB=$a32/outside_stub.bin
refused "KIT_STUB missing" "KIT_STUB=/nonexistent.bin: no such file" mk kit KIT_TARGET=hyp KIT_IMAGE=$a32/outside_hyp.bin KIT_STUB=/nonexistent.bin
refused "KIT_ADDR out of range" "--addr '0x40000000'" mk kit KIT_IMAGE=$a32/outside_stub.bin KIT_ADDR=0x40000000
refused "a hypervisor over the stub" "overlaps the boot stub" mk kit KIT_TARGET=hyp KIT_IMAGE=$a32/outside_hyp.bin KIT_ADDR=0x40800000
refused "run-kit --arch mips" "--arch 'mips'" tests/kit/run-kit --arch mips $a32/outside_stub.bin
refused "run-kit --target guest" "--target 'guest'" tests/kit/run-kit --target guest $a32/outside_stub.bin
refused "run-kit: an AArch32 kernel for --arch arm64" "is not a kit kernel for --arch arm64" tests/kit/run-kit --arch arm64 --kernel $a32/blackbox.elf $a64/outside_stub.bin
refused "run-kit: a hypervisor not 32-byte aligned" "32-byte aligned" tests/kit/run-kit --target hyp --addr 0x40c00004 $a32/outside_hyp.bin
refused "run-kit --stub with --target stub" "--stub and --stub-addr go with --target hyp" tests/kit/run-kit --stub $a32/outside_stub.bin $a32/outside_stub.bin
accepted "make kit KIT_ARCH=arm64 with the outside stub" mk kit KIT_ARCH=arm64 KIT_IMAGE=$a64/outside_stub.bin
accepted "make kit KIT_TARGET=hyp KIT_ADDR=0x40a00000 with the outside hypervisor" mk kit KIT_TARGET=hyp KIT_ADDR=0x40a00000 KIT_IMAGE=$a32/outside_hyp.bin
exit $failed
