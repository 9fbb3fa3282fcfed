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
