# SPDX-License-Identifier: BSD-2-Clause
#
# Xen 4.17 (Debian's packages, fetched by make deps into build/xen/) measured
# with the suite's own kernels as dom0 (tests/xen/, tools/xen-run):
#
#   make xen-check    boot Xen armhf and arm64 with the SVC/EL1 conformance
#                     kernels and the probe as dom0; compare the probe's
#                     answers with doc/compat-xen.md
#   make xen-table    regenerate doc/compat-xen.md's table from a probe run
#
# Read for ARCH=arm and ARCH=arm64 alike (Makefile): each builds its own dom0
# images, linked in dom0's RAM bank (tests/xen/xen.h) and wrapped in the
# header Xen asks for: a zImage on AArch32, an arm64 Image on AArch64.

XEN_OBJCOPY := $(shell command -v llvm-objcopy || \
	command -v llvm-objcopy-14 || echo llvm-objcopy)

ifeq ($(ARCH),arm64)
# Must match XEN_DOM0_RAM_BASE_ARM64 + XEN_DOM0_TEXT_OFFSET (tests/xen/xen.h).
XEN_DOM0_LOAD_ADDRESS := 0x60080000
XEN_HEADER_SRCS := tests/xen/arm64/image_header.S
XEN_SUITE_SRCS := $(CONFORMANCE64_SRCS)
else
# Must lie in XEN_DOM0_RAM_BASE_ARM's bank (tests/xen/xen.h); Xen copies
# the zImage to its own "start" address.
XEN_DOM0_LOAD_ADDRESS := 0x50100000
XEN_HEADER_SRCS := tests/xen/zimage_header.S
XEN_SUITE_SRCS := $(CONFORMANCE_SRCS)
endif

ifeq ($(ARCH),arm64)
XEN_PROBE_SRCS := tests/xen/probe.c tests/xen/arm64/probe_hvc.S
else
XEN_PROBE_SRCS := tests/xen/probe.c tests/xen/probe_hvc.S
endif

# A library whose discovery wrapper issues its hvc even when entered in
# SVC/EL1: the negative control of [SVC-BOOT-2] below Xen.
$(eval $(call variant_object,variants/api_checked_query,core/api.c,\
	-Dhypstub_query=hypstub_query_checked))
$(eval $(call variant_library,broken-query-in-svc,core/api.c,\
	tests/xen/broken_query_in_svc.c variants/api_checked_query))
LIBBROKEN_QUERY := $(BUILD)/libhypstub-broken-query-in-svc.a
# The same, but the wrapper returns HVC_STUB_ERR: only Xen's log sees it.
$(eval $(call variant_library,broken-quiet-query-in-svc,core/api.c,\
	tests/xen/broken_quiet_query_in_svc.c variants/api_checked_query))
LIBBROKEN_QUIET_QUERY := $(BUILD)/libhypstub-broken-quiet-query-in-svc.a

XEN_IMAGES := $(BUILD)/xen-conformance.img \
	$(BUILD)/xen-conformance-broken-query-in-svc.img \
	$(BUILD)/xen-conformance-broken-quiet-query-in-svc.img \
	$(BUILD)/xen-probe.img

$(BUILD)/xen-%.elf: LDFLAGS += --defsym=xen_image_size=__image_end-__image_start

$(eval $(call image,xen-conformance,$(XEN_HEADER_SRCS) $(XEN_SUITE_SRCS),\
	$(LIBHYPSTUB),$(XEN_DOM0_LOAD_ADDRESS)))
XEN_BROKEN_QUERY := xen-conformance-broken-query-in-svc
$(eval $(call image,$(XEN_BROKEN_QUERY),$(XEN_HEADER_SRCS) $(XEN_SUITE_SRCS),\
	$(LIBBROKEN_QUERY),$(XEN_DOM0_LOAD_ADDRESS)))
XEN_BROKEN_QUIET_QUERY := xen-conformance-broken-quiet-query-in-svc
$(eval $(call image,$(XEN_BROKEN_QUIET_QUERY),\
	$(XEN_HEADER_SRCS) $(XEN_SUITE_SRCS),\
	$(LIBBROKEN_QUIET_QUERY),$(XEN_DOM0_LOAD_ADDRESS)))
$(eval $(call image,xen-probe,$(XEN_HEADER_SRCS) $(XEN_PROBE_SRCS),\
	$(LIBHYPSTUB),$(XEN_DOM0_LOAD_ADDRESS)))

XEN_NM := $(shell command -v llvm-nm || command -v llvm-nm-14 || echo llvm-nm)

# The raw image Xen loads, padded with zeros over .bss (xen_image_size).
$(BUILD)/xen-%.img: $(BUILD)/xen-%.elf
	@$(if $(Q),echo "  OBJCOPY $@")
	$(Q)$(XEN_OBJCOPY) -O binary $< $@.tmp && \
	size=$$($(XEN_NM) $< | sed -n 's/^\([0-9a-f]*\) A xen_image_size$$/\1/p') && \
	[ -n "$$size" ] && truncate -s $$((0x$$size)) $@.tmp && mv $@.tmp $@

all: $(XEN_IMAGES)

.PHONY: xen-check xen-table
# The dom0 images of one ARCH and TOOLCHAIN (an internal step).
xen-images: $(XEN_IMAGES)
	@:

# The dom0 images of both architectures and toolchains, then the suites.
xen-check: deps
	@$(MAKE) --no-print-directory ARCH=arm TOOLCHAIN=llvm xen-images
	@$(MAKE) --no-print-directory ARCH=arm TOOLCHAIN=gnu xen-images
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=llvm xen-images
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=gnu xen-images
	@tools/tap-run tests/suite.d/xen.list

xen-table: deps
	@$(MAKE) --no-print-directory ARCH=arm TOOLCHAIN=llvm xen-images
	@$(MAKE) --no-print-directory ARCH=arm64 TOOLCHAIN=llvm xen-images
	@tools/xen-check --write
