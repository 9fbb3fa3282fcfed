// SPDX-License-Identifier: BSD-2-Clause
/*
 * The trace oracle's AArch64 kernel (tools/trace-oracle --arch arm64,
 * doc/robustness.md): one restart, chosen by the word poked at
 * ORACLE_SCENARIO_ADDR (tests/oracle/oracle.h, the same numbers as on
 * AArch32), run under QEMU's per-instruction log. It makes the state dirty
 * first: the EL1 MMU and caches on, a buffer written through them, DAIF
 * unmasked. The payload is oracle_payload (oracle_payload.S), an arm64
 * Image that only ends QEMU: the verdict is the trace's, not this kernel's.
 * It prints what the oracle needs to judge the trace: the smallest data
 * cache line (CTR_EL0), the geometry of each data cache level (to count a
 * set/way pass, should one appear) and the DTB's size. Scenario 7 is the
 * kernel entered at EL1 (virtualization=off): kdump() with no EL2 to call.
 * Scenarios 8 and 9 start every other CPU and install the hypervisor on it
 * first, then stop them (each restarts into plat_psci_cpu_off at EL2) before
 * kdump() or kexec().
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "../oracle.h"

#define FDT_MAX_SIZE (2u << 20)

extern const char oracle_payload[], oracle_payload_end[];
void oracle_soft_restart(uint64_t entry, uint64_t dtb, uint64_t payload_size,
			 uint64_t dtb_size);

/* Written through the cache just before the restart: dirty lines. */
static volatile uint64_t oracle_dirty[512];

static struct kexec_image oracle_image;
static int oracle_kind;
static uint32_t oracle_dtb_size;

static void oracle_make_dirty(void)
{
	unsigned int i;

	for (i = 0; i < sizeof(oracle_dirty) / sizeof(oracle_dirty[0]); i++)
		oracle_dirty[i] = 0x0dd0c0de + i;
}

static void __attribute__((noreturn)) oracle_restart(void)
{
	hypstub_reg_t result = 0;

	if (oracle_kind >= ORACLE_SMP_KDUMP) {
		/* As Linux's crash path: the others first, each off in EL2. */
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
		/* Unmasked, caches on: only the clean the ABI asks for. */
		oracle_soft_restart(oracle_image.entry, oracle_image.r0,
				    (uint64_t)(uintptr_t)oracle_payload_end -
					    (uint64_t)(uintptr_t)oracle_payload,
				    oracle_dtb_size);
		break;
	case ORACLE_KEXEC:
	case ORACLE_SMP_KEXEC:
		result = (hypstub_reg_t)(int64_t)kexec(&oracle_image);
		break;
	default:
		result = (hypstub_reg_t)(int64_t)kdump(&oracle_image);
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

/* What the oracle measures a by-VA clean and a set/way pass with. */
static void oracle_print_caches(void)
{
	uint64_t ctr, clidr, ccsidr;
	uint32_t coherency, level;

	__asm__ volatile("mrs %0, ctr_el0" : "=r"(ctr));
	kprintf("oracle: dcache line %u\n", 4u << ((ctr >> 16) & 0xf));
	__asm__ volatile("mrs %0, clidr_el1" : "=r"(clidr));
	coherency = (clidr >> 24) & 7;
	for (level = 0; level < coherency; level++) {
		if (((clidr >> (3 * level)) & 7) < 2)
			continue;
		__asm__ volatile("msr csselr_el1, %0\n\tisb" ::"r"(
			(uint64_t)level << 1));
		__asm__ volatile("mrs %0, ccsidr_el1" : "=r"(ccsidr));
		kprintf("oracle: cache level %u sets %u ways %u line %u\n",
			level, (uint32_t)((ccsidr >> 13) & 0x7fff) + 1,
			(uint32_t)((ccsidr >> 3) & 0x3ff) + 1,
			16u << (ccsidr & 7));
	}
	__asm__ volatile("msr csselr_el1, xzr\n\tisb");
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
		kprintf("oracle: no such scenario, or EL2 not as it needs\n");
		plat_exit(ORACLE_EXIT_USAGE);
	}
	hypstub_memory(&memory.base, &memory.size);
	if (kexec_image_arm64(&oracle_image, &memory,
			      (hypstub_reg_t)(uintptr_t)oracle_payload,
			      PLAT_DTB_ADDR) != KEXEC_OK) {
		kprintf("oracle: the payload was refused\n");
		plat_exit(ORACLE_EXIT_USAGE);
	}
	oracle_dtb_size = kexec_fdt_size((const void *)(uintptr_t)PLAT_DTB_ADDR,
					 FDT_MAX_SIZE);
	kprintf("oracle: dtb 0x%x size %u\n", (uint32_t)PLAT_DTB_ADDR,
		oracle_dtb_size);
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
		__asm__ volatile("msr daifclr, #0xf" ::: "memory");
		kernel_send_sgi_to_self(1);
		for (;;)
			__asm__ volatile("wfi");
	}
	__asm__ volatile("msr daifclr, #0xf" ::: "memory");
	oracle_restart();
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_secondary_loop(cpu);
}
