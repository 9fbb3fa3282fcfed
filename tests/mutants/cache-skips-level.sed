# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/cache.S
# why: the set/way clean skips every other level
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
# run: tools/trace-oracle --scenario 3 build/arm-llvm/oracle.elf
s/^\tadd\tr1, r1, #2$/\tadd\tr1, r1, #4/
