#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# The library as another project sees it: make install into a prefix under
# build/, pkg-config over the installed hypstub-ARCH.pc, then the example
# kernel examples/ARCH, copied out of the tree, built against that prefix
# only and run under QEMU: it must print "example: success". The negative
# control runs it on a machine without HYP/EL2 (virtualization=off), where
# its first check must fail and it must say so. Prints TAP.
#
# examples.sh ARCH
cd "$(dirname "$0")/../.." || exit 2
arch=${1:-arm}
# Only what this script gives: nothing from the make that runs it.
unset MAKEFLAGS MFLAGS MAKELEVEL O BUILD PLAT TOOLCHAIN CC LD CFLAGS LDFLAGS \
	PKG_CONFIG_PATH
work=$PWD/build/examples/$arch
prefix=$work/prefix
rm -rf "$work"
mkdir -p "$work"
failed=0
echo "1..5"

# result N DESCRIPTION STATUS LOG: ok when STATUS is 0.
result() {
	if [ "$3" -eq 0 ]; then
		echo "ok $1 - $2"
	else
		sed 's/^/# /' "$4" | tail -n 8
		echo "not ok $1 - $2"
		failed=1
	fi
}

make --no-print-directory ARCH="$arch" PREFIX="$prefix" install \
	>"$work/install.log" 2>&1
status=$?
for file in include/hypstub/hypstub.h include/hypstub/version.h \
	"lib/hypstub/$arch/libhypstub.a" "share/hypstub/$arch/kernel.ld" \
	"lib/pkgconfig/hypstub-$arch.pc"; do
	[ -f "$prefix/$file" ] || {
		echo "no $file in the prefix" >>"$work/install.log"
		status=1
	}
done
# Public headers only: none of the internal ones.
for internal in stub.h core.h fdt.h asm-symbols.h; do
	[ ! -e "$prefix/include/hypstub/$internal" ] || {
		echo "internal header $internal installed" >>"$work/install.log"
		status=1
	}
done
result 1 "make install ARCH=$arch: public headers, version.h, libhypstub.a, kernel.ld, hypstub-$arch.pc" \
	$status "$work/install.log"

flags=$(PKG_CONFIG_PATH=$prefix/lib/pkgconfig pkg-config --cflags --libs \
	"hypstub-$arch" 2>"$work/pkg-config.log")
status=$?
echo "$flags" >>"$work/pkg-config.log"
case "$flags" in
*"-I$prefix/include"*"-L$prefix/lib/hypstub/$arch"*-lhypstub*) ;;
*) status=1 ;;
esac
result 2 "pkg-config --cflags --libs hypstub-$arch: $flags" $status \
	"$work/pkg-config.log"

# Out of the tree: the example's directory alone, nothing else of the repo.
cp -r "examples/$arch" "$work/src"
make --no-print-directory -C "$work/src" PREFIX="$prefix" example.elf \
	>"$work/build.log" 2>&1
result 3 "examples/$arch builds against the installed copy only" $? \
	"$work/build.log"

make --no-print-directory -C "$work/src" PREFIX="$prefix" run \
	>"$work/run.log" 2>&1
status=$?
grep -q '^example: success' "$work/run.log" || status=1
result 4 "examples/$arch runs under QEMU: $(grep -m1 '^example: s' "$work/run.log")" \
	$status "$work/run.log"

make --no-print-directory -C "$work/src" PREFIX="$prefix" run \
	MACHINE=virt,virtualization=off >"$work/control.log" 2>&1
status=$?
if [ $status -ne 0 ] && grep -q '^example: FAIL  *entered' "$work/control.log" &&
	grep -q '^example: FAILED' "$work/control.log"; then
	status=0
else
	status=1
fi
result 5 "negative control: without HYP/EL2 the example says FAILED: $(grep -m1 '^example: FAIL ' "$work/control.log")" \
	$status "$work/control.log"
exit $failed
