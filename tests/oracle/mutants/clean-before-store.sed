# arch/arm/restart.S: the one pass runs while HSCTLR.C is still set, a push
# follows it, and only then are the HYP MMU and caches turned off: the last
# cacheable store comes after the clean.
s/^\tHYP_MMU_OFF_AND_CLEAN$/\tbl\tarch_dcache_clean_invalidate_all\n\tpush\t{r0}\n\tpop\t{r0}\n\tMMU_CACHES_OFF 4\n\tmov\tr0, #0\n\tmcr\tp15, 0, r0, c7, c5, 0\n\tmcr\tp15, 0, r0, c7, c5, 6\n\tmcr\tp15, 4, r0, c8, c7, 0\n\tdsb\tsy\n\tisb/
