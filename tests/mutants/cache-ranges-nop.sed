# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/cache.S
# why: uninstall's clean by address cleans nothing
# run: tools/uninstall-oracle build/arm-llvm/uninstall-clean.elf
# run: tools/trace-oracle --scenario 3 build/arm-llvm/oracle.elf
# run: tools/run-conformance --timeout 90 --poke 0x40f00008=1 build/arm-llvm/conformance.elf
# run: tools/run-conformance --timeout 90 build/arm-llvm/kexec.elf
s/^\tmcr\tp15, 0, r3, c7, c14, 1\t\t@ DCCIMVAC$/\tnop/
