# SPDX-License-Identifier: BSD-2-Clause
#
# make mutate [MUTANTS="name ..."]: the mutation run (tools/mutate,
# tests/mutants/): each plausible bug in the HYP-resident code, one at a
# time, against the tests named for it. On demand, not in make check.
.PHONY: mutate
mutate: deps
	@tools/mutate $(MUTANTS)
