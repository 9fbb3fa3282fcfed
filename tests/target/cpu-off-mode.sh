#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# [SMP-KDUMP-2] and [SMP-KEXEC-1]: in which mode each stopped CPU powered
# off. The SMP kernel (tests/target/smp.c, tests/target/arm64/smp.c) checks
# that the crash kernel finds the stopped CPUs off and starts them again in
# HYP/EL2; a CPU that powered off from SVC/EL1 passes that too, so this
# script asks QEMU. It logs (-d cpu,exec,nochain) every entry into
# plat_psci_cpu_off, the code that issues PSCI CPU_OFF, with the CPU that
# entered it and its mode: every entry must be in HYP (AArch32 "hyp32") or
# at EL2 ("EL2h"), and the entries of each CPU must be as many as the times
# the kernel found that CPU off ("# found off after the stop: CPUs 0xM").
# Prints the kernel's TAP with one more test.
#
# cpu-off-mode.sh IMAGE [--arch arm|arm64] [run-conformance options]
image=$1
shift
here=$(dirname "$0")/../../tools
. "$(dirname "$0")/halt-check.sh"
require_image "$image"
arch=arm
previous=""
for option in "$@"; do
	[ "$previous" = --arch ] && arch=$option
	previous=$option
done

nm_tool=$(command -v llvm-nm || command -v llvm-nm-14)
if [ -z "$nm_tool" ]; then
	echo "Bail out! cpu-off-mode.sh: no llvm-nm (make deps)"
	exit 2
fi
# symbol NAME: its address in the image, 0x-prefixed.
symbol() {
	address=$("$nm_tool" "$image" |
		awk -v name="$1" '$3 == name { print "0x" $1; exit }')
	if [ -z "$address" ]; then
		echo "Bail out! cpu-off-mode.sh: no $1 in $image"
		exit 2
	fi
	echo "$address"
}
case "$arch" in
arm) hyp_mode=hyp32; slot=0x14 ;; # HVBAR + 0x14: hvc from SVC
arm64) hyp_mode=EL2h; slot=0x400 ;; # VBAR_EL2 + 0x400: sync, lower EL
*) echo "Bail out! cpu-off-mode.sh: --arch $arch: use arm or arm64"; exit 2 ;;
esac
entry=$(symbol plat_psci_cpu_off) || { echo "$entry"; exit 2; }
boot=$(symbol hypstub_entry) || { echo "$boot"; exit 2; }
hyp_vectors=$(symbol hyp_vectors) || { echo "$hyp_vectors"; exit 2; }
stub_vectors=$(symbol stub_vectors) || { echo "$stub_vectors"; exit 2; }
hyp_slot=$(printf '0x%x' $((hyp_vectors + slot)))
stub_slot=$(printf '0x%x' $((stub_vectors + slot)))

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log=$work/cpu-off.log
# plat_psci_cpu_off is 3 instructions before its wfi loop: the log names
# each block QEMU starts in it, the first one at its entry; and the first
# instruction of each vector slot and of the boot entry.
output=$("$here/run-conformance" --qemu-option -d \
	--qemu-option cpu,exec,nochain --qemu-option -dfilter \
	--qemu-option "$entry+12,$hyp_slot+4,$stub_slot+4,$boot+4" --qemu-option -D --qemu-option "$log" \
	"$@" "$image")
status=$?
plan=$(printf '%s\n' "$output" | sed -n 's/^1\.\.\([0-9][0-9]*\)$/\1/p' |
	head -n 1)
if [ -z "$plan" ]; then
	printf '%s\n' "$output"
	echo "Bail out! cpu-off-mode.sh: the kernel printed no plan"
	exit 2
fi
echo "1..$((plan + 2))"
printf '%s\n' "$output" | grep -v '^1\.\.'

# The events, in the order QEMU logged them: "entry CPU" (hypstub_entry,
# a new generation), "hyp CPU R0" and "stub CPU R0" (an hvc from SVC/EL1
# through the hypervisor's or the boot stub's vectors, R0 the call) and
# "off CPU MODE" (plat_psci_cpu_off entered). QEMU writes each
# "Trace N: ... [.../PC/...]" line and the register dump after it as two
# records, so with one thread per CPU another CPU's record may come
# between them. Each dump (its PC in R15= or PC=, the call in R00= or X00=,
# the mode on its PSR/PSTATE line) goes to the pending Trace line of the
# same PC; when several CPUs are pending at one PC their dumps are taken
# together: if they say the same, each CPU gets it, otherwise each gets
# "ambiguous", which the checks below report as a harness problem.
awk -v off="$entry" -v hyp="$hyp_slot" -v stub="$stub_slot" -v boot="$boot" '
	function strip(address) {
		sub(/^0x/, "", address)
		sub(/^0*/, "", address)
		return tolower(address)
	}
	function kind_of(pc) {
		if (pc == off) return "off"
		if (pc == hyp) return "hyp"
		if (pc == stub) return "stub"
		if (pc == boot) return "entry"
		return ""
	}
	function emit(kind, cpu, value) {
		if (kind == "entry") print "entry", cpu
		else if (kind != "") print kind, cpu, value
	}
	BEGIN { off = strip(off); hyp = strip(hyp); stub = strip(stub)
		boot = strip(boot); pending = 0 }
	/^Trace [0-9]+:/ {
		cpu = $2
		sub(/:$/, "", cpu)
		split($4, fields, "/")
		pending_cpu[pending] = cpu
		pending_pc[pending] = strip(fields[2])
		pending++
		next
	}
	{
		for (i = 1; i <= NF; i++) {
			if ($i ~ /^(R15|PC)=/) {
				dump_pc = $i
				sub(/^[^=]*=/, "", dump_pc)
				dump_pc = strip(dump_pc)
			}
			if ($i ~ /^(R00|X00)=/) {
				r0 = $i
				sub(/^[^=]*=0*/, "", r0)
				if (r0 == "") r0 = "0"
			}
		}
	}
	/^(PSR|PSTATE)=/ {
		p = dump_pc
		kind = kind_of(p)
		value = (kind == "off") ? $NF : r0
		dump_pc = ""
		r0 = ""
		if (p in group_size) {
			if (group_value[p] != value) group_same[p] = 0
			if (++group_seen[p] < group_size[p]) next
			n = split(group_cpus[p], cpus, " ")
			for (j = 1; j <= n; j++)
				emit(kind, cpus[j], group_same[p] ? value : "ambiguous")
			delete group_size[p]
			next
		}
		cpus_here = ""
		count = 0
		kept = 0
		for (j = 0; j < pending; j++) {
			if (pending_pc[j] == p) {
				cpus_here = cpus_here " " pending_cpu[j]
				count++
				continue
			}
			pending_cpu[kept] = pending_cpu[j]
			pending_pc[kept] = pending_pc[j]
			kept++
		}
		pending = kept
		if (count == 1) {
			emit(kind, substr(cpus_here, 2), value)
		} else if (count > 1) {
			group_size[p] = count
			group_seen[p] = 1
			group_cpus[p] = cpus_here
			group_value[p] = value
			group_same[p] = 1
		}
	}
' "$log" 2>/dev/null >"$work/events"
awk '$1 == "off" { print $2, $3 }' "$work/events" >"$work/entries"

problems=""
if grep -q ' ambiguous$' "$work/entries"; then
	problems="$problems (harness: QEMU's log interleaved two CPUs' entries into plat_psci_cpu_off, and they differ)"
fi
entries=$(wc -l <"$work/entries")
wrong=$(awk -v mode="$hyp_mode" '$2 != mode && $2 != "ambiguous" {
	printf " CPU %s in %s;", $1, $2 }' "$work/entries")
[ -n "$wrong" ] && problems="$problems powered off outside HYP/EL2:$wrong"
# How many times the kernel found each CPU off after a stop.
expected=$(printf '%s\n' "$output" |
	sed -n 's/^# found off after the stop: CPUs \(0x[0-9a-f]*\)$/\1/p')
if [ -z "$expected" ]; then
	problems="$problems (harness: the kernel never said which CPUs it found off)"
fi
cpu=0
total=0
while [ $cpu -lt 32 ]; do
	want=0
	for mask in $expected; do
		[ $(((mask >> cpu) & 1)) = 1 ] && want=$((want + 1))
	done
	got=$(awk -v cpu=$cpu '$1 == cpu' "$work/entries" | wc -l)
	total=$((total + want))
	if [ "$got" != "$want" ]; then
		problems="$problems CPU $cpu entered plat_psci_cpu_off $got times, found off $want times;"
	fi
	cpu=$((cpu + 1))
done
[ "$total" -gt 0 ] || problems="$problems no CPU was stopped;"
printf '# %s entries into plat_psci_cpu_off (%s), from QEMU'"'"'s log:\n' \
	"$entries" "$entry"
sed 's/^/#   CPU /' "$work/entries"
# What each CPU's last hvc was when it powered off, and the restarting
# CPU's when the next generation began: in the kdump generation (the first)
# HVC_SOFT_RESTART through the hypervisor's vectors, nothing uninstalled
# ([KDUMP-1]); in the kexec generation (the second) through the boot stub's,
# every CPU having uninstalled ([SMP-KEXEC-1]).
teardown=$(awk '
	$1 == "entry" {
		if (generation >= 1 && generation <= 2)
			check($2, "the restart into generation " generation + 1)
		generation++
		for (c in last) delete last[c]
		next
	}
	$1 == "hyp" || $1 == "stub" { last[$2] = $1 " " $3; next }
	$1 == "off" && generation >= 1 && generation <= 2 {
		check($2, "its CPU_OFF")
	}
	function check(cpu, when,   want) {
		want = (generation == 1) ? "hyp 1" : "stub 1"
		checked++
		if (last[cpu] ~ /ambiguous/)
			printf " (harness: generation %d, CPU %s: its last hvc is ambiguous in the log)", generation, cpu
		else if (last[cpu] != want)
			printf " generation %d, CPU %s: the last hvc before %s was \"%s\", not \"%s\";", \
			    generation, cpu, when, last[cpu], want
	}
	END {
		if (generation < 3)
			printf " (harness: %d boot entries logged, not 3)", generation
		if (checked == 0)
			printf " nothing checked;"
	}' "$work/events")

number=$((plan + 1))
if [ -z "$problems" ]; then
	echo "ok $number - [SMP-KDUMP-2] [SMP-KEXEC-1] every stopped CPU powered off from HYP/EL2"
else
	echo "not ok $number - [SMP-KDUMP-2] [SMP-KEXEC-1] every stopped CPU powered off from HYP/EL2:$problems"
	status=1
fi
number=$((plan + 2))
if [ -z "$teardown" ]; then
	echo "ok $number - [KDUMP-1] [SMP-KEXEC-1] kdump uninstalls nothing (each CPU's last hvc through the hypervisor), kexec everything (through the boot stub)"
else
	echo "not ok $number - [KDUMP-1] [SMP-KEXEC-1] kdump uninstalls nothing, kexec everything:$teardown"
	status=1
fi
exit $status
