# SPDX-License-Identifier: BSD-2-Clause
# file: core/kexec_stop.c
# why: a CPU stopped for kdump tears the hypervisor down before it powers off
# run: tests/target/cpu-off-mode.sh build/arm-llvm/smp.elf --smp 2 --timeout 90
# run: tests/target/cpu-off-mode.sh build/arm64-llvm/smp.elf --arch arm64 --smp 2 --timeout 90
s/if (uninstall_hyp && hypstub_hyp_available() && hyp_installed())/if ((uninstall_hyp || 1) \&\& hypstub_hyp_available() \&\& hyp_installed())/
