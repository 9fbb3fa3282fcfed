// SPDX-License-Identifier: BSD-2-Clause
/*
 * The demo kernel: boots on the stub and tells what happened. (The kdump
 * story, with a resident hypervisor and a crash kernel, comes with the
 * hypervisor and kexec work; see the issues.)
 */
#include <arch/arm/sysreg.h>
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
	kprintf("[demo] done: the stub answers as documented in "
		"doc/hyp-abi.md\n");
	plat_exit(0);
}
