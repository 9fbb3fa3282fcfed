// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo kernel: boots on the stub and tells what happened. (The kdump
 * story, with a resident hypervisor and a crash kernel, comes with the
 * hypervisor and kexec work; see the issues.)
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

extern const char stub_vectors[];

static const char *mode_name(uint32_t mode)
{
	switch (mode) {
	case PSR_MODE_HYP:
		return "HYP";
	case PSR_MODE_SVC:
		return "SVC";
	case PSR_MODE_MON:
		return "MON";
	default:
		return "another mode";
	}
}

static const char *result_name(uint32_t result)
{
	return result == 0		? "0 (done)"
	       : result == HVC_STUB_ERR ? "HVC_STUB_ERR (refused)"
					: "unexpected";
}

void hypstub_main(unsigned int cpu)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(cpu);
	struct hypstub_query_result query;
	uint32_t cpsr = read_cpsr();

	kernel_cpu_init(cpu);
	kprintf("\n[demo] CPU %u entered in %s mode (CPSR 0x%08x), "
		"r0=0x%x r1=0x%x r2=0x%x\n",
		cpu, mode_name(record->cpsr & PSR_MODE_MASK), record->cpsr,
		record->r0, record->r1, record->r2);
	if (!hypstub_hyp_available()) {
		kprintf("[demo] not entered in HYP: no stub, and this kernel "
			"issues no hvc\n");
		kprintf("[demo] now in %s mode, exceptions masked: %s\n",
			mode_name(cpsr & PSR_MODE_MASK),
			(cpsr & PSR_AIF_MASK) == PSR_AIF_MASK ? "yes" : "no");
		kprintf("[demo] hyp_install(): %s\n",
			hyp_error_string(hyp_install()));
		plat_exit(0);
	}
	kprintf("[demo] stub installed: HVBAR = 0x%08x, HYP reset to a known "
		"state (HCR=0, HSCTLR MMU/caches off)\n",
		(uint32_t)(uintptr_t)stub_vectors);
	kprintf("[demo] dropped to %s mode, exceptions masked: %s\n",
		mode_name(cpsr & PSR_MODE_MASK),
		(cpsr & PSR_AIF_MASK) == PSR_AIF_MASK ? "yes" : "no");
	hypstub_query(&query);
	kprintf("[demo] hvc HVC_STUB_QUERY: ABI version %u, calls 0x%x, "
		"answered by %s\n",
		query.version, query.calls,
		query.implementer == HYPSTUB_IMPL_BOOT_STUB ? "the boot stub"
							    : "someone else");
	kprintf("[demo] hvc HVC_SET_VECTORS(0x%08x, misaligned): %s\n",
		PLAT_RAM_BASE + 4,
		result_name(hypstub_set_vectors(PLAT_RAM_BASE + 4)));
	kprintf("[demo] hvc HVC_RESET_VECTORS: %s\n",
		result_name(hypstub_reset_vectors()));
	kprintf("[demo] hvc HVC_SOFT_RESTART(entry 0x3): %s\n",
		result_name(hypstub_soft_restart(3, 0, 0, 0)));
	kprintf("[demo] hyp_install(): %s\n", hyp_error_string(hyp_install()));
	hypstub_query(&query);
	kprintf("[demo] hvc HVC_STUB_QUERY: calls 0x%x, answered by %s\n",
		query.calls,
		query.implementer == HYPSTUB_IMPL_RESIDENT_HYP
			? "the resident hypervisor"
			: "someone else");
	{
		uint32_t hsctlr = 0, address = 0, translated = 0;

		hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, &hsctlr, &address,
			 &translated);
		kprintf("[demo] HYP_CALL_MMU_CHECK: HSCTLR 0x%08x (MMU %s), "
			"0x%08x -> 0x%08x\n",
			hsctlr, hsctlr & SCTLR_M ? "on" : "off", address,
			translated);
	}
	kprintf("[demo] hvc HVC_SET_VECTORS under the hypervisor: %s\n",
		result_name(hypstub_set_vectors(PLAT_RAM_BASE)));
	kprintf("[demo] hvc 0x86001234 (not one of its calls): 0x%08x "
		"(SMCCC_RET_NOT_SUPPORTED)\n",
		hyp_call(0x86001234, 0, 0, 0, NULL, NULL, NULL));
	kprintf("[demo] hyp_uninstall() (HVC_RESET_VECTORS): %s\n",
		hyp_error_string(hyp_uninstall()));
	hypstub_query(&query);
	kprintf("[demo] HYP answered by %s again\n",
		query.implementer == HYPSTUB_IMPL_BOOT_STUB ? "the boot stub"
							    : "someone else");
	kprintf("[demo] done: HYP answers as documented in doc/hyp-abi.md\n");
	plat_exit(0);
}
