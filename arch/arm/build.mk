# SPDX-License-Identifier: BSD-2-Clause
#
# ARCH=arm: the AArch32 boot stub, resident hypervisor and kexec, their
# library, its test variants and the demo and test kernels. Included by the
# Makefile, which provides CC, LD, AR, the flags, obj, image,
# variant_object and variant_library.

# The stub library: what another project links.
LIBHYPSTUB_SRCS := core/stub.c core/api.c core/memory.c core/fdt.c \
	core/kexec.c core/kexec_dtb.c core/kexec_run.c core/kexec_smp.c \
	core/kexec_stop.c \
	arch/arm/boot.S arch/arm/stub_vectors.S arch/arm/restart.S \
	arch/arm/cache.S arch/arm/hvc.S arch/arm/stub_arch.c \
	arch/arm/hyp_halt.S arch/arm/report.c arch/arm/kexec_restart.S \
	plat/$(PLAT)/uart.c plat/$(PLAT)/exit.S plat/$(PLAT)/halt.c \
	plat/$(PLAT)/psci.c plat/$(PLAT)/psci_call.S \
	hyp/hyp_main.c hyp/calls.c hyp/install.c \
	hyp/guest.c hyp/arm/hyp_vectors.S hyp/arm/hyp_arch.c hyp/arm/hyp_guest.c

# The controls keep the real dispatcher under another name.
$(eval $(call variant_object,variants/stub_checked,core/stub.c,\
	-Dstub_handle_trap=stub_handle_trap_checked))
$(eval $(call variant_object,variants/hyp_main_checked,hyp/hyp_main.c,\
	-Dhyp_handle_trap=hyp_handle_trap_checked))
$(eval $(call variant_object,variants/hyp_main_test_fault,hyp/hyp_main.c,\
	-DHYP_TEST_FAULT_CALL))
$(eval $(call variant_object,variants/hyp_arch_test_fault,hyp/arm/hyp_arch.c,\
	-DHYP_TEST_FAULT_CALL))

# Test-only variants of the library, each swapping a few objects:
#  - broken-old-kvm: the boot stub with the pre-2017 behaviour (an unknown r0
#    is branched to), a negative control the conformance suite must fail;
#  - broken-old-kvm-hyp: the resident hypervisor doing the same with r0 below
#    HVC_STUB_HCALL_NR (HVC_SOFT_RESTART jumps to address 1), likewise;
#  - test-fault: the hypervisor with HYP_CALL_TEST_FAULT, to show its report;
#  - broken-cpu-stop: a stopped CPU never powers off (SMP, fault injection);
#  - broken-return: an unexpected exception returns instead of halting;
#  - broken-guest-leak: a guest's HVC_SOFT_RESTART reaches the host's call.
$(eval $(call variant_library,broken-old-kvm,core/stub.c,\
	tests/target/broken_old_kvm.c variants/stub_checked))
$(eval $(call variant_library,broken-old-kvm-hyp,hyp/hyp_main.c,\
	tests/target/broken_old_kvm_hyp.c variants/hyp_main_checked))
$(eval $(call variant_library,test-fault,hyp/hyp_main.c hyp/arm/hyp_arch.c,\
	variants/hyp_main_test_fault variants/hyp_arch_test_fault))
$(eval $(call variant_library,broken-cpu-stop,core/kexec_stop.c,\
	tests/target/broken_cpu_stop.c))
$(eval $(call variant_library,broken-return,arch/arm/hyp_halt.S,\
	tests/target/broken_return_unexpected.S))
$(eval $(call variant_library,broken-guest-leak,hyp/hyp_main.c,\
	tests/target/broken_guest_leak.c variants/hyp_main_checked))
# The spec suite's controls: an error path that clears r1 ([ERR-1]); a
# restart that leaves HCR.TSC set ([ENTRY-A32-2]).
$(eval $(call variant_library,broken-error-clobber,core/stub.c,\
	tests/target/spec/broken_error_clobber.c variants/stub_checked))
$(eval $(call variant_library,broken-restart-traps,arch/arm/restart.S,\
	tests/target/spec/broken_restart_traps.S))
LIBBROKEN := $(BUILD)/libhypstub-broken-old-kvm.a
LIBBROKEN_HYP := $(BUILD)/libhypstub-broken-old-kvm-hyp.a
LIBTESTFAULT := $(BUILD)/libhypstub-test-fault.a
LIBBROKEN_STOP := $(BUILD)/libhypstub-broken-cpu-stop.a
LIBBROKEN_RETURN := $(BUILD)/libhypstub-broken-return.a
LIBBROKEN_LEAK := $(BUILD)/libhypstub-broken-guest-leak.a

# The small SVC runtime of the demo and test kernels.
LIBKERNEL_SRCS := lib/string.c lib/kprintf.c lib/exceptions.c lib/vectors.S \
	lib/mmu.c lib/gic.c lib/fdt.c lib/smp.c

CONFORMANCE_SRCS := tests/target/conformance.c tests/target/hvc_frame.S \
	tests/target/linux_like_vectors.S \
	tests/target/probe_vectors.S tests/target/frame.c
EXCEPTIONS_SRCS := tests/target/exceptions.c
KEXEC_TEST_SRCS := tests/target/kexec.c
SMP_TEST_SRCS := tests/target/smp.c
GUEST_TEST_SRCS := tests/target/guest.c tests/target/guest_run.c \
	tests/target/guest_code.S
FAULTS_TEST_SRCS := tests/target/faults.c tests/target/guest_run.c \
	tests/target/guest_code.S
# doc/hyp-abi.md v2's own rules (tests/target/spec/).
SPEC_TEST_SRCS := tests/target/spec/spec.c tests/target/spec/spec_entry.S \
	tests/target/hvc_frame.S tests/target/frame.c
DEMO_HOST_SRCS := demo/host.c
DEMO_CRASH_SRCS := demo/crash.c
# Must match DEMO_CRASH_KERNEL_ADDR in demo/demo.h.
DEMO_CRASH_LOAD_ADDRESS := 0x44000000

$(LIBHYPSTUB): $(call obj,$(LIBHYPSTUB_SRCS))
$(LIBKERNEL): $(call obj,$(LIBKERNEL_SRCS))

$(eval $(call image,demo-host,$(DEMO_HOST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,demo-crash,$(DEMO_CRASH_SRCS),$(LIBHYPSTUB),$(DEMO_CRASH_LOAD_ADDRESS)))
$(eval $(call image,conformance,$(CONFORMANCE_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,conformance-broken-old-kvm,$(CONFORMANCE_SRCS),$(LIBBROKEN)))
$(eval $(call image,conformance-broken-old-kvm-hyp,$(CONFORMANCE_SRCS),$(LIBBROKEN_HYP)))
$(eval $(call image,exceptions,$(EXCEPTIONS_SRCS),$(LIBTESTFAULT)))
$(eval $(call image,kexec,$(KEXEC_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,kexec-broken-old-kvm-hyp,$(KEXEC_TEST_SRCS),$(LIBBROKEN_HYP)))
$(eval $(call image,smp,$(SMP_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,guest,$(GUEST_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,faults,$(FAULTS_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,smp-broken-cpu-stop,$(SMP_TEST_SRCS),$(LIBBROKEN_STOP)))
$(eval $(call image,exceptions-broken-return,$(EXCEPTIONS_SRCS),$(LIBBROKEN_RETURN)))
$(eval $(call image,guest-broken-leak,$(GUEST_TEST_SRCS),$(LIBBROKEN_LEAK)))
$(eval $(call image,faults-broken-cpu-stop,$(FAULTS_TEST_SRCS),$(LIBBROKEN_STOP)))
DIRTY_BOOT_SRCS := tests/target/dirty_boot.c tests/target/dirty_vectors.S \
	tests/target/probe_vectors.S
$(eval $(call image,dirty-boot,$(DIRTY_BOOT_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,spec,$(SPEC_TEST_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,spec-broken-error-clobber,$(SPEC_TEST_SRCS),$(BUILD)/libhypstub-broken-error-clobber.a))
$(eval $(call image,spec-broken-restart-traps,$(SPEC_TEST_SRCS),$(BUILD)/libhypstub-broken-restart-traps.a))

IMAGES := $(BUILD)/demo-host.elf $(BUILD)/demo-crash.elf \
	$(BUILD)/conformance.elf \
	$(BUILD)/conformance-broken-old-kvm.elf \
	$(BUILD)/conformance-broken-old-kvm-hyp.elf $(BUILD)/exceptions.elf \
	$(BUILD)/kexec.elf $(BUILD)/kexec-broken-old-kvm-hyp.elf \
	$(BUILD)/smp.elf $(BUILD)/guest.elf $(BUILD)/faults.elf \
	$(BUILD)/smp-broken-cpu-stop.elf $(BUILD)/exceptions-broken-return.elf \
	$(BUILD)/guest-broken-leak.elf $(BUILD)/faults-broken-cpu-stop.elf \
	$(BUILD)/dirty-boot.elf \
	$(BUILD)/spec.elf $(BUILD)/spec-broken-error-clobber.elf \
	$(BUILD)/spec-broken-restart-traps.elf

all: $(LIBHYPSTUB) $(IMAGES)
