# SPDX-License-Identifier: BSD-2-Clause
#
# ARCH=arm64: the boot stub for AArch64 EL2, its library and the conformance
# kernels (tests/target/arm64/). Included by the Makefile, which provides
# CC, LD, AR, the flags, obj, image and variant_object.

LIBHYPSTUB_SRCS := core/stub.c core/fdt.c core/kexec.c \
	core/api.c core/memory.c \
	arch/arm64/boot.S arch/arm64/stub_vectors.S arch/arm64/restart.S \
	arch/arm64/cache.S arch/arm64/hvc.S arch/arm64/stub_arch.c \
	arch/arm64/hyp_halt.S arch/arm64/report.c \
	arch/arm64/kexec_restart.S arch/arm64/kexec_extent.c core/kexec_dtb.c core/kexec_arm64_image.c \
	core/kexec_run.c core/kexec_smp.c core/kexec_stop.c hyp/calls.c \
	hyp/hyp_main.c hyp/install.c hyp/guest.c hyp/arm64/hyp_vectors.S \
	hyp/arm64/hyp_arch.c hyp/arm64/hyp_guest.c \
	plat/$(PLAT)/uart.c plat/$(PLAT)/halt.c plat/$(PLAT)/arm64/exit.S \
	plat/$(PLAT)/arm64/psci.c plat/$(PLAT)/arm64/psci_call.S

# The old-KVM stub (an unknown x0 is branched to): a negative control.
$(eval $(call variant_library,broken-old-kvm,core/stub.c,\
	tests/target/broken_old_kvm.c variants/stub_checked))
LIBBROKEN := $(BUILD)/libhypstub-broken-old-kvm.a

# The resident hypervisor with the pre-2017 KVM behaviour (x0 below
# HVC_STUB_HCALL_NR branched to): a negative control.
$(eval $(call variant_object,variants/hyp_main_checked,hyp/hyp_main.c,\
	-Dhyp_handle_trap=hyp_handle_trap_checked))
$(eval $(call variant_library,broken-old-kvm-hyp,hyp/hyp_main.c,\
	tests/target/broken_old_kvm_hyp.c variants/hyp_main_checked))
LIBBROKEN_HYP := $(BUILD)/libhypstub-broken-old-kvm-hyp.a

# A stopped CPU that never powers off: a negative control.
$(eval $(call variant_library,broken-cpu-stop,core/kexec_stop.c,\
	tests/target/arm64/broken_cpu_stop.c))
LIBBROKEN_STOP := $(BUILD)/libhypstub-broken-cpu-stop.a

# A stub that returns from unexpected exceptions: a negative control.
$(eval $(call variant_library,broken-return,arch/arm64/hyp_halt.S,\
	tests/target/arm64/broken_return_unexpected.S))
LIBBROKEN_RETURN := $(BUILD)/libhypstub-broken-return.a

# A soft restart that forgets the register shuffle: a negative control.
$(eval $(call variant_library,broken-shuffle,arch/arm64/restart.S,\
	tests/target/arm64/broken_restart_registers.S))
LIBBROKEN_SHUFFLE := $(BUILD)/libhypstub-broken-shuffle.a

LIBKERNEL_SRCS := lib/string.c lib/kprintf.c lib/fdt.c \
	lib/arm64/vectors.S lib/arm64/exceptions.c lib/arm64/gic.c lib/smp.c \
	lib/arm64/mmu.c

CONFORMANCE64_SRCS := tests/target/arm64/conformance.c \
	tests/target/arm64/hvc_frame.S tests/target/arm64/probe_vectors.S \
	tests/target/arm64/check64.c

$(eval $(call variant_object,variants/stub_checked,core/stub.c,\
	-Dstub_handle_trap=stub_handle_trap_checked))

$(LIBHYPSTUB): $(call obj,$(LIBHYPSTUB_SRCS))
$(LIBKERNEL): $(call obj,$(LIBKERNEL_SRCS))

IMAGES := $(BUILD)/conformance.elf $(BUILD)/conformance-broken-old-kvm.elf \
	$(BUILD)/conformance-broken-old-kvm-hyp.elf \
	$(BUILD)/exceptions.elf $(BUILD)/exceptions-broken-return.elf \
	$(BUILD)/kexec.elf $(BUILD)/kexec-broken-shuffle.elf

$(eval $(call image,conformance,$(CONFORMANCE64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,conformance-broken-old-kvm,$(CONFORMANCE64_SRCS),$(LIBBROKEN)))
$(eval $(call image,conformance-broken-old-kvm-hyp,$(CONFORMANCE64_SRCS),$(LIBBROKEN_HYP)))
$(eval $(call image,exceptions,tests/target/arm64/exceptions.c,$(LIBHYPSTUB)))
$(eval $(call image,exceptions-broken-return,tests/target/arm64/exceptions.c,$(LIBBROKEN_RETURN)))
# The demo's kernels (demo/arm64); the crash kernel is linked where
# tools/demo loads it (DEMO_CRASH_KERNEL_ADDR in demo/demo.h).
DEMO_CRASH_LOAD_ADDRESS := 0x44000000
$(eval $(call image,demo-host,demo/arm64/host.c,$(LIBHYPSTUB)))
$(eval $(call image,demo-crash,demo/arm64/crash.c,$(LIBHYPSTUB),$(DEMO_CRASH_LOAD_ADDRESS)))
IMAGES += $(BUILD)/demo-host.elf $(BUILD)/demo-crash.elf

SMP64_SRCS := tests/target/arm64/smp.c tests/target/arm64/check64.c
$(eval $(call image,smp,$(SMP64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,smp-broken-cpu-stop,$(SMP64_SRCS),$(LIBBROKEN_STOP)))
IMAGES += $(BUILD)/smp.elf $(BUILD)/smp-broken-cpu-stop.elf
KEXEC64_SRCS := tests/target/arm64/kexec.c tests/target/arm64/check64.c
$(eval $(call image,kexec,$(KEXEC64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,kexec-broken-shuffle,$(KEXEC64_SRCS),$(LIBBROKEN_SHUFFLE)))
$(eval $(call image,kexec-broken-old-kvm-hyp,$(KEXEC64_SRCS),$(LIBBROKEN_HYP)))
IMAGES += $(BUILD)/kexec-broken-old-kvm-hyp.elf

# doc/hyp-abi.md v2's own rules (tests/target/spec/arm64/); the control
# is the restart without the register shuffle above.
SPEC64_SRCS := tests/target/spec/arm64/spec64.c \
	tests/target/spec/arm64/spec64_entry.S \
	tests/target/arm64/hvc_frame.S tests/target/arm64/check64.c
$(eval $(call image,spec,$(SPEC64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,spec-broken-shuffle,$(SPEC64_SRCS),$(LIBBROKEN_SHUFFLE)))
IMAGES += $(BUILD)/spec.elf $(BUILD)/spec-broken-shuffle.elf

# The guest under the resident hypervisor ([GUEST-*], tests/target/arm64/
# guest.c) and its controls:
#  - broken-guest-leak: a world switch that leaves the guest's TTBR1_EL1
#    to the host ([GUEST-4]);
#  - broken-guest-restart: a guest's HVC_SOFT_RESTART reaches the host's
#    call (tests/target/broken_guest_leak.c, as on AArch32; [GUEST-3]).
GUEST64_SRCS := tests/target/arm64/guest.c tests/target/arm64/guest_run.c \
	tests/target/arm64/guest_code.S tests/target/arm64/check64.c
$(eval $(call variant_object,variants/hyp_guest64_checked,hyp/arm64/hyp_guest.c,\
	-Dhyp_arch_guest_switch_out=hyp_arch_guest_switch_out_checked))
$(eval $(call variant_library,broken-guest-leak,hyp/arm64/hyp_guest.c,\
	tests/target/arm64/broken_guest_leak.c variants/hyp_guest64_checked))
$(eval $(call variant_library,broken-guest-restart,hyp/hyp_main.c,\
	tests/target/broken_guest_leak.c variants/hyp_main_checked))
$(eval $(call image,guest,$(GUEST64_SRCS),$(LIBHYPSTUB)))
$(eval $(call image,guest-broken-leak,$(GUEST64_SRCS),$(BUILD)/libhypstub-broken-guest-leak.a))
$(eval $(call image,guest-broken-restart,$(GUEST64_SRCS),$(BUILD)/libhypstub-broken-guest-restart.a))
IMAGES += $(BUILD)/guest.elf $(BUILD)/guest-broken-leak.elf \
	$(BUILD)/guest-broken-restart.elf

all: $(LIBHYPSTUB) $(IMAGES)

