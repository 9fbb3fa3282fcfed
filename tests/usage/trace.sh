#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# make demo TRACE=1 writes a valid SVG sequence diagram of the mode changes
# with the lanes SVC and HYP of each CPU, and the hvc that restarts into the
# crash kernel drawn from SVC into HYP. The negative control: the same
# check on a VIRT=off trace (no HYP, so no hvc) must fail for that reason.
# Prints TAP.
#
# trace.sh [BUILD_DIRECTORY]   (build/arm-llvm, built by make all)
cd "$(dirname "$0")/../.." || exit 2
build=${1:-build/arm-llvm}
# Only what each case gives: nothing from the make that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL SCENARIO PAYLOAD PAYLOAD_ADDR APPEND SMP CPU \
	CHAIN VIRT DEMO_TIMEOUT GDB TRACE CALLS SEED BENCH_QUICK BENCH_REPETITIONS \
	O BUILD PLAT TOOLCHAIN DEMO_LOG
ARCH=arm
export ARCH
work=build/usage-trace
rm -rf "$work"
mkdir -p "$work"
n=0
failed=0
echo "1..3"

# check_svg SVG CPUS: prints what is wrong, nothing when all is right.
check_svg() {
	/usr/bin/python3 - "$1" "$2" <<'EOF'
import sys
import xml.etree.ElementTree as ElementTree

path, cpus = sys.argv[1], int(sys.argv[2])
try:
    root = ElementTree.parse(path).getroot()
except (OSError, ElementTree.ParseError) as error:
    print("not a valid SVG file: %s" % error)
    sys.exit(0)
ns = "{http://www.w3.org/2000/svg}"
if root.tag != ns + "svg":
    print("the root element is %s, not svg" % root.tag)
lanes = {"".join(t.itertext()) for t in root.iter(ns + "text")
         if t.get("class") == "lane"}
for cpu in range(cpus):
    for lane in ("CPU %d SVC (PL1)" % cpu, "CPU %d HYP" % cpu):
        if lane not in lanes:
            print("no lane %r (lanes: %s)" % (lane, sorted(lanes)))
texts = ["".join(t.itertext()) for t in root.iter(ns + "text")]
hvcs = [line for line in root.iter(ns + "line") if line.get("class") == "hvc"]
if not hvcs:
    print("no hvc arrow")
elif not any("HVC_SOFT_RESTART" in text for text in texts):
    print("no HVC_SOFT_RESTART hvc")
elif not all(float(line.get("x2")) > float(line.get("x1")) for line in hvcs):
    print("an hvc arrow does not go from SVC to HYP")
if not any("the crash kernel starts" in text for text in texts):
    print("the crash kernel's entry is not drawn")
EOF
}

# trace N DESCRIPTION EXPECTATION CPUS MAKE-VARIABLES...: run the demo with
# TRACE=1; EXPECTATION "valid" or the complaint the control must produce.
trace() {
	n=$((n + 1))
	description=$1
	expectation=$2
	cpus=$3
	shift 3
	out=$work/$n.out
	rm -f "$build/demo-trace.svg"
	make --no-print-directory BUILD="$build" DEMO_LOG="$work/demo-$n.log" \
		demo TRACE=1 "$@" >"$out" 2>&1
	status=$?
	cp "$build/demo-trace.svg" "$work/$n.svg" 2>/dev/null
	problems=$(check_svg "$work/$n.svg" "$cpus")
	if [ "$expectation" = valid ]; then
		if [ $status -eq 0 ] && [ -z "$problems" ]; then
			echo "ok $n - $description: $(grep -c '<line class=' "$work/$n.svg") arrows"
			return
		fi
		sed 's/^/# /' "$out" | tail -n 5
		echo "$problems" | sed 's/^/# /'
		echo "not ok $n - $description (status $status)"
		failed=1
		return
	fi
	if echo "$problems" | grep -q -- "$expectation"; then
		echo "ok $n - $description: the check says \"$expectation\""
	else
		echo "$problems" | sed 's/^/# /'
		echo "not ok $n - $description: the check did not say \"$expectation\""
		failed=1
	fi
}

trace "make demo TRACE=1 draws SVC and HYP lanes and the kdump hvc" \
	valid 1 SCENARIO=kdump
trace "make demo TRACE=1 SMP=2 SCENARIO=kexec: lanes for both CPUs" \
	valid 2 SCENARIO=kexec SMP=2
trace "negative control: a VIRT=off trace has no hvc" \
	"no hvc arrow" 1 VIRT=off
exit $failed
