# SPDX-License-Identifier: BSD-2-Clause
# Checks of make variables, shared by tools/demo, tools/fuzz and tools/bench
# (sourced, not run). Each refusal names the variable, says which values are
# allowed and exits 2, before anything is started. The caller sets $tool to
# its own name for the messages.

# refuse MESSAGE: say it on stderr, prefixed with the tool's name; exit 2.
refuse() {
	echo "$tool: $*" >&2
	exit 2
}

# check_integer NAME VALUE MIN MAX: a decimal integer in [MIN, MAX].
check_integer() {
	case "$2" in
	-*[0-9]*) refuse "$1=$2: out of range; use $3 to $4" ;;
	'' | *[!0-9]*)
		refuse "$1=$2: not a number; use a decimal integer from $3 to $4"
		;;
	esac
	# Too many digits for the shell's arithmetic is out of range anyway.
	if [ ${#2} -gt 12 ] || [ "$2" -lt "$3" ] || [ "$2" -gt "$4" ]; then
		refuse "$1=$2: out of range; use $3 to $4"
	fi
}

# check_address NAME VALUE: a 32-bit address, 0x-hex or decimal; sets
# $address to its decimal value.
check_address() {
	case "$2" in
	0[xX]*)
		digits=${2#0[xX]}
		case "$digits" in
		'' | *[!0-9a-fA-F]*)
			refuse "$1=$2: not an address; use 0x and up to 8 hex digits"
			;;
		esac
		if [ ${#digits} -gt 8 ]; then
			refuse "$1=$2: more than 32 bits; use 0x and up to 8 hex digits"
		fi
		address=$((0x$digits))
		;;
	*)
		check_integer "$1" "$2" 0 4294967295
		address=$2
		;;
	esac
}

# check_choice NAME VALUE CHOICE...: one of the choices.
check_choice() {
	name=$1
	value=$2
	shift 2
	for choice in "$@"; do
		[ "$value" = "$choice" ] && return 0
	done
	allowed=$(echo "$*" | sed 's/ /, /g')
	refuse "$name=$value: use one of $allowed"
}

# check_flag NAME VALUE: empty, 0 or 1.
check_flag() {
	case "$2" in
	'' | 0 | 1) ;;
	*) refuse "$1=$2: use 1 (on) or 0 (off)" ;;
	esac
}

# cpus_for ARCH: the QEMU CPUs that enter the virt machine in HYP (EL2),
# checked with the conformance suite.
cpus_for() {
	case "$1" in
	arm) echo "cortex-a15 cortex-a7 max" ;;
	arm64) echo "cortex-a57 cortex-a53 cortex-a72 cortex-a76 neoverse-n1 max" ;;
	esac
}

# check_arch VALUE
check_arch() {
	check_choice ARCH "$1" arm arm64
}

# check_cpu ARCH VALUE: one of the CPUs of cpus_for ARCH.
check_cpu() {
	for choice in $(cpus_for "$1"); do
		[ "$2" = "$choice" ] && return 0
	done
	refuse "CPU=$2: use one of $(cpus_for "$1" | sed 's/ /, /g') (for ARCH=$1)"
}

# hex VALUE: a number as 0x%08x.
hex() {
	printf '0x%08x' "$1"
}
