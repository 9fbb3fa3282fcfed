// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot entry resets what a boot loader left in HYP ([BOOT-3]), tested
 * from a dirty start: QEMU's reset values already satisfy the rule, so the
 * first generation has tests/target/dirty_vectors.S write junk into HCR,
 * HSTR, HCPTR, HDCR, CNTHCTL, CNTVOFF, VPIDR, VMPIDR and HSCTLR.WXN and
 * enter hypstub_entry again, in HYP, as a boot loader would; the second
 * generation probes HYP and checks every one was reset. Prints TAP.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test_kernel.h"

extern const char dirty_vectors[];
extern const char stub_vectors[];

/* In .data: a restart into this image keeps it. */
static volatile uint32_t dirty_generation = 1;
static unsigned int failures;

static void expect(const char *what, uint32_t actual, uint32_t expected)
{
	if (actual == expected) {
		kprintf("#   %s 0x%08x\n", what, actual);
		return;
	}
	kprintf("#   FAILED: %s is 0x%08x, the boot entry must make it "
		"0x%08x\n",
		what, actual, expected);
	failures++;
}

static void check_reset(void)
{
	struct probe_snapshot s;
	uint32_t result;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	result = (uint32_t)hypstub_set_vectors(
		(hypstub_reg_t)(uintptr_t)probe_vectors);
	if (result == 0) {
		struct hypstub_regs regs = {.r0 = 0x8600f000};

		hypstub_hvc(&regs);
		result = regs.r0;
	}
	if (result != PROBE_MAGIC) {
		kprintf("not ok 1 - [BOOT-3] HYP probed after a dirty boot "
			"(the probe did not answer: 0x%08x)\n",
			result);
		return;
	}
	s = probe_snapshot;
	expect("HCR", s.hcr, 0);
	expect("HSTR", s.hstr, 0);
	expect("HCPTR", s.hcptr, 0);
	expect("HDCR", s.hdcr, (s.pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	expect("CNTHCTL", s.cnthctl, CNTHCTL_PL1PCTEN | CNTHCTL_PL1PCEN);
	expect("CNTVOFF low", s.cntvoff_low, 0);
	expect("CNTVOFF high", s.cntvoff_high, 0);
	expect("VPIDR", s.vpidr, s.midr);
	expect("VMPIDR", s.vmpidr, s.mpidr);
	expect("HSCTLR.WXN", s.hsctlr & SCTLR_WXN, 0);
	expect("HSCTLR.M, C, I", s.hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	kprintf("%s 1 - [BOOT-3] every HYP control register reset after a "
		"dirty boot\n",
		failures ? "not ok" : "ok");
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	if (!hypstub_hyp_available()) {
		kprintf("1..1\nnot ok 1 - [BOOT-3] the kernel entered in "
			"HYP\n");
		plat_exit(1);
	}
	if (dirty_generation == 1) {
		struct hypstub_regs regs = {.r0 = 0x8600f000};

		dirty_generation = 2;
		kprintf("1..1\n# generation 1: leaving HYP dirty, booting "
			"again\n");
		if (hypstub_set_vectors(
			    (hypstub_reg_t)(uintptr_t)dirty_vectors) != 0) {
			kprintf("not ok 1 - [BOOT-3] the dirty vectors were "
				"refused\n");
			plat_exit(1);
		}
		hypstub_hvc(&regs); /* does not return */
		kprintf("not ok 1 - [BOOT-3] the dirty boot did not happen\n");
		plat_exit(1);
	}
	kprintf("# generation 2: entered again\n");
	check_reset();
	plat_exit(failures ? 1 : 0);
}
