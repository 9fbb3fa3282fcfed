# SPDX-License-Identifier: BSD-2-Clause
# Sourced by the exceptions suites (tests/target/exceptions.sh and
# tests/target/arm64/exceptions.sh).

# require_image IMAGE: without its image a suite proves nothing, so it stops
# before its plan with "Bail out!" (and its negative control fails).
require_image() {
	if [ ! -f "$1" ]; then
		echo "Bail out! no image '$1' (build it with make)"
		exit 2
	fi
}

# check_halt OUTPUT STARTED REPORT_LINE REGISTER: a run that must end in a
# halt. Sets $problems to what is wrong with OUTPUT (empty when it holds
# REPORT_LINE, the REGISTER field, the halt message, no "BUG", which the
# payload prints when the code returned, and QEMU was stopped by the time
# limit rather than exiting), and prints the report as TAP comments. When
# OUTPUT lacks STARTED, the line the kernel prints before it raises the
# exception, the case never ran: $problems then says "(harness: ...)", so
# that no negative control takes it for the rule's own failure.
check_halt() {
	problems=""
	if ! printf '%s\n' "$1" | grep -qF "$2"; then
		printf '%s\n' "$1" | tail -n 5 | sed 's/^/# /'
		problems=" (harness: the case never started: no line \"$2\")"
		return
	fi
	printf '%s\n' "$1" | grep -qF "$3" ||
		problems="$problems no report \"$3\";"
	printf '%s\n' "$1" | grep -q "$4=" ||
		problems="$problems no $4 in the report;"
	printf '%s\n' "$1" | grep -q "hypstub: this CPU is halted" ||
		problems="$problems no halt message;"
	printf '%s\n' "$1" | grep -q "BUG" &&
		problems="$problems the code returned;"
	printf '%s\n' "$1" | grep -q "terminating on signal" ||
		problems="$problems QEMU did not hang (it exited);"
	printf '%s\n' "$1" | grep '^hypstub:' | sed 's/^/# /'
}
