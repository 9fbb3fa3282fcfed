# SPDX-License-Identifier: BSD-2-Clause
# file: arch/arm/cache.S
# why: the set/way clean skips way 0
# run: tools/trace-oracle --scenario 4 build/arm-llvm/oracle.elf
s/^\tbge\t\.Lway$/\tbgt\t.Lway/
