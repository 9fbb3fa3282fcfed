// SPDX-License-Identifier: BSD-2-Clause
/*
 * The trace oracle's kernel (tools/trace-oracle, doc/robustness.md): one
 * restart, chosen by the word poked at ORACLE_SCENARIO_ADDR, run under
 * QEMU's per-instruction log. It makes the state dirty first: the SVC MMU
 * and caches on, a buffer written through them, A, I and F unmasked. The
 * payload is oracle_payload (oracle_payload.S), which only ends QEMU: the
 * verdict is the trace's, not this kernel's. Scenario 7 is the kernel
 * entered in SVC (virtualization=off): kdump() with no HYP to call.
 * Scenarios 8 and 9 start every other CPU and install the hypervisor on it
 * first, then stop them (each restarts into plat_psci_cpu_off in HYP) before
 * kdump() or kexec().
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "oracle.h"

extern const char oracle_payload[];

/* Written through the cache just before the restart: dirty lines. */
static volatile uint32_t oracle_dirty[1024];

static struct kexec_image oracle_image;
static int oracle_kind;

static void oracle_make_dirty(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(oracle_dirty) / sizeof(oracle_dirty[0]); i++)
		oracle_dirty[i] = 0x0dd0c0de + i;
}

static void __attribute__((noreturn)) oracle_restart(void)
{
	hypstub_reg_t result;

	if (oracle_kind >= ORACLE_SMP_KDUMP) {
		/* As Linux's crash path: the others first, each off in HYP. */
		uint32_t still_on =
			kernel_stop_other_cpus(oracle_kind == ORACLE_SMP_KEXEC,
					       ORACLE_STOP_TIMEOUT_US);

		if (still_on) {
			kprintf("oracle: CPUs still on: 0x%x\n", still_on);
			plat_exit(ORACLE_EXIT_USAGE);
		}
	}
	oracle_make_dirty();
	switch (oracle_kind) {
	case ORACLE_STUB_SOFT_RESTART:
	case ORACLE_HYP_SOFT_RESTART:
		/* As a careless caller would: unmasked, caches on. */
		result = hypstub_soft_restart(oracle_image.entry,
					      oracle_image.r0, oracle_image.r1,
					      oracle_image.r2);
		break;
	case ORACLE_KEXEC:
	case ORACLE_SMP_KEXEC:
		result = (hypstub_reg_t)kexec(&oracle_image);
		break;
	default:
		result = (hypstub_reg_t)kdump(&oracle_image);
		break;
	}
	kprintf("oracle: the restart returned 0x%x\n", (uint32_t)result);
	plat_exit(ORACLE_EXIT_RETURNED);
}

static void oracle_irq(uint32_t iar)
{
	kernel_irq_end(iar);
	oracle_restart();
}

/*
 * The geometry of every data or unified cache level below the level of
 * coherency, from CLIDR and CCSIDR, for the oracle to check a pass against
 * (the code under test reads them again itself). Level n is DCCISW's n.
 */
static void oracle_print_caches(void)
{
	uint32_t clidr = read_clidr();
	uint32_t coherency = (clidr >> 24) & 7;
	uint32_t level, ccsidr;

	for (level = 0; level < coherency; level++) {
		if (((clidr >> (3 * level)) & 7) < 2)
			continue;
		write_csselr(level << 1);
		isb();
		ccsidr = read_ccsidr();
		kprintf("oracle: cache level %u sets %u ways %u line %u\n",
			level, ((ccsidr >> 13) & 0x7fff) + 1,
			((ccsidr >> 3) & 0x3ff) + 1, 16u << (ccsidr & 7));
	}
	write_csselr(0);
	isb();
}

static void oracle_install(unsigned int cpu, void *arg)
{
	int *result = arg;

	(void)cpu;
	*result = hyp_install();
}

/* Every other CPU started, the hypervisor installed on it, then idle. */
static void oracle_start_others(void)
{
	unsigned int cpu, started = kernel_start_secondaries();
	uint32_t online = kernel_online_mask();
	int result;

	kprintf("oracle: %u other CPUs\n", started);
	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++) {
		if (!(online & (1u << cpu)) || cpu == plat_cpu_index())
			continue;
		result = HYP_OK + 1;
		kernel_run_on(cpu, oracle_install, &result, 1);
		if (result != HYP_OK) {
			kprintf("oracle: hyp_install on CPU %u failed\n", cpu);
			plat_exit(ORACLE_EXIT_USAGE);
		}
	}
}

void hypstub_main(unsigned int cpu)
{
	struct kexec_memory memory;

	kernel_cpu_init(cpu);
	oracle_kind = (int)*(volatile uint32_t *)ORACLE_SCENARIO_ADDR;
	kprintf("oracle: scenario %d\n", oracle_kind);
	if (oracle_kind < ORACLE_STUB_SOFT_RESTART ||
	    oracle_kind > ORACLE_SMP_KEXEC ||
	    hypstub_hyp_available() != (oracle_kind != ORACLE_KDUMP_NO_HYP)) {
		kprintf("oracle: no such scenario, or HYP not as it needs\n");
		plat_exit(ORACLE_EXIT_USAGE);
	}
	hypstub_memory(&memory.base, &memory.size);
	if (kexec_image_linux(&oracle_image, &memory,
			      (hypstub_reg_t)(uintptr_t)oracle_payload,
			      PLAT_DTB_ADDR) != KEXEC_OK) {
		kprintf("oracle: the payload was refused\n");
		plat_exit(ORACLE_EXIT_USAGE);
	}
	if (oracle_kind != ORACLE_STUB_SOFT_RESTART &&
	    oracle_kind != ORACLE_KDUMP_STUB &&
	    oracle_kind != ORACLE_KDUMP_NO_HYP && hyp_install() != HYP_OK) {
		kprintf("oracle: hyp_install failed\n");
		plat_exit(ORACLE_EXIT_USAGE);
	}
	if (oracle_kind >= ORACLE_SMP_KDUMP)
		oracle_start_others();
	oracle_print_caches();
	kernel_mmu_enable();
	kernel_gic_init();
	kprintf("oracle: restarting\n");
	if (oracle_kind == ORACLE_KDUMP_IRQ) {
		kernel_set_irq_hook(oracle_irq);
		__asm__ volatile("cpsie aif" ::: "memory");
		kernel_send_sgi_to_self(1);
		for (;;)
			__asm__ volatile("wfi");
	}
	__asm__ volatile("cpsie aif" ::: "memory");
	oracle_restart();
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_secondary_loop(cpu);
}
