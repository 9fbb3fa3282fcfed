# SPDX-License-Identifier: BSD-2-Clause
# file: core/kexec_run.c
# why: kdump tears the hypervisor down first
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
/^int kdump(const/,/^}/ s/^\treturn kexec_restart(image);$/\thyp_uninstall();\n\treturn kexec_restart(image);/
