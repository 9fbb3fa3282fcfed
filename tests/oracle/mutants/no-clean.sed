# arch/arm/cache.S: the set/way loop issues no DCCISW, so no pass cleans
# anything: [SOFT-RESTART-3] must fail.
s/^\tmcr\tp15, 0, ip, c7, c14, 2\t\t@ DCCISW$/\tnop\t\t\t\t\t@ (mutant: no DCCISW)/
