# SPDX-License-Identifier: BSD-2-Clause
# file: core/kexec_run.c
# why: kdump tears the hypervisor down first
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
# run: tests/target/cpu-off-mode.sh build/arm-llvm/smp.elf --smp 2 --timeout 90
/^int kdump(const/,/^}/ s/^\treturn kexec_restart(image);$/\thyp_uninstall();\n\treturn kexec_restart(image);/
