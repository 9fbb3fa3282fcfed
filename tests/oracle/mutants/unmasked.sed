# arch/arm/kexec_restart.S and arch/arm/restart.S: no cpsid aif, so the
# state changes happen with A, I and F as the caller left them.
s/^\tcpsid\taif$/\tnop\t\t\t\t\t@ (mutant: no cpsid aif)/
