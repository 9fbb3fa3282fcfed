#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# Install what the build and the tests need, from the Debian archive only.
# As root: apt-get install what is missing. Otherwise: say what to run.
#
# deps.sh [--gdb] [--trace]: --gdb adds gdb-multiarch (make demo GDB=1);
# --trace is accepted for make demo TRACE=1, whose renderer (python3) is
# always installed, since make check renders a trace too.
set -e

PACKAGES="make gcc libc6-dev clang lld llvm clang-format \
gcc-arm-none-eabi binutils-arm-none-eabi qemu-system-arm \
gcc-aarch64-linux-gnu binutils-aarch64-linux-gnu \
cppcheck clang-tidy libclang-rt-dev python3 pkg-config \
frama-c-base why3 z3 cvc4"

missing=""
need() {
	command -v "$1" >/dev/null 2>&1 || missing="$missing $2"
}
need make make
need cc gcc
need clang clang
command -v ld.lld >/dev/null 2>&1 || command -v ld.lld-14 >/dev/null 2>&1 ||
	missing="$missing lld"
command -v llvm-ar >/dev/null 2>&1 || command -v llvm-ar-14 >/dev/null 2>&1 ||
	missing="$missing llvm"
need clang-format clang-format
need arm-none-eabi-gcc gcc-arm-none-eabi
need arm-none-eabi-ld binutils-arm-none-eabi
need qemu-system-arm qemu-system-arm
need qemu-system-aarch64 qemu-system-arm
need aarch64-linux-gnu-gcc gcc-aarch64-linux-gnu
need aarch64-linux-gnu-ld binutils-aarch64-linux-gnu
need timeout coreutils
need cppcheck cppcheck
need clang-tidy clang-tidy
# make demo TRACE=1 renders its SVG with python3 (tools/trace-svg); the
# examples are built with pkg-config (make check runs both).
[ -x /usr/bin/python3 ] || missing="$missing python3"
need pkg-config pkg-config
# make prove: Frama-C and the provers behind its WP (Alt-Ergo is not in
# Debian 12), at the versions the proofs were made with (proof/versions).
need frama-c frama-c-base
need why3 why3
need z3 z3
need cvc4 cvc4
for option in "$@"; do
	case "$option" in
	--gdb)
		PACKAGES="$PACKAGES gdb-multiarch"
		need gdb-multiarch gdb-multiarch
		;;
	--trace) ;;
	*) echo "deps: unknown option $option (deps.sh [--gdb] [--trace])" >&2; exit 2 ;;
	esac
done
# The host tests link AddressSanitizer's runtime.
if command -v cc >/dev/null 2>&1 && ! echo 'int main(void){return 0;}' |
	cc -fsanitize=address,undefined -x c - -o /dev/null 2>/dev/null; then
	missing="$missing gcc libc6-dev"
fi
# The host fuzzers link libFuzzer, which comes with clang's runtime.
if command -v clang >/dev/null 2>&1 && ! printf '%s\n' \
	'int LLVMFuzzerTestOneInput(const char *d, unsigned long n);' \
	'int LLVMFuzzerTestOneInput(const char *d, unsigned long n)' \
	'{ (void)d; (void)n; return 0; }' |
	clang -fsanitize=fuzzer,address,undefined -x c - -o /dev/null \
		2>/dev/null; then
	missing="$missing libclang-rt-dev"
fi

# Xen 4.17 for make xen-check: fetched once, cached in build/xen/.
xen_deps() {
	"$(dirname "$0")/xen-deps.sh"
}

# A different Frama-C or prover can prove less, or more: refuse to guess.
check_prover_versions() {
	. "$(dirname "$0")/../proof/versions"
	fc=$(frama-c -version 2>/dev/null | sed 's/[- ].*//')
	w3=$(why3 --version 2>/dev/null | head -n 1 |
		sed -n 's/.*version \([0-9.]*\).*/\1/p')
	c4=$(cvc4 --version 2>/dev/null | head -n 1 |
		sed -n 's/.*version \([0-9.]*\).*/\1/p')
	z=$(z3 --version 2>/dev/null | head -n 1 |
		sed -n 's/.*version \([0-9.]*\).*/\1/p')
	[ "$fc" = "$PROVE_FRAMA_C" ] && [ "$w3" = "$PROVE_WHY3" ] &&
		[ "$c4" = "$PROVE_CVC4" ] && [ "$z" = "$PROVE_Z3" ] && return 0
	echo "deps: make prove is pinned to Frama-C $PROVE_FRAMA_C, Why3" \
		"$PROVE_WHY3, CVC4 $PROVE_CVC4 and Z3 $PROVE_Z3 (Debian 12);" \
		"found Frama-C ${fc:-none}, Why3 ${w3:-none}, CVC4 ${c4:-none}," \
		"Z3 ${z:-none} (proof/versions)" >&2
	exit 1
}

if [ -z "$missing" ]; then
	check_prover_versions
	xen_deps
	exit
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
	check_prover_versions
	xen_deps
	exit
fi

echo "deps: missing:$missing" >&2
echo "deps: as root, run:" >&2
echo "  apt-get install --no-install-recommends $PACKAGES" >&2
exit 1
