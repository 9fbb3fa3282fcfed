# SPDX-License-Identifier: BSD-2-Clause
# Sourced by the exceptions suites (tests/target/exceptions.sh and
# tests/target/arm64/exceptions.sh).
#
# check_halt OUTPUT REPORT_LINE REGISTER: a run that must end in a halt.
# Sets $problems to what is wrong with OUTPUT (empty when it holds
# REPORT_LINE, the REGISTER field, the halt message, no "BUG", which the
# payload prints when the code returned, and QEMU was stopped by the time
# limit rather than exiting), and prints the report as TAP comments.
check_halt() {
	problems=""
	printf '%s\n' "$1" | grep -qF "$2" ||
		problems="$problems no report \"$2\";"
	printf '%s\n' "$1" | grep -q "$3=" ||
		problems="$problems no $3 in the report;"
	printf '%s\n' "$1" | grep -q "hypstub: this CPU is halted" ||
		problems="$problems no halt message;"
	printf '%s\n' "$1" | grep -q "BUG" &&
		problems="$problems the code returned;"
	printf '%s\n' "$1" | grep -q "terminating on signal" ||
		problems="$problems QEMU did not hang (it exited);"
	printf '%s\n' "$1" | grep '^hypstub:' | sed 's/^/# /'
}
