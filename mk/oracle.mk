# SPDX-License-Identifier: BSD-2-Clause
#
# The trace oracle (tools/trace-oracle, tests/oracle/): the restart paths
# run once each under QEMU's per-instruction log, and the trace alone says
# whether they masked exceptions, cleaned the caches after the last
# cacheable store, turned the MMUs and caches off and invalidated what they
# must. make check runs it (tests/suite.d/oracle.list), with its negative
# controls: the same kernel linked with a restart that forgets one duty.
#
# A control's source is the real file with one sed script applied
# (tests/oracle/mutants/NAME.sed), generated under $(BUILD)/mutants/NAME/;
# the build fails when a script no longer changes the file it names.

ifeq ($(ARCH),arm)
ORACLE_SRCS := tests/oracle/oracle.c tests/oracle/oracle_payload.S

# oracle_mutant(name, files): the files mutated by the name's sed script,
# the library with them swapped in, and the oracle kernel linked with it.
define oracle_mutant
$(foreach f,$(2),$(BUILD)/mutants/$(1)/$(f)): $(BUILD)/mutants/$(1)/%: % \
		tests/oracle/mutants/$(1).sed
	@mkdir -p $$(dir $$@)
	$$(Q)sed -f tests/oracle/mutants/$(1).sed $$< >$$@
	$$(Q)if cmp -s $$< $$@; then \
		echo "oracle: tests/oracle/mutants/$(1).sed no longer changes $$<" >&2; \
		rm -f $$@; exit 1; fi
$(eval $(call variant_library,oracle-$(1),$(2),\
	$(addprefix $(BUILD)/mutants/$(1)/,$(2))))
$(eval $(call image,oracle-$(1),$(ORACLE_SRCS),\
	$(BUILD)/libhypstub-oracle-$(1).a))
all: $(BUILD)/oracle-$(1).elf
endef

$(eval $(call image,oracle,$(ORACLE_SRCS),$(LIBHYPSTUB)))
all: $(BUILD)/oracle.elf

$(eval $(call oracle_mutant,no-clean,arch/arm/cache.S))
$(eval $(call oracle_mutant,clean-before-store,arch/arm/restart.S))
$(eval $(call oracle_mutant,unmasked,arch/arm/restart.S arch/arm/kexec_restart.S))
$(eval $(call oracle_mutant,pl1-mmu-on,arch/arm/restart.S arch/arm/kexec_restart.S))
endif
