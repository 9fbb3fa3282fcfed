// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump on AArch64 ([A64-KEXEC-1], doc/kexec.md): the kernel is
 * its own payload, as in tests/target/kexec.c. Each generation checks what
 * it was entered with against the arm64 Linux protocol (x0 = DTB, x1 = x2 =
 * 0), at EL2 with the MMUs off and DAIF masked; entered at EL1, it must
 * restart at EL1 with no hvc (an hvc would be answered by QEMU's PSCI, and
 * the restart would come back refused).
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test64.h"

#define CHAIN 5
#define STEPS (2 + CHAIN)
#define HIGH_BIT (1ull << 32)

extern const char stub_vectors[];

struct kexec_suite {
	uint64_t generation, step, passed, failed;
};
static struct kexec_suite suite __attribute__((section(".data")));

static int at_el2(void)
{
	return hypstub_boot_mode() == PSR_MODE_HYP;
}

static void check_refusals(void)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	const uint64_t entry = (uint64_t)(uintptr_t)hypstub_entry;
	const uint64_t bad[] = {entry + 2, 0, PLAT_RAM_BASE + PLAT_RAM_SIZE,
				entry | HIGH_BIT};
	struct kexec_image image;
	unsigned int i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++) {
		kexec_image_linux(&image, &memory, bad[i], PLAT_DTB_COPY_ADDR);
		check_eq("kexec(bad entry)", (uint64_t)kexec(&image),
			 (uint64_t)KEXEC_ERR_ENTRY);
		check_eq("kdump(bad entry)", (uint64_t)kdump(&image),
			 (uint64_t)KEXEC_ERR_ENTRY);
	}
	{
		uint64_t current_el;

		__asm__ volatile("mrs %0, CurrentEL" : "=r"(current_el));
		check_eq("still running at EL1", current_el, 1 << 2);
	}
}

static void check_arrival(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());
	uint64_t mode = at_el2() ? PSR_MODE_HYP : PSR_MODE_SVC;

	check_eq("x0 = the DTB", record->r0, PLAT_DTB_COPY_ADDR);
	check_eq("x1", record->r1, 0);
	check_eq("x2", record->r2, 0);
	check_eq("entered at the same EL", record->cpsr & PSR_MODE_MASK, mode);
	check_eq("A, I, F masked", record->cpsr & PSR_AIF_MASK, PSR_AIF_MASK);
	check_eq("SCTLR_EL1.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("the DTB is intact",
		 kexec_fdt_size((const void *)(uintptr_t)record->r0,
				2u << 20) != 0,
		 1);
	if (!at_el2())
		return;
	check_eq("SCTLR_EL2.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("VBAR_EL2: the boot stub's", record->hvbar,
		 (uint64_t)(uintptr_t)stub_vectors);
}

static const char *step_name(uint64_t step)
{
	if (step == 0)
		return "kexec: bad payloads refused";
	if (step == 1)
		return "kdump: payload state";
	return "kexec chain: payload state";
}

static void report(uint64_t step)
{
	int ok = test64_failures == 0;

	suite.passed += ok;
	suite.failed += !ok;
	kprintf("%s %u - [A64-KEXEC-1] [KEXEC-5] %s\n", ok ? "ok" : "not ok",
		(uint32_t)step + 1, step_name(step));
	test64_failures = 0;
}

void hypstub_main(unsigned int cpu)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	struct kexec_image image;

	kernel_cpu_init(cpu);
	if (suite.generation == 0) {
		kprintf("1..%u\n", STEPS);
		if (!kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR,
				    &memory)) {
			kprintf("Bail out! no DTB\n");
			plat_exit(1);
		}
		kprintf("# running 1 0 [A64-KEXEC-1]\n");
		check_refusals();
		report(suite.step++);
	} else {
		check_arrival();
		report(suite.step++);
	}
	suite.generation++;
	if (suite.step >= STEPS) {
		kprintf("# summary: %u passed, %u failed\n",
			(uint32_t)suite.passed, (uint32_t)suite.failed);
		plat_exit(suite.failed ? 1 : 0);
	}
	kprintf("# running %u %u [A64-KEXEC-1]\n", (uint32_t)suite.step + 1,
		(uint32_t)suite.step);
	kexec_image_linux(&image, &memory, (uint64_t)(uintptr_t)hypstub_entry,
			  PLAT_DTB_COPY_ADDR);
	if (suite.step == 1)
		kdump(&image);
	else
		kexec(&image);
	kprintf("Bail out! the restart returned\n");
	plat_exit(1);
}
