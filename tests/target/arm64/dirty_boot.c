// SPDX-License-Identifier: BSD-2-Clause
/*
 * The boot entry resets what a boot loader left at EL2 ([A64-BOOT-2]),
 * tested from a dirty start, as tests/target/dirty_boot.c does on AArch32:
 * QEMU's reset values already satisfy the rule, so the first generation
 * has tests/target/arm64/dirty_vectors.S write junk (dirty64.h) into
 * HCR_EL2, HSTR_EL2, CPTR_EL2, MDCR_EL2, CNTHCTL_EL2, CNTVOFF_EL2,
 * VPIDR_EL2, VMPIDR_EL2, VTTBR_EL2, VTCR_EL2 and SCTLR_EL2 and enter
 * hypstub_entry again at EL2, as a boot loader would; the second
 * generation checks that the junk was there at entry (its boot record's
 * SCTLR_EL2), probes EL2 and checks every register the rule names was
 * reset. VTTBR_EL2 and VTCR_EL2 are not in the rule: with HCR_EL2.VM clear
 * they are never used, which is what is checked. Then, as a second test,
 * SCTLR_EL2.C and I are set (the EL2 MMU off) and HVC_RESET_VECTORS must
 * clear them ([RESET-VECTORS-1]). A third installs the resident hypervisor
 * with junk in the host's PAR_EL1, which HYP_CALL_MMU_CHECK's AT S1E2R
 * overwrites at EL2: the call must give it back ([HYP-CALLS-1]: a call
 * changes nothing of the caller's but its result registers). Prints TAP.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "dirty64.h"
#include "test64.h"

#define HCR_EL2_VM (1ull << 0)
/* A PAR_EL1 no translation of this kernel produces: a fault, junk bits. */
#define JUNK_PAR 0x00000000dead0f81ull

extern const char dirty64_vectors[];
extern const char stub_vectors[];

/* In .data: a restart into this image keeps it. */
static volatile uint64_t dirty_generation = 1;

static uint64_t call(uint64_t x0, uint64_t x1, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {.r0 = x0, .r1 = x1};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

static void check_reset(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());
	struct hypstub_regs stage2;
	struct probe64 s;
	uint64_t vttbr;

	/* The junk was there when the boot entry ran. */
	check_eq("SCTLR_EL2 at entry: the junk bits set",
		 record->hsctlr & DIRTY64_SCTLR_SET, DIRTY64_SCTLR_SET);
	check_eq("entered at EL2", hypstub_boot_mode(), PSR_MODE_HYP);
	check_eq("x0 at entry: the DTB", record->r0, PLAT_DTB_ADDR);

	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	if (call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)probe64_vectors, NULL) !=
		    0 ||
	    call(HYPSTUB_CALL_QUERY, 0, NULL) != P64_MAGIC) {
		kprintf("not ok 1 - [A64-BOOT-2] EL2 probed after a dirty "
			"boot (the probe did not answer)\n");
		return;
	}
	s = probe64_snapshot;
	check_eq("HCR_EL2: RW only", s.hcr, HCR_EL2_RW);
	check_eq("HSTR_EL2", s.hstr, 0);
	check_eq("CPTR_EL2: its RES1 bits", s.cptr, CPTR_EL2_RES1);
	check_eq("MDCR_EL2: HPMN = PMCR_EL0.N, no traps", s.mdcr,
		 (s.pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	check_eq("CNTHCTL_EL2: EL1PCTEN | EL1PCEN", s.cnthctl,
		 CNTHCTL_EL1PCTEN | CNTHCTL_EL1PCEN);
	check_eq("CNTVOFF_EL2", s.cntvoff, 0);
	check_eq("VPIDR_EL2 = MIDR_EL1", s.vpidr, s.midr);
	check_eq("VMPIDR_EL2 = MPIDR_EL1", s.vmpidr, s.mpidr);
	check_eq("SCTLR_EL2: its RES1 bits", s.sctlr, SCTLR_EL2_RES1);
	check_eq("VBAR_EL2: the probe's (the stub let it in)", s.vbar,
		 (uint64_t)(uintptr_t)probe64_vectors);

	if (call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)dirty64_vectors, NULL) !=
		    0 ||
	    call(DIRTY64_READ, (uint64_t)(uintptr_t)stub_vectors, &stage2) !=
		    0) {
		kprintf("not ok 1 - [A64-BOOT-2] stage 2 read after a dirty "
			"boot (the reader did not answer)\n");
		return;
	}
	vttbr = stage2.r1;
	kprintf("#   VTTBR_EL2 0x%08x%08x, VTCR_EL2 0x%08x (left as found, "
		"unused)\n",
		(uint32_t)(vttbr >> 32), (uint32_t)vttbr, (uint32_t)stage2.r2);
	check_eq("HCR_EL2.VM: stage 2 (junk VTTBR_EL2, VTCR_EL2) off",
		 stage2.r3 & HCR_EL2_VM, 0);
	check_eq("back on the boot stub's vectors",
		 call(HYPSTUB_CALL_QUERY, 0, &stage2) == 0 &&
			 stage2.ip == HYPSTUB_IMPL_BOOT_STUB,
		 1);
	kprintf("%s 1 - [A64-BOOT-2] every EL2 control register reset after "
		"a dirty boot\n",
		test64_failures ? "not ok" : "ok");
}

/* HVC_RESET_VECTORS on the boot stub, with SCTLR_EL2.C and I left set. */
static void check_reset_vectors(void)
{
	int before = test64_failures;

	if (call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)dirty64_vectors, NULL) !=
		    0 ||
	    call(DIRTY64_CACHES, (uint64_t)(uintptr_t)stub_vectors, NULL) !=
		    0) {
		kprintf("not ok 2 - [RESET-VECTORS-1] the caches were not set "
			"on (the dirty vectors did not answer)\n");
		return;
	}
	check_eq("HVC_RESET_VECTORS", call(HVC_RESET_VECTORS, 0, NULL), 0);
	probe64_return_vbar = (uint64_t)(uintptr_t)stub_vectors;
	if (call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)probe64_vectors, NULL) !=
		    0 ||
	    call(HYPSTUB_CALL_QUERY, 0, NULL) != P64_MAGIC) {
		kprintf("not ok 2 - [RESET-VECTORS-1] EL2 probed after "
			"HVC_RESET_VECTORS (the probe did not answer)\n");
		return;
	}
	check_eq("SCTLR_EL2.M, C, I after HVC_RESET_VECTORS",
		 probe64_snapshot.sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	kprintf("%s 2 - [RESET-VECTORS-1] HVC_RESET_VECTORS clears "
		"SCTLR_EL2.C and I left set with the MMU off\n",
		test64_failures == before ? "ok" : "not ok");
}

/* The host's PAR_EL1 across HYP_CALL_MMU_CHECK. */
static void check_host_par(void)
{
	int before = test64_failures;
	hypstub_reg_t r1 = 0, r2 = 0, r3 = 0;
	uint64_t par;

	if (hyp_install() != HYP_OK) {
		kprintf("not ok 3 - [HYP-CALLS-1] the host's PAR_EL1 across "
			"HYP_CALL_MMU_CHECK (harness: hyp_install failed)\n");
		return;
	}
	__asm__ volatile("msr par_el1, %0\n\tisb" ::"r"(JUNK_PAR) : "memory");
	check_eq("HYP_CALL_MMU_CHECK",
		 hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, &r1, &r2, &r3),
		 SMCCC_RET_SUCCESS);
	__asm__ volatile("mrs %0, par_el1" : "=r"(par));
	check_eq("the host's PAR_EL1 after HYP_CALL_MMU_CHECK", par, JUNK_PAR);
	check_eq("hyp_uninstall", (uint64_t)hyp_uninstall(), HYP_OK);
	kprintf("%s 3 - [HYP-CALLS-1] the host's PAR_EL1 (junk) survives "
		"HYP_CALL_MMU_CHECK, whose AT S1E2R writes it at EL2\n",
		test64_failures == before ? "ok" : "not ok");
}

void hypstub_main(unsigned int cpu)
{
	kernel_cpu_init(cpu);
	if (!hypstub_hyp_available()) {
		kprintf("1..3\nnot ok 1 - [A64-BOOT-2] the kernel entered at "
			"EL2\nnot ok 2 - [RESET-VECTORS-1] (harness: not at "
			"EL2)\nnot ok 3 - [HYP-CALLS-1] (harness: not at "
			"EL2)\n");
		plat_exit(1);
	}
	if (dirty_generation == 1) {
		dirty_generation = 2;
		kprintf("1..3\n# generation 1: leaving EL2 dirty, booting "
			"again\n");
		if (call(HVC_SET_VECTORS, (uint64_t)(uintptr_t)dirty64_vectors,
			 NULL) != 0) {
			kprintf("not ok 1 - [A64-BOOT-2] the dirty vectors "
				"were "
				"refused\n");
			plat_exit(1);
		}
		call(DIRTY64_BOOT, 0, NULL); /* does not return */
		kprintf("not ok 1 - [A64-BOOT-2] the dirty boot did not "
			"happen\n");
		plat_exit(1);
	}
	kprintf("# generation 2: entered again\n");
	check_reset();
	check_reset_vectors();
	check_host_par();
	plat_exit(test64_failures ? 1 : 0);
}
