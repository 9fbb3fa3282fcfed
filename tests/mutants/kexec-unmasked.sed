# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/kexec_restart.S
# why: kexec and kdump turn the MMU off with interrupts open
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
s/^\tcpsid\taif$/\tnop/
