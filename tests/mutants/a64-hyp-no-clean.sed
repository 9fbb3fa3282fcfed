# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_vectors.S
# why: the AArch64 hypervisor turns its caches off without cleaning what it wrote
# run: tools/trace-oracle --arch arm64 --scenario 4 build/arm64-llvm/oracle.elf
s/^\tbl\tarch_dcache_clean_invalidate_ranges$/\tnop/
