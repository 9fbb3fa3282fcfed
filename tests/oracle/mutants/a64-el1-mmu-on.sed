# arch/arm64/kexec_restart.S and arch/arm64/restart.S: the EL1 MMU and
# caches are left on.
s/^\tMMU_CACHES_OFF el1\(.*\)$/\tnop\t\t\t\t\t\/* (mutant: EL1 MMU left on) *\//
