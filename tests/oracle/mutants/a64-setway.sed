# arch/arm64/restart.S: a set/way pass put back into the soft restart, as
# it was before the restarts cleaned by VA: the oracle counts it as a pass
# and [SOFT-RESTART-3] (AArch64: no set/way operation) must fail.
s/^\tMMU_CACHES_OFF el2$/\tMMU_CACHES_OFF el2\n\tbl\tarch_dcache_clean_invalidate_all/
