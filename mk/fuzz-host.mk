# SPDX-License-Identifier: BSD-2-Clause
#
# make fuzz-host: libFuzzer over the portable C on the host (tests/fuzz/),
# with ASan and UBSan: the boot stub's dispatch (core/stub.c), the resident
# hypervisor's (hyp/hyp_main.c) and kexec's checks (core/kexec.c). Each
# fuzzer checks the spec's rules after every call and aborts on a
# violation; libFuzzer then saves the input under build/fuzz-host/artifacts/.
#
#   make fuzz-host                 FUZZ_RUNS (default 1000000) runs of each,
#                                  a random seed, the corpus kept in
#                                  build/fuzz-host/corpus/ between runs
#   make fuzz-host FUZZ_RUNS=n FUZZ_SEED=s
#
# make check runs a short fixed-seed slice and the negative controls, which
# the fuzzers must catch (tools/fuzz-host-tap, tests/suite.d/fuzz-host.list);
# "make host-tests" builds them all.
#
# build/fuzz-host64/ holds the same fuzzers built as the AArch64 code is
# (-DHYPSTUB_MODEL_AARCH64: 64-bit registers, as hyp/arm64 and the AArch64
# stub are built), as build/host64/ does for the unit tests, each with its
# mutant.

FUZZ_CC ?= clang
FUZZ_CFLAGS := -std=c11 -g -O1 -Wall -Wextra -Werror -Iinclude \
	-Icore/include -Ihyp/include \
	-fsanitize=fuzzer,address,undefined -fno-sanitize-recover=all \
	-fno-omit-frame-pointer
FUZZ_DIR := build/fuzz-host
FUZZ_RUNS ?= 1000000
FUZZ_SEED ?= 0

FUZZERS := $(FUZZ_DIR)/fuzz_stub $(FUZZ_DIR)/fuzz_hyp $(FUZZ_DIR)/fuzz_kexec
# The negative controls: each fuzzer against a broken implementation.
FUZZ_MUTANTS := $(FUZZ_DIR)/fuzz_stub_mutant_old_kvm \
	$(FUZZ_DIR)/fuzz_hyp_mutant_old_kvm \
	$(FUZZ_DIR)/fuzz_kexec_mutant_fdt_size

FUZZ_HEADERS := tests/fuzz/fuzz.h $(HOST_HEADERS)

FUZZ64_DIR := build/fuzz-host64
FUZZERS64 := $(FUZZ64_DIR)/fuzz_stub $(FUZZ64_DIR)/fuzz_hyp \
	$(FUZZ64_DIR)/fuzz_kexec
FUZZ_MUTANTS64 := $(FUZZ64_DIR)/fuzz_stub_mutant_old_kvm \
	$(FUZZ64_DIR)/fuzz_hyp_mutant_old_kvm \
	$(FUZZ64_DIR)/fuzz_kexec_mutant_fdt_size
FUZZ_WIDTH_FLAGS_$(FUZZ_DIR) :=
FUZZ_WIDTH_FLAGS_$(FUZZ64_DIR) := -DHYPSTUB_MODEL_AARCH64

# fuzz_binary(name, sources[, directory]): link a fuzzer.
define fuzz_binary
$(or $(3),$(FUZZ_DIR))/$(1): $(2) $(FUZZ_HEADERS)
	@mkdir -p $$(dir $$@)
	@$$(if $$(Q),echo "  FUZZCC  $$@")
	$$(Q)$$(FUZZ_CC) $$(FUZZ_CFLAGS) \
		$$(FUZZ_WIDTH_FLAGS_$(or $(3),$(FUZZ_DIR))) -o $$@ \
		$(filter %.c %.o,$(2))
endef

# fuzz_object(name, source, flags[, directory]): the real code under
# another name, for a mutant that calls it.
define fuzz_object
$(or $(4),$(FUZZ_DIR))/$(1).o: $(2) $(FUZZ_HEADERS)
	@mkdir -p $$(dir $$@)
	$$(Q)$$(FUZZ_CC) $$(FUZZ_CFLAGS) \
		$$(FUZZ_WIDTH_FLAGS_$(or $(4),$(FUZZ_DIR))) $(3) -c -o $$@ $(2)
endef

$(eval $(call fuzz_object,stub_checked,core/stub.c,\
	-Dstub_handle_trap=stub_handle_trap_checked))
$(eval $(call fuzz_object,hyp_main_checked,hyp/hyp_main.c,\
	-Dhyp_handle_trap=hyp_handle_trap_checked))
$(eval $(call fuzz_object,kexec_checked,core/kexec.c,\
	-Dkexec_fdt_size=kexec_fdt_size_checked))

$(eval $(call fuzz_binary,fuzz_stub,tests/fuzz/fuzz_stub.c core/stub.c))
$(eval $(call fuzz_binary,fuzz_hyp,tests/fuzz/fuzz_hyp.c hyp/hyp_main.c \
	core/stub.c))
$(eval $(call fuzz_binary,fuzz_kexec,tests/fuzz/fuzz_kexec.c core/kexec.c))
$(eval $(call fuzz_binary,fuzz_stub_mutant_old_kvm,tests/fuzz/fuzz_stub.c \
	tests/host/mutant_old_kvm.c $(FUZZ_DIR)/stub_checked.o))
$(eval $(call fuzz_binary,fuzz_hyp_mutant_old_kvm,tests/fuzz/fuzz_hyp.c \
	tests/host/mutant_old_kvm_hyp.c $(FUZZ_DIR)/hyp_main_checked.o \
	core/stub.c))
$(eval $(call fuzz_binary,fuzz_kexec_mutant_fdt_size,\
	tests/fuzz/fuzz_kexec.c tests/fuzz/mutant_fdt_size.c \
	$(FUZZ_DIR)/kexec_checked.o))

# The 64-bit model of the same code.
$(eval $(call fuzz_object,stub_checked,core/stub.c,\
	-Dstub_handle_trap=stub_handle_trap_checked,$(FUZZ64_DIR)))
$(eval $(call fuzz_object,hyp_main_checked,hyp/hyp_main.c,\
	-Dhyp_handle_trap=hyp_handle_trap_checked,$(FUZZ64_DIR)))
$(eval $(call fuzz_object,kexec_checked,core/kexec.c,\
	-Dkexec_fdt_size=kexec_fdt_size_checked,$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_stub,tests/fuzz/fuzz_stub.c core/stub.c,\
	$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_hyp,tests/fuzz/fuzz_hyp.c hyp/hyp_main.c \
	core/stub.c,$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_kexec,tests/fuzz/fuzz_kexec.c core/kexec.c,\
	$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_hyp_mutant_old_kvm,tests/fuzz/fuzz_hyp.c \
	tests/host/mutant_old_kvm_hyp.c $(FUZZ64_DIR)/hyp_main_checked.o \
	core/stub.c,$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_stub_mutant_old_kvm,tests/fuzz/fuzz_stub.c \
	tests/host/mutant_old_kvm.c $(FUZZ64_DIR)/stub_checked.o,$(FUZZ64_DIR)))
$(eval $(call fuzz_binary,fuzz_kexec_mutant_fdt_size,\
	tests/fuzz/fuzz_kexec.c tests/fuzz/mutant_fdt_size.c \
	$(FUZZ64_DIR)/kexec_checked.o,$(FUZZ64_DIR)))

host-tests: fuzz-host-build

.PHONY: fuzz-host fuzz-host-build
fuzz-host-build: $(FUZZERS) $(FUZZ_MUTANTS) $(FUZZERS64) $(FUZZ_MUTANTS64)
	@:

fuzz-host: deps
	@$(MAKE) --no-print-directory fuzz-host-build
	@tools/fuzz-host-tap --runs $(FUZZ_RUNS) --seed $(FUZZ_SEED) --corpus
	@tools/fuzz-host-tap --width 64 --runs $(FUZZ_RUNS) \
		--seed $(FUZZ_SEED) --corpus
