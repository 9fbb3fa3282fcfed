# arch/arm64/kexec_restart.S: no msr daifset, so the EL1 MMU goes off and
# the cleans run with DAIF as the caller left it.
s/^\tmsr\tdaifset, #0xf$/\tnop\t\t\t\t\t\/* (mutant: no daifset) *\//
