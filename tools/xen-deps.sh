#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# Fetch Debian's Xen 4.17 hypervisors for armhf and arm64 (the packages
# xen-hypervisor-4.17-armhf and xen-hypervisor-4.17-arm64, from the Debian
# archive the machine's apt sources name) and cache them under build/xen/:
#   build/xen/xen-4.17-armhf   a zImage     (qemu-system-arm)
#   build/xen/xen-4.17-arm64   an Image     (qemu-system-aarch64)
#   build/xen/VERSION          the package versions
# A run that finds them cached fetches nothing. apt-get works on a private
# state directory (build/xen/apt, removed afterwards) with the two foreign
# architectures added there only: the system's dpkg and apt lists are not
# touched, and any user can run it. Called by tools/deps.sh (make deps).
set -e

dir=build/xen
packages="xen-hypervisor-4.17-armhf:armhf xen-hypervisor-4.17-arm64:arm64"

if [ -f "$dir/xen-4.17-armhf" ] && [ -f "$dir/xen-4.17-arm64" ] &&
	[ -f "$dir/VERSION" ]; then
	exit 0
fi

apt_state=$(pwd)/$dir/apt
apt_options="-o Dir::State=$apt_state/state \
-o Dir::State::status=/var/lib/dpkg/status \
-o Dir::Cache=$apt_state/cache \
-o APT::Architectures::=armhf -o APT::Architectures::=arm64 \
-o Debug::NoLocking=1 -qq"
[ "$(id -u)" = 0 ] && apt_options="$apt_options -o APT::Sandbox::User=root"

if ! command -v apt-get >/dev/null 2>&1 ||
	! command -v dpkg-deb >/dev/null 2>&1; then
	echo "xen-deps: Xen 4.17 is not cached in $dir/ and apt-get or" \
		"dpkg-deb is missing." >&2
	echo "xen-deps: on a Debian machine, from the top of the tree, run:" >&2
	echo "  tools/xen-deps.sh" >&2
	exit 1
fi

echo "xen-deps: fetching $packages into $dir/"
rm -rf "$apt_state"
mkdir -p "$apt_state/state/lists/partial" \
	"$apt_state/cache/archives/partial" "$apt_state/debs"
# shellcheck disable=SC2086
if ! apt-get $apt_options update ||
	! (cd "$apt_state/debs" &&
		apt-get $apt_options download $packages); then
	echo "xen-deps: fetching failed (above). What it ran, from the top of" \
		"the tree:" >&2
	echo "  mkdir -p $apt_state/state/lists/partial" \
		"$apt_state/cache/archives/partial $apt_state/debs" >&2
	echo "  apt-get $apt_options update" >&2
	echo "  cd $apt_state/debs && apt-get $apt_options download" \
		"$packages" >&2
	echo "xen-deps: once the network or the apt sources allow it, run" \
		"tools/xen-deps.sh again (any user)." >&2
	rm -rf "$apt_state"
	exit 1
fi

rm -rf "$dir/root"
mkdir -p "$dir/root"
: >"$dir/VERSION.tmp"
for deb in "$apt_state"/debs/*.deb; do
	dpkg-deb -x "$deb" "$dir/root"
	printf '%s %s\n' "$(dpkg-deb -f "$deb" Package)" \
		"$(dpkg-deb -f "$deb" Version)" >>"$dir/VERSION.tmp"
done
cp "$dir/root/boot/xen-4.17-armhf" "$dir/root/boot/xen-4.17-arm64" "$dir/"
mv "$dir/VERSION.tmp" "$dir/VERSION"
rm -rf "$apt_state" "$dir/root"
echo "xen-deps: cached $(tr '\n' ' ' <"$dir/VERSION")"
