// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump: what the payload receives (doc/kexec.md). The kernel is
 * its own payload: each generation checks what it was entered with (its boot
 * record, taken before anything ran) against what the previous generation
 * promised, then sets up the next scenario and restarts. State that must
 * survive a restart lives in .data, which a restart does not reload.
 *
 * Entered in HYP it runs the HYP scenarios (with and without the resident
 * hypervisor, SVC MMU on and off, task and IRQ context, a chain of ten);
 * entered in SVC (virtualization=off) the SVC ones, where the payload must
 * start in SVC and no hvc may be issued: under secure=on an hvc is
 * UNDEFINED, which the kernel reports as a failure.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test_kernel.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define KEXEC_SGI 1

extern const char stub_vectors[];
extern const char hyp_vectors[];

enum restart_kind { KIND_KEXEC, KIND_KDUMP, KIND_REFUSALS };

struct scenario {
	const char *rules;
	const char *name;
	enum restart_kind kind;
	int with_hyp; /* resident hypervisor installed first */
	int svc_mmu;  /* SVC MMU and caches on at the restart */
	int from_irq; /* kdump from an IRQ handler */
};

static const struct scenario hyp_scenarios[] = {
	{"[KEXEC-5] [KEXEC-9]", "bad payloads refused, DTB copied",
	 KIND_REFUSALS, 1, 0, 0},
	{"[KEXEC-1] [KEXEC-2] [KEXEC-3] [KEXEC-4] [KEXEC-5]",
	 "kexec, boot stub, SVC MMU off", KIND_KEXEC, 0, 0, 0},
	{"[KEXEC-1] [KEXEC-2] [KEXEC-3] [KEXEC-5]",
	 "kexec, boot stub, SVC MMU on", KIND_KEXEC, 0, 1, 0},
	{"[KEXEC-1] [KEXEC-4] [KEXEC-6]",
	 "kexec, resident hypervisor, SVC MMU on", KIND_KEXEC, 1, 1, 0},
	{"[KDUMP-1] [KEXEC-1] [KEXEC-2] [KEXEC-3]",
	 "kdump, boot stub, SVC MMU on", KIND_KDUMP, 0, 1, 0},
	{"[KDUMP-1] [KDUMP-2] [KEXEC-4]",
	 "kdump, resident hypervisor (HYP MMU on), SVC MMU on", KIND_KDUMP, 1,
	 1, 0},
	{"[KDUMP-3]", "kdump from an IRQ handler, resident hypervisor",
	 KIND_KDUMP, 1, 1, 1},
	{"[KDUMP-3]", "kdump from an IRQ handler, boot stub", KIND_KDUMP, 0, 0,
	 1},
};

static const struct scenario svc_scenarios[] = {
	{"[KEXEC-5] [KEXEC-9]", "bad payloads refused, DTB copied",
	 KIND_REFUSALS, 0, 0, 0},
	{"[KEXEC-7]", "kexec entered in SVC: payload in SVC, no hvc",
	 KIND_KEXEC, 0, 1, 0},
	{"[KEXEC-7]", "kdump entered in SVC: payload in SVC, no hvc",
	 KIND_KDUMP, 0, 1, 0},
	{"[KEXEC-7] [KDUMP-3]", "kdump from an IRQ handler entered in SVC",
	 KIND_KDUMP, 0, 0, 1},
};

#define CHAIN_LENGTH 10

/* Kept in .data across restarts. */
struct kexec_suite {
	uint32_t generation; /* restarts done */
	uint32_t step;	     /* index of the check the next generation does */
	uint32_t dtb;	     /* where the DTB copy is */
	uint32_t passed;
	uint32_t failed;
};
static struct kexec_suite suite __attribute__((section(".data")));

static int failures;

/* A halt in HYP code ends QEMU at once (see tests/target/conformance.c). */
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

static int hyp_boot(void)
{
	return hypstub_boot_mode() == PSR_MODE_HYP;
}

static const struct scenario *scenarios(uint32_t *count)
{
	if (hyp_boot()) {
		*count = ARRAY_SIZE(hyp_scenarios);
		return hyp_scenarios;
	}
	*count = ARRAY_SIZE(svc_scenarios);
	return svc_scenarios;
}

/* The steps: every scenario, then the chain (HYP boots only). */
static uint32_t step_count(void)
{
	uint32_t count;

	scenarios(&count);
	return count + (hyp_boot() ? CHAIN_LENGTH : 0);
}

static void describe_step(uint32_t step, const char **rules, const char **name,
			  struct scenario *scenario)
{
	uint32_t count;
	const struct scenario *list = scenarios(&count);

	if (step < count) {
		*scenario = list[step];
		*rules = list[step].rules;
		*name = list[step].name;
		return;
	}
	/* The chain alternates kexec with and without the hypervisor. */
	scenario->kind = KIND_KEXEC;
	scenario->with_hyp = (step - count) % 2;
	scenario->svc_mmu = 1;
	scenario->from_irq = 0;
	*rules = "[KEXEC-8]";
	*name = "kexec chain, one generation";
}

/* ---- what the payload (this image, entered again) checks ---- */

static void check_arrival(void)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(0);
	uint32_t mode = hyp_boot() ? PSR_MODE_HYP : PSR_MODE_SVC;

	check_eq("payload r0", record->r0, 0);
	check_eq("payload r1", record->r1, KEXEC_LINUX_MACHINE_DT);
	check_eq("payload r2 (DTB)", record->r2, suite.dtb);
	check_eq("payload mode", record->cpsr & PSR_MODE_MASK, mode);
	check_eq("payload A, I, F masked", record->cpsr & PSR_AIF_MASK,
		 PSR_AIF_MASK);
	check_eq("payload SCTLR.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("the DTB is intact",
		 kexec_fdt_size((const void *)(uintptr_t)record->r2,
				PLAT_RAM_BASE + PLAT_RAM_SIZE - record->r2) !=
			 0,
		 1);
	if (mode != PSR_MODE_HYP)
		return;
	check_eq("payload HSCTLR.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("payload HVBAR: the boot stub's, not the hypervisor's",
		 record->hvbar, (uint32_t)(uintptr_t)stub_vectors);
	check_eq("the restarted kernel has the stub (no hypervisor)",
		 (uint32_t)hyp_installed(), 0);
}

/* ---- refusals: nothing is torn down, the kernel goes on ---- */

static void check_refusals(int with_hyp)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	const uint32_t ram_end = PLAT_RAM_BASE + PLAT_RAM_SIZE;
	const uint32_t entry = (uint32_t)(uintptr_t)hypstub_entry;
	const uint32_t bad_entries[] = {entry + 2, entry + 1, 0, ram_end,
					0x08000000};
	struct kexec_image image;
	uint32_t i, size;

	if (with_hyp)
		check_eq("hyp_install()", (uint32_t)hyp_install(), HYP_OK);
	for (i = 0; i < ARRAY_SIZE(bad_entries); i++) {
		check_eq("kexec_image_linux(bad entry)",
			 (uint32_t)kexec_image_linux(&image, &memory,
						     bad_entries[i], suite.dtb),
			 (uint32_t)KEXEC_ERR_ENTRY);
		check_eq("kexec(bad entry)", (uint32_t)kexec(&image),
			 (uint32_t)KEXEC_ERR_ENTRY);
		check_eq("kdump(bad entry)", (uint32_t)kdump(&image),
			 (uint32_t)KEXEC_ERR_ENTRY);
	}
	check_eq("kexec_image_linux(misaligned DTB)",
		 (uint32_t)kexec_image_linux(&image, &memory, entry,
					     suite.dtb + 4),
		 (uint32_t)KEXEC_ERR_DTB);
	check_eq("kexec_image_linux(DTB outside RAM)",
		 (uint32_t)kexec_image_linux(&image, &memory, entry, 0x1000),
		 (uint32_t)KEXEC_ERR_DTB);
	check_eq("still running in SVC", read_cpsr() & PSR_MODE_MASK,
		 PSR_MODE_SVC);
	if (with_hyp) {
		check_eq("the hypervisor is still installed",
			 (uint32_t)hyp_installed(), 1);
		check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	}

	size = kexec_fdt_size((const void *)(uintptr_t)suite.dtb,
			      ram_end - suite.dtb);
	check_eq("the copy has a DTB's size", size != 0, 1);
	check_eq("the copy equals QEMU's DTB",
		 (uint32_t)memcmp((const void *)(uintptr_t)suite.dtb,
				  (const void *)(uintptr_t)PLAT_DTB_ADDR, size),
		 0);
	check_eq("copy onto itself refused",
		 kexec_copy_dtb(suite.dtb + 8, suite.dtb, &memory), 0);
	check_eq("copy of something that is not a DTB refused",
		 kexec_copy_dtb(suite.dtb - 0x100000, entry, &memory), 0);
	check_eq("copy past the end of RAM refused",
		 kexec_copy_dtb(ram_end - 8, suite.dtb, &memory), 0);
	check_eq("copy to a misaligned place refused",
		 kexec_copy_dtb(suite.dtb - 0x100004, suite.dtb, &memory), 0);
}

/* ---- what a generation does to restart ---- */

static struct kexec_image next_image;
static enum restart_kind next_kind;

static void restart_now(void) __attribute__((noreturn));
static void restart_now(void)
{
	int result;

	if (next_kind == KIND_KEXEC)
		result = kexec(&next_image);
	else
		result = kdump(&next_image);
	kprintf("Bail out! the restart returned %d\n", result);
	plat_exit(1);
}

static void kdump_from_irq(uint32_t iar)
{
	if (kernel_irq_number(iar) != KEXEC_SGI) {
		kprintf("Bail out! unexpected IRQ %u\n",
			kernel_irq_number(iar));
		plat_exit(1);
	}
	/*
	 * A panic in IRQ context: no return, straight to kdump. The interrupt
	 * is ended first, as Linux's crash path does for every active one:
	 * an SGI left active would never be delivered to the crash kernel.
	 */
	kernel_irq_end(iar);
	restart_now();
}

static void launch(const struct scenario *scenario) __attribute__((noreturn));

static void launch(const struct scenario *scenario)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	int result;

	result = kexec_image_linux(&next_image, &memory,
				   (uint32_t)(uintptr_t)hypstub_entry,
				   suite.dtb);
	if (result != KEXEC_OK) {
		kprintf("Bail out! kexec_image_linux: %d\n", result);
		plat_exit(1);
	}
	next_kind = scenario->kind;
	if (scenario->with_hyp) {
		result = hyp_install();
		if (result != HYP_OK) {
			kprintf("Bail out! hyp_install: %s\n",
				hyp_error_string(result));
			plat_exit(1);
		}
	}
	if (scenario->svc_mmu)
		kernel_mmu_enable();
	if (scenario->from_irq) {
		kernel_gic_init();
		kernel_set_irq_hook(kdump_from_irq);
		kernel_send_sgi_to_self(KEXEC_SGI);
		__asm__ volatile("cpsie i\n\tisb" ::: "memory");
		for (;;)
			__asm__ volatile("wfi");
	}
	restart_now();
}

static void report(uint32_t step)
{
	const char *rules, *name;
	struct scenario scenario;

	describe_step(step, &rules, &name, &scenario);
	if (failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", step + 1, rules, name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", step + 1, rules, name);
	}
}

void hypstub_main(unsigned int cpu)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	const char *rules, *name;
	struct scenario scenario;

	kernel_cpu_init(cpu);
	if (suite.generation == 0) {
		/* The runner may start at a later step, after one that hung. */
		suite.step = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		if (suite.step == 0)
			kprintf("1..%u\n", step_count());
		kprintf("# booted in %s\n", hyp_boot() ? "HYP" : "SVC");
		if (kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR,
				   &memory) == 0) {
			kprintf("Bail out! no DTB at 0x%08x\n", PLAT_DTB_ADDR);
			plat_exit(1);
		}
		suite.dtb = PLAT_DTB_COPY_ADDR;
	} else {
		failures = 0;
		check_arrival();
		report(suite.step++);
	}
	suite.generation++;
	for (;;) {
		if (suite.step >= step_count()) {
			kprintf("# summary: %u generations, %u passed, "
				"%u failed\n",
				suite.generation, suite.passed, suite.failed);
			plat_exit(suite.failed ? 1 : 0);
		}
		describe_step(suite.step, &rules, &name, &scenario);
		/* For the runner: TAP number, index, rules; then the name. */
		kprintf("# running %u %u %s\n# %s\n", suite.step + 1,
			suite.step, rules, name);
		if (scenario.kind != KIND_REFUSALS)
			launch(&scenario);
		failures = 0;
		check_refusals(scenario.with_hyp);
		report(suite.step++);
	}
}
