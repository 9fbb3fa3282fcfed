// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's guest, AArch64's world switch (hyp/guest.c has
 * the window, the stage-2 tables and the run's bookkeeping). The guest runs
 * at EL1 (AArch64, HCR_EL2.RW) under stage 2 (VTTBR_EL2, VTCR_EL2,
 * HCR_EL2.VM). The EL1 registers it can write without a trap are switched:
 * the host's are saved, the guest starts from reset values (none of the
 * host's leak into it) and the host gets its own back at the exit. The rest
 * of what it could reach is trapped to EL2, which ends the run:
 *   HCR_EL2    smc (TSC), wfi/wfe (TWI, TWE: skipped), set/way cache
 *              maintenance (TSW), ACTLR_EL1 (TACR), the implementation
 *              defined registers (TIDCP), pointer-authentication keys and
 *              instructions (APK, API clear), LOR and RAS error registers
 *              (TLOR, TERR), external aborts (TEA), and physical IRQ, FIQ
 *              and SError (IMO, FMO, AMO: the host's interrupts end the run;
 *              GICv3's ICC_*_EL1 become the virtual interface's ICV_*)
 *   CPTR_EL2   FP/SIMD (TFP), SVE and SME (TZ, TSM: RES1 without them),
 *              trace registers (TTA)
 *   MDCR_EL2   the PMU (TPM, TPMCR), debug registers (TDA, TDOSA, TDRA),
 *              statistical profiling and trace filter (TPMS, TTRF)
 *   CNTHCTL_EL2 the EL1 physical timer and counter (EL1PCEN, EL1PCTEN)
 */
#include <arch/arm64/cache.h>
#include <arch/arm64/sysreg.h>
#include <hyp/core.h>
#include <hyp/guest.h>
#include <hypstub/abi.h>
#include <plat/cpu.h>
#include <plat/platform.h>

#define HCR_VM (1ull << 0)
#define HCR_FMO (1ull << 3)
#define HCR_IMO (1ull << 4)
#define HCR_AMO (1ull << 5)
#define HCR_TWI (1ull << 13)
#define HCR_TWE (1ull << 14)
#define HCR_TSC (1ull << 19)
#define HCR_TIDCP (1ull << 20)
#define HCR_TACR (1ull << 21)
#define HCR_TSW (1ull << 22)
#define HCR_RW (1ull << 31)
#define HCR_TLOR (1ull << 35)
#define HCR_TERR (1ull << 36)
#define HCR_TEA (1ull << 37)
#define HCR_GUEST                                                              \
	(HCR_VM | HCR_FMO | HCR_IMO | HCR_AMO | HCR_TWI | HCR_TWE | HCR_TSC |  \
	 HCR_TIDCP | HCR_TACR | HCR_TSW | HCR_RW)

#define CPTR_TFP (1ull << 10)
#define CPTR_TTA (1ull << 20)
#define CPTR_TAM (1ull << 30)

#define MDCR_HPMN_MASK 0x1full
#define MDCR_TPMCR (1ull << 5)
#define MDCR_TPM (1ull << 6)
#define MDCR_TDA (1ull << 9)
#define MDCR_TDOSA (1ull << 10)
#define MDCR_TDRA (1ull << 11)
#define MDCR_TPMS (1ull << 14)
#define MDCR_TTRF (1ull << 19)
#define MDCR_GUEST (MDCR_TPMCR | MDCR_TPM | MDCR_TDA | MDCR_TDOSA | MDCR_TDRA)

/* 4 KiB granule, 4 GiB of IPA (T0SZ 32) from level 1, 4 GiB of PA. */
#define VTCR_RES1 (1ull << 31)
#define VTCR_T0SZ_4GIB 32ull
#define VTCR_SL0_LEVEL1 (1ull << 6)
#define VTCR_IRGN0_WB (1ull << 8)
#define VTCR_ORGN0_WB (1ull << 10)
#define VTCR_SH0_INNER (3ull << 12)
#define VTCR_GUEST                                                             \
	(VTCR_RES1 | VTCR_T0SZ_4GIB | VTCR_SL0_LEVEL1 | VTCR_IRGN0_WB |        \
	 VTCR_ORGN0_WB | VTCR_SH0_INNER)
#define VTTBR_VMID_GUEST (1ull << 48)

/* SCTLR_EL1's RES1 bits (ARMv8.0): MMU, caches and alignment checks off. */
#define SCTLR_EL1_GUEST 0x30d00800ull

/* ID register fields that say whether a feature (and its traps) exist. */
#define ID_FIELD(value, shift) (((value) >> (shift)) & 0xf)
#define PFR0_RAS_SHIFT 28
#define PFR0_AMU_SHIFT 44
#define PFR1_SME_SHIFT 24
#define MMFR1_LO_SHIFT 16
#define DFR0_PMSVER_SHIFT 32
#define DFR0_TRACEFILT_SHIFT 40

#define HPFAR_FIPA_MASK 0x00000ffffffffff0ull /* IPA[51:12] */
#define HPFAR_SHIFT 8
#define FAR_PAGE_OFFSET 0xfffull

/*
 * Every EL1 (and EL0) register a guest can write without a trap, in one
 * list for the save, the guest's reset and the restore. DISR_EL1 (RAS) and
 * TPIDR2_EL0 (SME) exist only with their features: the optional list.
 */
#define EL1_REGISTERS(X)                                                       \
	X(sctlr_el1, sctlr_el1)                                                \
	X(cpacr_el1, cpacr_el1)                                                \
	X(ttbr0_el1, ttbr0_el1)                                                \
	X(ttbr1_el1, ttbr1_el1)                                                \
	X(tcr_el1, tcr_el1)                                                    \
	X(mair_el1, mair_el1)                                                  \
	X(amair_el1, amair_el1)                                                \
	X(vbar_el1, vbar_el1)                                                  \
	X(contextidr_el1, contextidr_el1)                                      \
	X(tpidr_el0, tpidr_el0)                                                \
	X(tpidr_el1, tpidr_el1)                                                \
	X(tpidrro_el0, tpidrro_el0)                                            \
	X(sp_el0, sp_el0)                                                      \
	X(sp_el1, sp_el1)                                                      \
	X(elr_el1, elr_el1)                                                    \
	X(spsr_el1, spsr_el1)                                                  \
	X(esr_el1, esr_el1)                                                    \
	X(far_el1, far_el1)                                                    \
	X(afsr0_el1, afsr0_el1)                                                \
	X(afsr1_el1, afsr1_el1)                                                \
	X(par_el1, par_el1)                                                    \
	X(cntkctl_el1, cntkctl_el1)                                            \
	X(csselr_el1, csselr_el1)                                              \
	X(cntv_ctl_el0, cntv_ctl_el0)                                          \
	X(cntv_cval_el0, cntv_cval_el0)                                        \
	X(mdscr_el1, mdscr_el1)

#define EL1_FIELD(field, name) uint64_t field;

struct el1_state {
	EL1_REGISTERS(EL1_FIELD)
	uint64_t disr_el1;   /* S3_0_C12_C1_1, with RAS */
	uint64_t tpidr2_el0; /* S3_3_C13_C0_5, with SME */
};

/* The EL2 registers a run changes, and the host's values of them. */
struct el2_state {
	uint64_t hcr, cptr, mdcr, cnthctl, vtcr, vttbr;
};

struct hyp_guest_host {
	struct el1_state el1;
	struct el2_state el2;
	uint64_t has_ras, has_sme;
};

/*
 * Written with EL2's caches on, like hyp/guest.c's hyp_guest_cpus and
 * stage-2 tables: hyp_guest_data below lists them all for the clean.
 */
static struct hyp_guest_host hyp_guest_hosts[PLAT_MAX_CPUS];

/*
 * What uninstall and a soft restart clean by VA of the guest's state, once
 * EL2's caches are off (hyp_arch.c has the rest, hyp_vectors.S cleans).
 */
const struct arch_range hyp_guest_data[] = {
	{hyp_guest_cpus, sizeof(hyp_guest_cpus)},
	{hyp_guest_hosts, sizeof(hyp_guest_hosts)},
	{hyp_guest_level1, sizeof(hyp_guest_level1)},
	{hyp_guest_level2, sizeof(hyp_guest_level2)},
};
const uint64_t hyp_guest_data_count =
	sizeof(hyp_guest_data) / sizeof(hyp_guest_data[0]);

static uint64_t read_vtcr_el2(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, vtcr_el2" : "=r"(value));
	return value;
}

static void write_vtcr_el2(uint64_t value)
{
	__asm__ volatile("msr vtcr_el2, %0" ::"r"(value) : "memory");
}

static uint64_t read_vttbr_el2(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, vttbr_el2" : "=r"(value));
	return value;
}

static void write_vttbr_el2(uint64_t value)
{
	__asm__ volatile("msr vttbr_el2, %0" ::"r"(value) : "memory");
}

#define EL1_READ(field, name)                                                  \
	__asm__ volatile("mrs %0, " #name : "=r"(state->field));
#define EL1_WRITE(field, name)                                                 \
	__asm__ volatile("msr " #name ", %0" ::"r"(state->field));

static void el1_save(struct el1_state *state, const struct hyp_guest_host *cpu)
{
	EL1_REGISTERS(EL1_READ)
	if (cpu->has_ras)
		__asm__ volatile("mrs %0, S3_0_C12_C1_1"
				 : "=r"(state->disr_el1));
	if (cpu->has_sme)
		__asm__ volatile("mrs %0, S3_3_C13_C0_5"
				 : "=r"(state->tpidr2_el0));
}

static void el1_load(const struct el1_state *state,
		     const struct hyp_guest_host *cpu)
{
	EL1_REGISTERS(EL1_WRITE)
	if (cpu->has_ras)
		__asm__ volatile(
			"msr S3_0_C12_C1_1, %0" ::"r"(state->disr_el1));
	if (cpu->has_sme)
		__asm__ volatile(
			"msr S3_3_C13_C0_5, %0" ::"r"(state->tpidr2_el0));
	isb();
}

static uint64_t read_id_aa64pfr1(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, id_aa64pfr1_el1" : "=r"(value));
	return value;
}

static uint64_t read_id_aa64mmfr1(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, id_aa64mmfr1_el1" : "=r"(value));
	return value;
}

static uint64_t read_id_aa64dfr0(void)
{
	uint64_t value;

	__asm__ volatile("mrs %0, id_aa64dfr0_el1" : "=r"(value));
	return value;
}

/* Stage 2 of the guest's VMID: its entries, whatever its runs left. */
static void tlbi_guest_vmid(void)
{
	__asm__ volatile("dsb ishst\n\ttlbi vmalls12e1\n\tdsb sy\n\tisb" ::
				 : "memory");
}

void hyp_arch_guest_switch_in(unsigned int cpu, uint64_t stage2_table)
{
	struct hyp_guest_host *host = &hyp_guest_hosts[cpu];
	const struct el1_state guest = {.sctlr_el1 = SCTLR_EL1_GUEST};
	uint64_t pfr0 = read_id_aa64pfr0_el1();
	uint64_t dfr0 = read_id_aa64dfr0();
	uint64_t hcr = HCR_GUEST;
	uint64_t cptr, mdcr;

	/* Only the bits whose features exist: the others are RES0. */
	host->has_ras = ID_FIELD(pfr0, PFR0_RAS_SHIFT) != 0;
	host->has_sme = ID_FIELD(read_id_aa64pfr1(), PFR1_SME_SHIFT) != 0;
	if (host->has_ras)
		hcr |= HCR_TERR | HCR_TEA;
	if (ID_FIELD(read_id_aa64mmfr1(), MMFR1_LO_SHIFT))
		hcr |= HCR_TLOR;

	dsb();
	el1_save(&host->el1, host);
	host->el2.hcr = read_hcr_el2();
	host->el2.cptr = read_cptr_el2();
	host->el2.mdcr = read_mdcr_el2();
	host->el2.cnthctl = read_cnthctl_el2();
	host->el2.vtcr = read_vtcr_el2();
	host->el2.vttbr = read_vttbr_el2();

	cptr = host->el2.cptr | CPTR_TFP | CPTR_TTA;
	if (ID_FIELD(pfr0, PFR0_AMU_SHIFT))
		cptr |= CPTR_TAM;
	mdcr = (host->el2.mdcr & MDCR_HPMN_MASK) | MDCR_GUEST;
	if (ID_FIELD(dfr0, DFR0_PMSVER_SHIFT))
		mdcr |= MDCR_TPMS;
	if (ID_FIELD(dfr0, DFR0_TRACEFILT_SHIFT))
		mdcr |= MDCR_TTRF;

	el1_load(&guest, host);
	write_vtcr_el2(VTCR_GUEST);
	write_vttbr_el2(VTTBR_VMID_GUEST | stage2_table);
	isb();
	tlbi_guest_vmid();
	write_cptr_el2(cptr);
	write_mdcr_el2(mdcr);
	write_cnthctl_el2(0);
	write_hcr_el2(hcr);
	isb();
}

void hyp_arch_guest_switch_out(unsigned int cpu)
{
	struct hyp_guest_host *host = &hyp_guest_hosts[cpu];

	write_hcr_el2(host->el2.hcr);
	isb();
	/* Nothing of the guest's stays for a host that shares its VMID. */
	tlbi_guest_vmid();
	write_vttbr_el2(host->el2.vttbr);
	write_vtcr_el2(host->el2.vtcr);
	write_cptr_el2(host->el2.cptr);
	write_mdcr_el2(host->el2.mdcr);
	write_cnthctl_el2(host->el2.cnthctl);
	el1_load(&host->el1, host);
}

hypstub_reg_t hyp_arch_guest_fault_address(hypstub_reg_t esr)
{
	uint64_t hpfar, far;

	(void)esr;
	__asm__ volatile("mrs %0, hpfar_el2" : "=r"(hpfar));
	far = read_far_el2();
	return ((hpfar & HPFAR_FIPA_MASK) << HPFAR_SHIFT) |
	       (far & FAR_PAGE_OFFSET);
}
