#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# Every bad input of issue 17's table (and their kin) is refused before QEMU
# starts, by a message that names the variable: each case runs make with a
# fake qemu-system-arm and qemu-system-aarch64 first in PATH, which only
# leave a mark that they were started. Each test asserts a non-zero exit,
# the variable's name in the message and no mark. Three controls show that
# the mark works and that the demo tells its failures apart: with good
# variables the fake QEMU is started and the demo says "QEMU did not
# start"; with a fake QEMU that prints the host kernel's first line only,
# it says "the payload was not reached"; with one that brings up two of
# SMP=4 CPUs, it counts them and fails. Prints TAP.
#
# bad-inputs.sh [BUILD_DIRECTORY]   (build/arm-llvm, built by make all)
cd "$(dirname "$0")/../.." || exit 2
build=${1:-build/arm-llvm}
# Only what each case gives: nothing from the make that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL SCENARIO PAYLOAD PAYLOAD_ADDR APPEND SMP CPU \
	CHAIN VIRT DEMO_TIMEOUT GDB TRACE CALLS SEED BENCH_QUICK BENCH_REPETITIONS \
	O BUILD PLAT TOOLCHAIN DEMO_LOG
ARCH=arm
export ARCH
work=build/usage
rm -rf "$work"
mkdir -p "$work/bin"
mark=$PWD/$work/qemu-started
for qemu in qemu-system-arm qemu-system-aarch64; do
	cat >"$work/bin/$qemu" <<EOF
#!/bin/sh
# A stand-in for QEMU: leaves a mark, says so, fails (or plays a host
# kernel that stops at its first step, with FAKE_QEMU=host-only, or a demo
# where only two CPUs come up, with FAKE_QEMU=two-cpus).
echo "\$0 \$*" >>"$mark"
if [ "\${FAKE_QEMU:-}" = host-only ]; then
	echo "[host ]  1. entered in HYP mode (CPSR 0x800001da) on CPU 0"
	exit 1
fi
if [ "\${FAKE_QEMU:-}" = two-cpus ]; then
	echo "[host ]  1. entered in HYP mode (CPSR 0x800001da) on CPU 0"
	echo "[host ]  8. 1 secondary CPUs started with PSCI CPU_ON"
	echo "[crash] generation 1: entered in HYP mode (CPSR 0x800001da)"
	echo "[crash] CPU 1 started with CPU_ON: entered in HYP mode"
	echo "[crash] done: the crash kernel runs in HYP mode on every CPU, as the host kernel was entered"
	exit 0
fi
echo "$qemu: this is a stand-in that does not run anything" >&2
exit 1
EOF
	chmod +x "$work/bin/$qemu"
done
PATH=$PWD/$work/bin:$PATH
export PATH

# A file with the zImage magic at 0x24, and one with the arm64 Image magic
# at 0x38, 4 KiB each: enough for the format checks, never run.
zimage=$work/fake-zImage
image64=$work/fake-Image
{
	head -c 36 /dev/zero
	printf '\030\050\157\001'
	head -c 4056 /dev/zero
} >"$zimage"
{
	head -c 56 /dev/zero
	printf 'ARM\144'
	head -c 4036 /dev/zero
} >"$image64"

n=0
failed=0
total=34
echo "1..$total"

# refused VARIABLE DESCRIPTION MAKE-ARGUMENTS...: make must fail, name the
# variable (as "VARIABLE=" or the given text) and start no QEMU.
refused() {
	variable=$1
	shift
	n=$((n + 1))
	rm -f "$mark"
	out=$work/$n.out
	make --no-print-directory BUILD="$build" "$@" >"$out" 2>&1
	status=$?
	why=""
	[ $status -ne 0 ] || why="make exited 0"
	grep -q -- "$variable" "$out" || why="${why:+$why; }no \"$variable\" in the message"
	[ -e "$mark" ] && why="${why:+$why; }QEMU was started"
	if [ -z "$why" ]; then
		echo "ok $n - make $* is refused, naming $variable, before QEMU: $(grep -m1 -- "$variable" "$out")"
	else
		sed 's/^/# /' "$out" | tail -n 5
		echo "not ok $n - make $*: $why"
		failed=1
	fi
}

refused SMP= demo SMP=0
refused SMP= demo SMP=9
refused "SMP=4 with VIRT=off" demo VIRT=off SMP=4
refused CPU= demo CPU=bogus
refused CPU= demo ARCH=arm64 CPU=cortex-a15
refused DEMO_TIMEOUT= demo DEMO_TIMEOUT=abc
refused DEMO_TIMEOUT= demo DEMO_TIMEOUT=0
refused CHAIN= demo CHAIN=abc
refused CHAIN= demo CHAIN=-1
refused CHAIN= demo CHAIN=101
refused SCENARIO= demo SCENARIO=panic
refused VIRT= demo VIRT=maybe
refused PAYLOAD= demo PAYLOAD=/etc/passwd
refused PAYLOAD= demo PAYLOAD=/nonexistent
refused PAYLOAD= demo PAYLOAD="$build/demo-crash.elf"
refused PAYLOAD= demo PAYLOAD="$image64"
refused PAYLOAD= demo ARCH=arm64 PAYLOAD="$zimage"
refused PAYLOAD_ADDR= demo PAYLOAD_ADDR=0x1
refused PAYLOAD_ADDR= demo PAYLOAD="$zimage" PAYLOAD_ADDR=0x1
refused PAYLOAD_ADDR= demo PAYLOAD="$zimage" PAYLOAD_ADDR=0x50000000
refused PAYLOAD_ADDR= demo PAYLOAD="$zimage" PAYLOAD_ADDR=0x40f00000
refused PAYLOAD_ADDR= demo PAYLOAD="$zimage" PAYLOAD_ADDR=0x44000000
refused GDB= demo GDB=yes
refused TRACE= demo TRACE=2
refused PAYLOAD_ADDR= demo ARCH=arm64 PAYLOAD="$image64" PAYLOAD_ADDR=0x42001000
refused CALLS= fuzz CALLS=abc
refused SEED= fuzz SEED=-3
refused CPU= fuzz ARCH=arm64 CPU=cortex-a15
refused BENCH_REPETITIONS= bench BENCH_REPETITIONS=abc
refused CPU= bench ARCH=arm64 CPU=cortex-a7
refused "no plat/myboard" all PLAT=myboard

# started MESSAGE [FAKE_QEMU MODE] -- the controls: good variables, so the
# fake QEMU must be started, and the demo must fail saying MESSAGE.
started() {
	message=$1
	mode=$2
	shift 2
	n=$((n + 1))
	rm -f "$mark"
	out=$work/$n.out
	FAKE_QEMU=$mode DEMO_LOG=$work/demo-$n.log \
		make --no-print-directory BUILD="$build" demo \
		SCENARIO=kexec "$@" >"$out" 2>&1
	status=$?
	why=""
	[ $status -ne 0 ] || why="make exited 0"
	grep -q -- "$message" "$out" || why="${why:+$why; }no \"$message\" in the output"
	[ -e "$mark" ] || why="${why:+$why; }QEMU was not started"
	if [ -z "$why" ]; then
		echo "ok $n - control: good variables start QEMU; the demo says: $(grep -m1 -- "$message" "$out")"
	else
		sed 's/^/# /' "$out" | tail -n 5
		echo "not ok $n - control (FAKE_QEMU=$mode): $why"
		failed=1
	fi
}
started "QEMU did not start" ""
started "the payload was not reached" host-only
started "only 2 of SMP=4 CPU(s) came up" two-cpus SMP=4

[ $n -eq "$total" ] || {
	echo "# bad-inputs.sh: ran $n tests, planned $total"
	failed=1
}
exit $failed
