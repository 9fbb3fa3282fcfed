# SPDX-License-Identifier: BSD-2-Clause
#
# The conformance kit (doc/conformance-kit.md): the black-box kernel that
# runs the suite against an implementation it did not build, and the
# implementations of tests/kit/, each a raw image QEMU loads with
# -device loader (tests/kit/run-kit). AArch32 so far.
#
#   $(BUILD)/kit/blackbox.elf           the kernel (loads at 0x40100000)
#   $(BUILD)/kit/outside_stub.bin       the outside stub: passes
#   $(BUILD)/kit/outside_stub_bug_imm.bin  one bug: fails [IMM-1]
#   $(BUILD)/kit/version0_stub.bin      Linux-like version 0: deviations

ifeq ($(ARCH),arm)
ifeq ($(TOOLCHAIN),llvm)
KIT_OBJCOPY := $(shell command -v llvm-objcopy || \
	command -v llvm-objcopy-14 || echo llvm-objcopy)
else
KIT_OBJCOPY := arm-none-eabi-objcopy
endif

KIT_KERNEL_SRCS := tests/kit/entry.S tests/kit/blackbox.c \
	tests/target/hvc_frame.S tests/target/frame.c \
	tests/target/probe_vectors.S arch/arm/hvc.S core/fdt.c core/kexec.c \
	plat/$(PLAT)/uart.c plat/$(PLAT)/exit.S

$(BUILD)/kit/blackbox.elf: $(call obj,$(KIT_KERNEL_SRCS)) $(LIBKERNEL) \
		$(LINKER_SCRIPT)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -e kit_entry -o $@ \
		$(call obj,$(KIT_KERNEL_SRCS)) $(LIBKERNEL)

# kit_image(name, source, flags): an implementation under test, assembled
# with only <hypstub/abi.h> on the include path and linked with nothing
# else, as a raw image for KIT_IMPL_DEFAULT_ADDR.
define kit_image
$(BUILD)/kit/$(1).o: $(2)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  AS      $(2) ($(1))")
	$$(Q)$$(CC) -Iinclude -D__ASSEMBLY__ $$(ARCHFLAGS) -Wall -Werror $(3) \
		-c $(2) -o $$@
$(BUILD)/kit/$(1).elf: $(BUILD)/kit/$(1).o
	$$(Q)$$(LD) -nostdlib -Ttext=0x40800000 -e 0x40800000 -o $$@ $$<
$(BUILD)/kit/$(1).bin: $(BUILD)/kit/$(1).elf
	@$$(if $$(Q),echo "  OBJCOPY $$@")
	$$(Q)$$(KIT_OBJCOPY) -O binary $$< $$@
all: $(BUILD)/kit/$(1).bin
endef

$(eval $(call kit_image,outside_stub,tests/kit/outside_stub.S,))
$(eval $(call kit_image,outside_stub_bug_imm,tests/kit/outside_stub.S,\
	-DSTUB_BUG_IGNORE_IMMEDIATE))
$(eval $(call kit_image,version0_stub,tests/kit/version0_stub.S,))

all: $(BUILD)/kit/blackbox.elf
endif

# make kit KIT_IMAGE=stub.bin [KIT_ADDR=0x40800000]: the kit against your
# stub; the text report on the terminal, the Markdown page and the TAP in
# $(BUILD)/kit/. Exit status 0 when every rule passed.
.PHONY: kit
kit:
ifneq ($(ARCH),arm)
	@echo "make kit: ARCH=$(ARCH): the kit tests AArch32 stubs only so far (ARCH=arm)" >&2; exit 2
else
	@if [ -z "$(KIT_IMAGE)" ]; then \
		echo "make kit: KIT_IMAGE= is empty: name the raw image of your stub (make kit KIT_IMAGE=stub.bin)" >&2; exit 2; fi
	@if [ ! -f "$(KIT_IMAGE)" ]; then \
		echo "make kit: KIT_IMAGE=$(KIT_IMAGE): no such file" >&2; exit 2; fi
	@case "$(KIT_ADDR)" in ''|0x[0-9a-fA-F]*) ;; *) \
		echo "make kit: KIT_ADDR=$(KIT_ADDR): a hexadecimal address (0x...)" >&2; exit 2;; esac
	@$(MAKE) --no-print-directory $(BUILD)/kit/blackbox.elf
	@tests/kit/run-kit --kernel $(BUILD)/kit/blackbox.elf \
		$(if $(KIT_ADDR),--addr $(KIT_ADDR)) "$(KIT_IMAGE)" \
		>$(BUILD)/kit/report.tap; status=$$?; \
	if [ $$status -eq 2 ]; then cat $(BUILD)/kit/report.tap; \
		echo "make kit: KIT_IMAGE= or KIT_ADDR= refused (above)" >&2; exit 2; fi; \
	tools/conformance-report --title "Conformance report: $(KIT_IMAGE)" \
		$(BUILD)/kit/report.tap; \
	tools/conformance-report --markdown \
		--title "Conformance report: $(notdir $(KIT_IMAGE))" \
		$(BUILD)/kit/report.tap >$(BUILD)/kit/report.md; \
	echo "make kit: $(BUILD)/kit/report.md, $(BUILD)/kit/report.tap"; \
	exit $$status
endif
