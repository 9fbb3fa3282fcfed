# arch/arm64/kexec_restart.S: the by-VA cleans run while SCTLR_EL1.C is
# still set, a store follows them, and only then are the EL1 MMU and caches
# turned off: the last cacheable store comes after the clean.
s/^\tMMU_CACHES_OFF el1\t.*$/\tnop\t\t\t\t\t\/* (mutant: MMU off moved) *\//
s/^\tic\tiallu$/\tstr\tx28, [sp, #96]\n\tMMU_CACHES_OFF el1\n\tic\tiallu/
