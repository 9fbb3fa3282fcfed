# arch/arm/kexec_restart.S and arch/arm/restart.S: the PL1 MMU and caches
# are left on.
s/^\tMMU_CACHES_OFF 0\(.*\)$/\tnop\t\t\t\t\t@ (mutant: PL1 MMU left on)/
