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
cppcheck clang-tidy libclang-rt-dev python3 pkg-config"

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

if [ -z "$missing" ]; then
	xen_deps
	exit
fi

if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
	echo "deps: installing:$missing"
	export DEBIAN_FRONTEND=noninteractive
	apt-get update -qq
	# shellcheck disable=SC2086
	apt-get install -y -qq --no-install-recommends $PACKAGES >/dev/null
	xen_deps
	exit
fi

echo "deps: missing:$missing" >&2
echo "deps: as root, run:" >&2
echo "  apt-get install --no-install-recommends $PACKAGES" >&2
exit 1
