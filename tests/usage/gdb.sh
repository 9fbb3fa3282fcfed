#!/bin/sh
# SPDX-License-Identifier: BSD-2-Clause
# make demo GDB=1: QEMU waits at the first instruction for a debugger on
# GDB_PORT, the generated gdb script loads both kernels' symbols, and once
# the debugger says "continue" the demo runs to its end as without GDB=1.
# The debugger here is a few lines of the gdb remote protocol (python3), so
# that make check needs no gdb-multiarch. The negative control: the same
# "nothing ran yet" check on a demo without GDB=1 must see the host kernel.
# Prints TAP.
#
# gdb.sh [BUILD_DIRECTORY]   (build/arm-llvm, built by make all)
cd "$(dirname "$0")/../.." || exit 2
build=${1:-build/arm-llvm}
# Only what each case gives: nothing from the make that runs this.
unset MAKEFLAGS MFLAGS MAKELEVEL SCENARIO PAYLOAD PAYLOAD_ADDR APPEND SMP CPU \
	CHAIN VIRT DEMO_TIMEOUT GDB TRACE CALLS SEED BENCH_QUICK BENCH_REPETITIONS \
	O BUILD PLAT TOOLCHAIN DEMO_LOG GDB_PORT
ARCH=arm
export ARCH
work=build/usage-gdb
rm -rf "$work"
mkdir -p "$work"
# A port of its own, so that two runs of make check on one machine differ.
port=$((20000 + $$ % 20000))
failed=0
echo "1..4"

# debugger PORT LOG: wait (up to 20 s) for the gdb stub; in one session,
# ask why the target stopped ("?"), count the host kernel's lines in LOG at
# that moment, then "continue" and wait for the target to end. Prints the
# stop reply and the count on two lines; exit 1 when no stub answered.
debugger() {
	/usr/bin/python3 - "$1" "$2" <<'PY'
import socket, sys, time
port, log = int(sys.argv[1]), sys.argv[2]
deadline = time.time() + 20
while True:
    try:
        connection = socket.create_connection(("127.0.0.1", port), timeout=30)
        break
    except OSError:
        if time.time() > deadline:
            print("no gdb stub on port %d" % port)
            print(-1)
            sys.exit(1)
        time.sleep(0.2)

def packet(command):
    checksum = sum(command.encode()) % 256
    connection.sendall(b"$%s#%02x" % (command.encode(), checksum))
    reply = b""
    try:
        while b"#" not in reply.lstrip(b"+") and len(reply) < 4096:
            data = connection.recv(4096)
            if not data:
                break
            reply += data
    except OSError:
        pass
    connection.sendall(b"+")
    return reply.decode(errors="replace").strip()

print(packet("?"))
try:
    with open(log, errors="replace") as log_file:
        print(sum(line.startswith("[host ]") for line in log_file))
except OSError:
    print(0)
packet("c")
PY
}

make --no-print-directory BUILD="$build" DEMO_LOG="$work/demo.log" demo \
	GDB=1 GDB_PORT="$port" DEMO_TIMEOUT=60 >"$work/make.out" 2>&1 &
demo=$!
# "?" asks why the target stopped: it has not run an instruction yet.
answers=$(debugger "$port" "$work/demo.log")
stop=$(printf '%s\n' "$answers" | sed -n 1p)
host_lines=$(printf '%s\n' "$answers" | sed -n 2p)
if [ -n "$stop" ] && [ "$host_lines" = 0 ]; then
	echo "ok 1 - make demo GDB=1: QEMU waits on port $port before the first instruction (stub: $stop)"
else
	echo "not ok 1 - make demo GDB=1: no stopped gdb stub on port $port (stub: $stop; host lines: $host_lines)"
	failed=1
fi
script=$build/demo.gdb
if grep -q "^file $build/demo-host.elf" "$script" &&
	grep -q "^add-symbol-file $build/demo-crash.elf 0x44000000" "$script" &&
	grep -q "^target remote localhost:$port" "$script"; then
	echo "ok 2 - $script loads the host kernel, adds the crash kernel's symbols at 0x44000000 and connects"
else
	sed 's/^/# /' "$script"
	echo "not ok 2 - $script lacks the symbols or the port"
	failed=1
fi
wait $demo
status=$?
if [ $status -eq 0 ] && grep -q 'success$' "$work/make.out"; then
	echo "ok 3 - after the debugger's continue: $(tail -n 1 "$work/make.out")"
else
	sed 's/^/# /' "$work/make.out" | tail -n 5
	echo "not ok 3 - the demo did not end well after continue (status $status)"
	failed=1
fi
make --no-print-directory BUILD="$build" DEMO_LOG="$work/control.log" demo \
	>"$work/control.out" 2>&1
if [ "$(grep -c '^\[host \]' "$work/control.log")" -gt 0 ]; then
	echo "ok 4 - negative control: without GDB=1 the host kernel runs at once, which check 1 would see"
else
	echo "not ok 4 - negative control: no host kernel line without GDB=1"
	failed=1
fi
exit $failed
