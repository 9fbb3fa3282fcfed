# SPDX-License-Identifier: BSD-2-Clause
#
# The controls of the tests that start dirty and of the SMP power-off mode
# (tests/suite.d/dirty.list, tests/suite.d/cpu-off.list): test kernels
# linked with a library that one of make mutate's sed scripts
# (tests/mutants/NAME.sed) breaks, generated under $(BUILD)/dirty-mutants/.
# A script that no longer changes its file only warns, as mk/oracle.mk's:
# the control then passes its suite, which make check reports as a failure.

# dirty_mutant(name, file, image, sources): $(BUILD)/IMAGE.elf, the
# sources linked with $(BUILD)/libhypstub-dirty-NAME.a, whose FILE (C or
# assembly) has tests/mutants/NAME.sed applied. The mutated copy is built
# as a variant object (under obj/variants/, as the other variants: the
# same source, which static analysis covers already).
define dirty_mutant
$(BUILD)/dirty-mutants/$(1)/$(2): $(2) tests/mutants/$(1).sed
	@mkdir -p $$(dir $$@)
	$$(Q)sed -f tests/mutants/$(1).sed $$< >$$@
	$$(Q)if cmp -s $$< $$@; then \
		echo "mutant: warning: tests/mutants/$(1).sed no longer" \
			"changes $$<; its control will pass and make check" \
			"fail" >&2; fi
$(BUILD)/obj/variants/dirty-$(1)/$(basename $(2)).o: \
		$(BUILD)/dirty-mutants/$(1)/$(2)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  CC      $(2) (mutant $(1))")
	$$(Q)$$(CC) $$(CPPFLAGS) $$(if $$(filter %.S,$(2)),$$(ASFLAGS),$$(CFLAGS)) \
		-c $$< -o $$@
$(eval $(call variant_library,dirty-$(1),$(2),\
	variants/dirty-$(1)/$(basename $(2))))
$(eval $(call image,$(strip $(3)),$(4),$(BUILD)/libhypstub-dirty-$(1).a))
all: $(BUILD)/$(strip $(3)).elf
endef

# The SMP kernel with stopped CPUs that power off from SVC/EL1
# ([SMP-KDUMP-2]), that uninstall the hypervisor for kdump, and with a
# kdump that uninstalls it on the panicking CPU ([KDUMP-1]):
# tests/suite.d/cpu-off.list.
ifeq ($(ARCH),arm)
DIRTY_SMP_SRCS := $(SMP_TEST_SRCS)
else
DIRTY_SMP_SRCS := $(SMP64_SRCS)
endif
$(eval $(call dirty_mutant,cpu-stop-from-svc,core/kexec_stop.c,\
	smp-cpu-off-svc,$(DIRTY_SMP_SRCS)))
$(eval $(call dirty_mutant,kdump-stop-uninstalls,core/kexec_stop.c,\
	smp-kdump-stop-uninstalls,$(DIRTY_SMP_SRCS)))
$(eval $(call dirty_mutant,kdump-uninstalls,core/kexec_run.c,\
	smp-kdump-uninstalls,$(DIRTY_SMP_SRCS)))

# The AArch64 dirty boot ([A64-BOOT-2]) and its control, a boot entry that
# keeps MDCR_EL2 as it found it (make mutate's a64-boot-mdcr-kept).
ifeq ($(ARCH),arm64)
DIRTY64_BOOT_SRCS := tests/target/arm64/dirty_boot.c \
	tests/target/arm64/dirty_vectors.S tests/target/arm64/probe_vectors.S \
	tests/target/arm64/check64.c
$(eval $(call image,dirty-boot,$(DIRTY64_BOOT_SRCS),$(LIBHYPSTUB)))
all: $(BUILD)/dirty-boot.elf
$(eval $(call dirty_mutant,a64-boot-mdcr-kept,arch/arm64/stub_arch.c,\
	dirty-boot-mdcr-kept,$(DIRTY64_BOOT_SRCS)))
endif

# The uninstall's clean by address, judged from the instruction trace
# (tools/uninstall-oracle, tests/suite.d/dirty.list), and
# its control: the clean by address made a no-op (make mutate's
# cache-ranges-nop).
ifeq ($(ARCH),arm)
UNINSTALL_CLEAN_SRCS := tests/target/uninstall_clean.c
$(eval $(call image,uninstall-clean,$(UNINSTALL_CLEAN_SRCS),$(LIBHYPSTUB)))
all: $(BUILD)/uninstall-clean.elf
$(eval $(call dirty_mutant,cache-ranges-nop,arch/arm/cache.S,\
	uninstall-clean-ranges-nop,$(UNINSTALL_CLEAN_SRCS)))
endif
