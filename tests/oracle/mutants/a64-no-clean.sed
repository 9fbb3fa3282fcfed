# arch/arm64/kexec_restart.S: no DC CIVAC over the payload, the DTB or the
# trampoline, so nothing reaches the point of coherency: [SOFT-RESTART-3]
# (assertion 2) must fail.
s/^\tDCACHE_CLEAN_INVALIDATE_RANGE .*$/\tnop\t\t\t\t\t\/* (mutant: no clean) *\//
