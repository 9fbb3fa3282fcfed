# SPDX-License-Identifier: BSD-2-Clause
# make prove: Frama-C (EVA and WP) over the portable C that runs in HYP/EL2,
# at both register widths; prints TAP (doc/proof.md). Host-side only, so the
# same for every ARCH. PROVE_ARGS passes options to tools/prove (--unit,
# --width, --mutant, --jobs).

.PHONY: prove

prove: deps
	@tools/prove $(PROVE_ARGS)
