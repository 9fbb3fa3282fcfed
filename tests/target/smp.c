// SPDX-License-Identifier: BSD-2-Clause
/*
 * Every CPU (doc/hyp-abi.md, "Every CPU"): run under QEMU with -smp 2 or 4.
 * The kernel is its own crash kernel, as in tests/target/kexec.c: state that
 * must survive a restart lives in .data.
 *
 * Generation 1, on CPU 0: start the secondaries; the stub on each; the
 * hypervisor on one CPU, then on all; an hvc storm on all CPUs at once; then
 * with the hypervisor on every CPU and (with 3 or more CPUs) CPU 1 stuck
 * with IRQs masked, the last CPU panics: kdump stops the others.
 * Generation 2, on the last CPU: the crash kernel starts the stopped CPUs
 * again, each in HYP, installs the hypervisor everywhere and kexecs: every
 * CPU uninstalls and powers off. Generation 3 starts them once more.
 *
 * With the word at TEST_CASE_ADDR set to 1 it runs the mode-mismatch case
 * instead: CPU 1 is started through "bad firmware" that drops it to SVC.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/psci.h>
#include <plat/uart.h>

#include "test_kernel.h"

#define STORM_ROUNDS 300
#define STOP_TIMEOUT_US 200000
#define CASE_MISMATCH 1

extern const char stub_vectors[];

struct smp_suite {
	uint32_t generation;
	uint32_t test;	    /* TAP number of the last test reported */
	uint32_t cpus;	    /* CPUs the machine has */
	uint32_t stuck_cpu; /* the CPU left spinning, or PLAT_MAX_CPUS */
	uint32_t panic_cpu; /* the CPU that panicked */
	uint32_t still_on;  /* CPUs kdump reported as not stopping */
	uint32_t passed, failed;
};
static struct smp_suite suite __attribute__((section(".data")));

static int failures;
/* Per-CPU results of work run on each CPU. */
static volatile uint32_t results[PLAT_MAX_CPUS][4];

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

static void check_eq(const char *what, uint32_t actual, uint32_t expected)
{
	if (actual == expected)
		return;
	failures++;
	kprintf("#   FAILED: %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
}

static void begin(const char *rules)
{
	failures = 0;
	kprintf("# running %u %u %s\n", suite.test + 1, suite.test, rules);
}

static void end(const char *rules, const char *name)
{
	suite.test++;
	if (failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", suite.test, rules, name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", suite.test, rules, name);
	}
}

/* ---- work run on a CPU ---- */

static uint32_t implementer(void)
{
	struct hypstub_query_result query;

	hypstub_query(&query);
	return query.implementer;
}

static void work_query(unsigned int cpu, void *arg)
{
	(void)arg;
	results[cpu][0] = implementer();
	results[cpu][1] = hypstub_boot_record(cpu)->cpsr & PSR_MODE_MASK;
}

static void work_install(unsigned int cpu, void *arg)
{
	(void)arg;
	results[cpu][0] = (uint32_t)hyp_install();
	results[cpu][1] = implementer();
	hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, (uint32_t *)&results[cpu][2],
		 NULL, NULL);
}

static void work_uninstall(unsigned int cpu, void *arg)
{
	(void)arg;
	results[cpu][0] = (uint32_t)hyp_uninstall();
	results[cpu][1] = implementer();
}

static void work_storm(unsigned int cpu, void *arg)
{
	uint32_t round, bad = 0;
	struct hypstub_regs regs;

	(void)arg;
	for (round = 0; round < STORM_ROUNDS; round++) {
		bad += implementer() != HYPSTUB_IMPL_BOOT_STUB;
		bad += hyp_install() != HYP_OK;
		bad += hyp_call(HYP_CALL_PING, round, 0, 0, NULL, NULL, NULL) !=
		       0;
		bad += implementer() != HYPSTUB_IMPL_RESIDENT_HYP;
		bad += hypstub_set_vectors(PLAT_RAM_BASE + 4) != HVC_STUB_ERR;
		/* An ID of the vendor range that nothing answers (not
		 * discovery). */
		regs = (struct hypstub_regs){.r0 = 0x8600f000 + cpu};
		hypstub_hvc(&regs);
		bad += regs.r0 != SMCCC_RET_NOT_SUPPORTED;
		bad += hyp_uninstall() != HYP_OK;
		bad += hypstub_soft_restart(3, 0, 0, 0) != HVC_STUB_ERR;
	}
	results[cpu][0] = bad;
	results[cpu][1] = round;
}

static void work_stuck(unsigned int cpu, void *arg)
{
	(void)arg;
	results[cpu][0] = 1;
	/* IRQs masked and spinning: it cannot answer the stop IPI. */
	__asm__ volatile("cpsid if" ::: "memory");
	for (;;)
		;
}

static void work_panic(unsigned int cpu, void *arg);

/* Run work on every online CPU at once, this one included; wait for all. */
static void run_everywhere(void (*work)(unsigned int, void *))
{
	uint32_t online = kernel_online_mask();
	unsigned int cpu;

	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++)
		if ((online & (1u << cpu)) && cpu != plat_cpu_index())
			kernel_run_on(cpu, work, NULL, 0);
	work(plat_cpu_index(), NULL);
	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++)
		if ((online & (1u << cpu)) && cpu != plat_cpu_index())
			kernel_wait_for(cpu);
}

static void check_all(const char *what, uint32_t index, uint32_t expected)
{
	uint32_t online = kernel_online_mask();
	unsigned int cpu;

	for (cpu = 0; cpu < PLAT_MAX_CPUS; cpu++) {
		if (!(online & (1u << cpu)))
			continue;
		if (results[cpu][index] != expected)
			kprintf("#   on CPU %u:\n", cpu);
		check_eq(what, results[cpu][index], expected);
	}
}

/* ---- generation 1 ---- */

static void test_start_secondaries(void)
{
	unsigned int cpu;

	begin("[SMP-BOOT-1]");
	suite.cpus = kernel_start_secondaries() + 1;
	kprintf("#   %u CPUs\n", suite.cpus);
	check_eq("more than one CPU", suite.cpus > 1, 1);
	run_everywhere(work_query);
	check_all("the stub answers on every CPU", 0, HYPSTUB_IMPL_BOOT_STUB);
	check_all("every CPU entered in HYP", 1, PSR_MODE_HYP);
	for (cpu = 0; cpu < suite.cpus; cpu++)
		check_eq("entered this boot", hypstub_cpu_entered(cpu), 1);
	check_eq("no mismatch", hypstub_mode_mismatch(NULL, NULL), 0);
	end("[SMP-BOOT-1]", "secondaries enter in HYP with the stub");
}

static void test_per_cpu(void)
{
	begin("[SMP-HYP-1]");
	kernel_run_on(1, work_install, NULL, 1);
	check_eq("install on CPU 1", results[1][0], HYP_OK);
	check_eq("CPU 1 answers as the hypervisor", results[1][1],
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("CPU 0 still has the stub", implementer(),
		 HYPSTUB_IMPL_BOOT_STUB);
	check_eq("hyp_installed() on CPU 0", (uint32_t)hyp_installed(), 0);
	kernel_run_on(1, work_uninstall, NULL, 1);
	check_eq("uninstall on CPU 1", results[1][0], HYP_OK);
	check_eq("CPU 1 has the stub again", results[1][1],
		 HYPSTUB_IMPL_BOOT_STUB);
	end("[SMP-HYP-1]", "a call on one CPU leaves the others alone");
}

static void test_everywhere(void)
{
	begin("[SMP-HYP-2]");
	run_everywhere(work_install);
	check_all("install", 0, HYP_OK);
	check_all("answers as the hypervisor", 1, HYPSTUB_IMPL_RESIDENT_HYP);
	check_all("MMU check", 2, SCTLR_M | SCTLR_C | SCTLR_I);
	run_everywhere(work_uninstall);
	check_all("uninstall", 0, HYP_OK);
	check_all("the stub again", 1, HYPSTUB_IMPL_BOOT_STUB);
	end("[SMP-HYP-2]", "install and uninstall on every CPU");
}

static void test_storm(void)
{
	begin("[SMP-STORM-1]");
	run_everywhere(work_storm);
	check_all("wrong answers in the storm", 0, 0);
	check_all("rounds", 1, STORM_ROUNDS);
	end("[SMP-STORM-1]", "hvc storm on every CPU at once");
}

static void start_kdump_from_last_cpu(void) __attribute__((noreturn));
static void start_kdump_from_last_cpu(void)
{
	unsigned int last = suite.cpus - 1;

	run_everywhere(work_install);
	check_all("install before the panic", 0, HYP_OK);
	suite.stuck_cpu = PLAT_MAX_CPUS;
	if (suite.cpus >= 3) {
		suite.stuck_cpu = 1;
		kernel_run_on(1, work_stuck, NULL, 0);
		while (!results[1][0])
			;
	}
	suite.panic_cpu = last;
	kprintf("# running %u %u [SMP-KDUMP-1] [SMP-KDUMP-2] [SMP-KDUMP-3]\n",
		suite.test + 1, suite.test);
	kernel_run_on(last, work_panic, NULL, 0);
	/* This CPU idles like a secondary: the panic will stop it too. */
	kernel_secondary_loop(plat_cpu_index());
}

/* On the panicking CPU: stop the others, then kdump into this image. */
static void work_panic(unsigned int cpu, void *arg)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	struct kexec_image image;

	(void)arg;
	kprintf("# CPU %u panics\n", cpu);
	__asm__ volatile("cpsid if" ::: "memory");
	suite.still_on = kernel_stop_other_cpus(0, STOP_TIMEOUT_US);
	kprintf("# kdump: CPUs still on after the stop: 0x%x\n",
		suite.still_on);
	kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR, &memory);
	kexec_image_linux(&image, &memory, (uint32_t)(uintptr_t)hypstub_entry,
			  PLAT_DTB_COPY_ADDR);
	suite.generation = 1;
	kdump(&image);
	kprintf("Bail out! kdump returned\n");
	plat_exit(1);
}

/* ---- generations 2 and 3: the crash kernel ---- */

static void check_restarted_smp(const char *rules, const char *name,
				uint32_t expected_still_on)
{
	unsigned int cpu;
	uint32_t others = 0;

	begin(rules);
	check_eq("boot CPU", hypstub_boot_cpu_index(), suite.panic_cpu);
	check_eq("entered in HYP", hypstub_boot_mode(), PSR_MODE_HYP);
	check_eq("CPUs reported as not stopping", suite.still_on,
		 expected_still_on);
	for (cpu = 0; cpu < suite.cpus; cpu++) {
		int32_t state = plat_psci_affinity_info(plat_cpu_mpidr(cpu));

		if (cpu == suite.panic_cpu)
			continue;
		if (cpu == suite.stuck_cpu) {
			check_eq("the stuck CPU is still on", (uint32_t)state,
				 PSCI_AFFINITY_ON);
			check_eq("CPU_ON of the stuck CPU",
				 (uint32_t)kernel_start_cpu(cpu),
				 (uint32_t)PSCI_RET_ALREADY_ON);
			continue;
		}
		check_eq("a stopped CPU is off", (uint32_t)state,
			 PSCI_AFFINITY_OFF);
		check_eq("CPU_ON starts it again",
			 (uint32_t)kernel_start_cpu(cpu), PSCI_RET_SUCCESS);
		others |= 1u << cpu;
	}
	/* tests/target/cpu-off-mode.sh reads it: in which mode they went. */
	kprintf("# found off after the stop: CPUs 0x%x\n", others);
	run_everywhere(work_query);
	for (cpu = 0; cpu < suite.cpus; cpu++) {
		if (!(others & (1u << cpu)))
			continue;
		check_eq("restarted CPU entered in HYP", results[cpu][1],
			 PSR_MODE_HYP);
		check_eq("restarted CPU has the stub", results[cpu][0],
			 HYPSTUB_IMPL_BOOT_STUB);
	}
	end(rules, name);
}

static void kexec_everywhere(void)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	struct kexec_image image;

	run_everywhere(work_install);
	check_all("install before kexec", 0, HYP_OK);
	kprintf("# running %u %u [SMP-KEXEC-1]\n", suite.test + 1, suite.test);
	suite.still_on = kernel_stop_other_cpus(1, STOP_TIMEOUT_US);
	kexec_image_linux(&image, &memory, (uint32_t)(uintptr_t)hypstub_entry,
			  PLAT_DTB_COPY_ADDR);
	suite.generation = 2;
	kexec(&image);
	kprintf("Bail out! kexec returned\n");
	plat_exit(1);
}

/* ---- the mismatch case ---- */

/* "Bad firmware": drops the CPU to SVC before the boot entry. */
void bad_firmware_entry(void);
__asm__(".pushsection .text\n"
	".global bad_firmware_entry\n"
	".type bad_firmware_entry, %function\n"
	".balign 4\n"
	".arch_extension virt\n"
	"bad_firmware_entry:\n"
	"	mov r1, #0x1d3\n" /* SVC, A, I, F masked */
	"	msr spsr_cxsf, r1\n"
	"	ldr r1, =hypstub_secondary_entry\n"
	"	msr elr_hyp, r1\n"
	"	eret\n"
	"	.ltorg\n"
	".size bad_firmware_entry, . - bad_firmware_entry\n"
	".popsection\n");

static void run_mismatch(void)
{
	unsigned int cpu = 0;
	uint32_t mode = 0, loops;
	int32_t result;

	kprintf("1..1\n");
	begin("[SMP-MISMATCH-1]");
	check_eq("before: HYP available", (uint32_t)hypstub_hyp_available(), 1);
	result = plat_psci_cpu_on(plat_cpu_mpidr(1),
				  (uint32_t)(uintptr_t)bad_firmware_entry, 1);
	check_eq("CPU_ON", (uint32_t)result, PSCI_RET_SUCCESS);
	for (loops = 0; loops < 50000000 && !kernel_cpu_online(1); loops++)
		;
	check_eq("CPU 1 came up", (uint32_t)kernel_cpu_online(1), 1);
	check_eq("mismatch seen", (uint32_t)hypstub_mode_mismatch(&cpu, &mode),
		 1);
	check_eq("the CPU", cpu, 1);
	check_eq("its mode", mode, PSR_MODE_SVC);
	check_eq("HYP reported unavailable", (uint32_t)hypstub_hyp_available(),
		 0);
	check_eq("hyp_install() refused", (uint32_t)hyp_install(),
		 (uint32_t)HYP_ERR_MODE_MISMATCH);
	kprintf("# hyp_install(): %s\n",
		hyp_error_string(HYP_ERR_MODE_MISMATCH));
	{
		/* The API issues no hvc now; a raw one still finds the stub. */
		struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

		hypstub_hvc(&regs);
		check_eq("the boot stub still in HYP on CPU 0", regs.ip,
			 HYPSTUB_IMPL_BOOT_STUB);
	}
	end("[SMP-MISMATCH-1]", "a secondary entered in SVC");
	kprintf("# summary: %u passed, %u failed\n", suite.passed,
		suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}

void hypstub_secondary_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_secondary_loop(cpu);
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	kernel_gic_init();
	if (suite.generation == 0 &&
	    *(volatile uint32_t *)TEST_CASE_ADDR == CASE_MISMATCH)
		run_mismatch();
	switch (suite.generation) {
	case 0:
		kprintf("1..6\n");
		test_start_secondaries();
		if (suite.cpus < 2) {
			kprintf("Bail out! run with -smp 2 or more\n");
			plat_exit(1);
		}
		test_per_cpu();
		test_everywhere();
		test_storm();
		start_kdump_from_last_cpu();
		break;
	case 1:
		check_restarted_smp("[SMP-KDUMP-1] [SMP-KDUMP-2] [SMP-KDUMP-3]",
				    "kdump on a secondary CPU stops the others",
				    suite.stuck_cpu < PLAT_MAX_CPUS
					    ? 1u << suite.stuck_cpu
					    : 0);
		kexec_everywhere();
		break;
	default:
		check_restarted_smp(
			"[SMP-KEXEC-1]",
			"kexec: every CPU uninstalls and powers off", 0);
		kprintf("# summary: %u passed, %u failed\n", suite.passed,
			suite.failed);
		plat_exit(suite.failed ? 1 : 0);
	}
	for (;;)
		;
}
