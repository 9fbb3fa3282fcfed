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
# (tests/oracle/mutants/NAME.sed), generated under $(BUILD)/mutants/NAME/.
# A script that no longer changes its file only warns: the build must go
# on under make mutate, which mutates the same files, and the control then
# passes its suite, which make check reports as a failure.

# sed_mutant(name, files, script): the files with the sed script applied,
# under $(BUILD)/mutants/NAME/, and $(BUILD)/libhypstub-NAME.a with them.
define sed_mutant
$(foreach f,$(2),$(BUILD)/mutants/$(1)/$(f)): $(BUILD)/mutants/$(1)/%: % $(3)
	@mkdir -p $$(dir $$@)
	$$(Q)sed -f $(3) $$< >$$@
	$$(Q)if cmp -s $$< $$@; then \
		echo "mutant: warning: $(3) no longer changes $$<;" \
			"its control will pass and make check fail" >&2; fi
$(eval $(call variant_library,$(1),$(2),\
	$(addprefix $(BUILD)/mutants/$(1)/,$(2))))
endef

# oracle_mutant(name, files): the oracle kernel linked with the library
# that tests/oracle/mutants/NAME.sed breaks.
define oracle_mutant
$(eval $(call sed_mutant,oracle-$(1),$(2),tests/oracle/mutants/$(1).sed))
$(eval $(call image,oracle-$(1),$(ORACLE_SRCS),\
	$(BUILD)/libhypstub-oracle-$(1).a))
all: $(BUILD)/oracle-$(1).elf
endef

ifeq ($(ARCH),arm)
ORACLE_SRCS := tests/oracle/oracle.c tests/oracle/oracle_payload.S

$(eval $(call image,oracle,$(ORACLE_SRCS),$(LIBHYPSTUB)))
all: $(BUILD)/oracle.elf

$(eval $(call oracle_mutant,no-clean,arch/arm/cache.S))
$(eval $(call oracle_mutant,clean-before-store,arch/arm/restart.S))
$(eval $(call oracle_mutant,unmasked,arch/arm/restart.S arch/arm/kexec_restart.S))
$(eval $(call oracle_mutant,pl1-mmu-on,arch/arm/restart.S arch/arm/kexec_restart.S))

# Scenario 7's control, a kernel entered in SVC: kdump jumps to the payload
# without its one clean (the same script as make mutate's).
$(eval $(call sed_mutant,oracle-svc-no-clean,arch/arm/kexec_restart.S,\
	tests/mutants/kexec-svc-no-clean.sed))
$(eval $(call image,oracle-svc-no-clean,$(ORACLE_SRCS),\
	$(BUILD)/libhypstub-oracle-svc-no-clean.a))
all: $(BUILD)/oracle-svc-no-clean.elf

# The N-CPU scenarios' control: a stopped CPU that powers off from SVC,
# not through its own restart to HYP (the same script as make mutate's).
$(eval $(call sed_mutant,oracle-cpu-stop-from-svc,core/kexec_stop.c,\
	tests/mutants/cpu-stop-from-svc.sed))
$(eval $(call image,oracle-cpu-stop-from-svc,$(ORACLE_SRCS),\
	$(BUILD)/libhypstub-oracle-cpu-stop-from-svc.a))
all: $(BUILD)/oracle-cpu-stop-from-svc.elf

# The dirty-boot test's control: a boot entry that keeps HSTR as it found
# it (the same script as make mutate's).
$(eval $(call sed_mutant,boot-hstr-kept,arch/arm/stub_arch.c,\
	tests/mutants/boot-hstr-kept.sed))
$(eval $(call image,dirty-boot-hstr-kept,$(DIRTY_BOOT_SRCS),\
	$(BUILD)/libhypstub-boot-hstr-kept.a))
all: $(BUILD)/dirty-boot-hstr-kept.elf
else
# AArch64 (tests/oracle/arm64/): the same scenarios; the restart cleans by
# VA, and the controls are tests/oracle/mutants/a64-*.sed.
ORACLE_SRCS := tests/oracle/arm64/oracle.c \
	tests/oracle/arm64/oracle_payload.S tests/oracle/arm64/oracle_caller.S

$(eval $(call image,oracle,$(ORACLE_SRCS),$(LIBHYPSTUB)))
all: $(BUILD)/oracle.elf

$(eval $(call oracle_mutant,a64-no-clean,arch/arm64/kexec_restart.S))
$(eval $(call oracle_mutant,a64-clean-before-store,arch/arm64/kexec_restart.S))
$(eval $(call oracle_mutant,a64-unmasked,arch/arm64/kexec_restart.S))
$(eval $(call oracle_mutant,a64-el1-mmu-on,arch/arm64/restart.S arch/arm64/kexec_restart.S))
$(eval $(call oracle_mutant,a64-setway,arch/arm64/restart.S))

# The N-CPU scenarios' control: a stopped CPU that powers off from EL1, not
# through its own restart to EL2 (the same script as make mutate's).
$(eval $(call sed_mutant,oracle-cpu-stop-from-el1,core/kexec_stop.c,\
	tests/mutants/cpu-stop-from-svc.sed))
$(eval $(call image,oracle-cpu-stop-from-el1,$(ORACLE_SRCS),\
	$(BUILD)/libhypstub-oracle-cpu-stop-from-el1.a))
all: $(BUILD)/oracle-cpu-stop-from-el1.elf
endif
