# SPDX-License-Identifier: BSD-2-Clause
#
# The conformance kit (doc/conformance-kit.md): the black-box kernels that
# run the suite against an implementation they did not build, and the
# implementations of tests/kit/, each a raw image QEMU loads with
# -device loader (tests/kit/run-kit).
#
# ARCH=arm:
#   $(BUILD)/kit/blackbox.elf           the kernel (loads at 0x40100000)
#   $(BUILD)/kit/outside_stub.bin       the outside stub: passes
#   $(BUILD)/kit/outside_stub_bug_imm.bin  one bug: fails [IMM-1]
#   $(BUILD)/kit/version0_stub.bin      Linux-like version 0: deviations
#   $(BUILD)/kit/outside_hyp.bin        an outside resident hypervisor
#                                       (loads at 0x40c00000): passes
#   $(BUILD)/kit/outside_hyp_bug_restart.bin  one bug: fails [HYP-STUB-1]
#   $(BUILD)/kit/project_stub.bin       this project's own boot stub: passes
#   $(BUILD)/kit/version0_hyp.bin       (arm64) KVM-like version 0: deviations
# ARCH=arm64: the same names, from tests/kit/arm64/.

ifeq ($(TOOLCHAIN),llvm)
KIT_OBJCOPY := $(shell command -v llvm-objcopy || \
	command -v llvm-objcopy-14 || echo llvm-objcopy)
else ifeq ($(ARCH),arm64)
KIT_OBJCOPY := aarch64-linux-gnu-objcopy
else
KIT_OBJCOPY := arm-none-eabi-objcopy
endif

# The project's own boot stub as a kit image: the adapter of
# tests/kit/[arm64/]project_stub.S linked with the library at
# KIT_IMPL_DEFAULT_ADDR, its .bss turned into zeros inside the image (the
# kit's protocol: no RAM outside the image).
define kit_project_stub
$(BUILD)/kit/project_stub.elf: $(call obj,$(1)) $(LIBHYPSTUB) $(LIBKERNEL) \
		$(LINKER_SCRIPT)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  LD      $$@")
	$$(Q)$$(LD) $$(LDFLAGS) --defsym=KERNEL_LOAD_ADDRESS=0x40800000 \
		-e project_stub_start -o $$@ $(call obj,$(1)) \
		--start-group $(LIBHYPSTUB) $(LIBKERNEL) --end-group
$(BUILD)/kit/project_stub.bin: $(BUILD)/kit/project_stub.elf
	@$$(if $$(Q),echo "  OBJCOPY $$@")
	$$(Q)$$(KIT_OBJCOPY) --set-section-flags .bss=alloc,load,contents \
		-O binary $$< $$@
all: $(BUILD)/kit/project_stub.bin
endef

# kit_image(name, source, flags[, address]): an implementation under test,
# assembled with only <hypstub/abi.h> on the include path and linked with
# nothing else, as a raw image for its address (KIT_IMPL_DEFAULT_ADDR, or
# KIT_HYP_DEFAULT_ADDR for a hypervisor).
define kit_image
$(BUILD)/kit/$(1).o: $(2)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  AS      $(2) ($(1))")
	$$(Q)$$(CC) -Iinclude -D__ASSEMBLY__ $$(ARCHFLAGS) -Wall -Werror $(3) \
		-c $(2) -o $$@
$(BUILD)/kit/$(1).elf: $(BUILD)/kit/$(1).o
	$$(Q)$$(LD) -nostdlib -Ttext=$(or $(4),0x40800000) \
		-e $(or $(4),0x40800000) -o $$@ $$<
$(BUILD)/kit/$(1).bin: $(BUILD)/kit/$(1).elf
	@$$(if $$(Q),echo "  OBJCOPY $$@")
	$$(Q)$$(KIT_OBJCOPY) -O binary $$< $$@
all: $(BUILD)/kit/$(1).bin
endef

ifeq ($(ARCH),arm)
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

$(eval $(call kit_image,outside_stub,tests/kit/outside_stub.S,))
$(eval $(call kit_image,outside_stub_bug_imm,tests/kit/outside_stub.S,\
	-DSTUB_BUG_IGNORE_IMMEDIATE))
$(eval $(call kit_image,version0_stub,tests/kit/version0_stub.S,))
$(eval $(call kit_project_stub,tests/kit/project_stub.S))
$(eval $(call kit_image,outside_hyp,tests/kit/outside_hyp.S,,0x40c00000))
$(eval $(call kit_image,outside_hyp_bug_restart,tests/kit/outside_hyp.S,\
	-DHYP_BUG_RESTART_KEEPS_VECTORS,0x40c00000))

all: $(BUILD)/kit/blackbox.elf
endif

ifeq ($(ARCH),arm64)
KIT64_KERNEL_SRCS := tests/kit/arm64/entry.S tests/kit/arm64/blackbox64.c \
	tests/target/arm64/hvc_frame.S tests/target/arm64/probe_vectors.S \
	tests/target/arm64/check64.c arch/arm64/hvc.S core/fdt.c core/kexec.c \
	plat/$(PLAT)/uart.c plat/$(PLAT)/arm64/exit.S

$(BUILD)/kit/blackbox.elf: $(call obj,$(KIT64_KERNEL_SRCS)) $(LIBKERNEL) \
		$(LINKER_SCRIPT)
	@mkdir -p $(dir $@)
	@$(if $(Q),echo "  LD      $@")
	$(Q)$(LD) $(LDFLAGS) -e kit_entry -o $@ \
		$(call obj,$(KIT64_KERNEL_SRCS)) $(LIBKERNEL)

$(eval $(call kit_image,outside_stub,tests/kit/arm64/outside_stub.S,))
$(eval $(call kit_image,outside_stub_bug_imm,tests/kit/arm64/outside_stub.S,\
	-DSTUB_BUG_IGNORE_IMMEDIATE))
$(eval $(call kit_image,version0_stub,tests/kit/arm64/version0_stub.S,))
$(eval $(call kit_project_stub,tests/kit/arm64/project_stub.S))
$(eval $(call kit_image,version0_hyp,tests/kit/arm64/version0_hyp.S,,0x40c00000))
$(eval $(call kit_image,outside_hyp,tests/kit/arm64/outside_hyp.S,,0x40c00000))
$(eval $(call kit_image,outside_hyp_bug_restart,tests/kit/arm64/outside_hyp.S,\
	-DHYP_BUG_RESTART_KEEPS_VECTORS,0x40c00000))

all: $(BUILD)/kit/blackbox.elf
endif

# make kit KIT_IMAGE=image.bin [KIT_ARCH=arm|arm64] [KIT_TARGET=stub|hyp]
# [KIT_ADDR=] [KIT_STUB=stub.bin] [KIT_STUB_ADDR=]: the kit against your
# boot stub (KIT_TARGET=stub) or your resident hypervisor (KIT_TARGET=hyp,
# installed over KIT_STUB, the kit's outside stub unless said); the text
# report on the terminal, the Markdown page and the TAP in
# build/KIT_ARCH-TOOLCHAIN/kit/. Exit status 0 when every rule passed, 2
# (before anything runs) for a bad variable.
KIT_ARCH ?= $(ARCH)
KIT_TARGET ?= stub
KIT_BUILD := $(if $(filter $(KIT_ARCH),$(ARCH)),$(BUILD),build/$(KIT_ARCH)-$(TOOLCHAIN))
.PHONY: kit
kit:
	@case "$(KIT_ARCH)" in arm|arm64) ;; *) \
		echo "make kit: KIT_ARCH=$(KIT_ARCH): use arm or arm64 (the architecture of KIT_IMAGE)" >&2; exit 2;; esac
	@case "$(KIT_TARGET)" in stub|hyp) ;; *) \
		echo "make kit: KIT_TARGET=$(KIT_TARGET): use stub (KIT_IMAGE is a boot stub) or hyp (a resident hypervisor)" >&2; exit 2;; esac
	@if [ -z "$(KIT_IMAGE)" ]; then \
		echo "make kit: KIT_IMAGE= is empty: name the raw image under test (make kit KIT_IMAGE=stub.bin)" >&2; exit 2; fi
	@if [ ! -f "$(KIT_IMAGE)" ]; then \
		echo "make kit: KIT_IMAGE=$(KIT_IMAGE): no such file" >&2; exit 2; fi
	@for v in "KIT_ADDR=$(KIT_ADDR)" "KIT_STUB_ADDR=$(KIT_STUB_ADDR)"; do \
		case "$${v#*=}" in ''|0x[0-9a-fA-F]*) ;; *) \
		echo "make kit: $$v: a hexadecimal address (0x...)" >&2; exit 2;; esac; done
	@if [ "$(KIT_TARGET)" = stub ] && [ -n "$(KIT_STUB)$(KIT_STUB_ADDR)" ]; then \
		echo "make kit: KIT_STUB= and KIT_STUB_ADDR= go with KIT_TARGET=hyp (with KIT_TARGET=stub, KIT_IMAGE is the stub)" >&2; exit 2; fi
	@if [ -n "$(KIT_STUB)" ] && [ ! -f "$(KIT_STUB)" ]; then \
		echo "make kit: KIT_STUB=$(KIT_STUB): no such file" >&2; exit 2; fi
	@$(MAKE) --no-print-directory ARCH=$(KIT_ARCH) BUILD=$(KIT_BUILD) \
		$(KIT_BUILD)/kit/blackbox.elf $(KIT_BUILD)/kit/outside_stub.bin
	@tests/kit/run-kit --arch $(KIT_ARCH) --target $(KIT_TARGET) \
		--kernel $(KIT_BUILD)/kit/blackbox.elf \
		$(if $(KIT_ADDR),--addr $(KIT_ADDR)) \
		$(if $(filter hyp,$(KIT_TARGET)),--stub \
			$(or $(KIT_STUB),$(KIT_BUILD)/kit/outside_stub.bin)) \
		$(if $(KIT_STUB_ADDR),--stub-addr $(KIT_STUB_ADDR)) \
		"$(KIT_IMAGE)" >$(KIT_BUILD)/kit/report.tap.new; status=$$?; \
	if [ $$status -eq 2 ]; then cat $(KIT_BUILD)/kit/report.tap.new; \
		rm -f $(KIT_BUILD)/kit/report.tap.new; \
		echo "make kit: KIT_IMAGE=, KIT_ADDR=, KIT_STUB= or KIT_STUB_ADDR= refused (above), nothing run" >&2; exit 2; fi; \
	mv $(KIT_BUILD)/kit/report.tap.new $(KIT_BUILD)/kit/report.tap; \
	tools/conformance-report --title "Conformance report: $(KIT_IMAGE)" \
		$(KIT_BUILD)/kit/report.tap; \
	tools/conformance-report --markdown \
		--title "Conformance report: $(notdir $(KIT_IMAGE))" \
		$(KIT_BUILD)/kit/report.tap >$(KIT_BUILD)/kit/report.md; \
	echo "make kit: $(KIT_BUILD)/kit/report.md, $(KIT_BUILD)/kit/report.tap"; \
	exit $$status
