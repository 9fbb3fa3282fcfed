// SPDX-License-Identifier: BSD-2-Clause
/* Running the AArch64 test guest from the host (tests/target/arm64/guest.h). */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <kernel/kernel.h>

#include "guest.h"

#define CACHE_LINE_MIN 16

struct guest_data *guest_data(void)
{
	return (struct guest_data *)(uintptr_t)(GUEST_WINDOW +
						GUEST_DATA_OFFSET);
}

/* The guest runs with its caches off: what it reads must be in RAM. */
static void clean_to_poc(uintptr_t start, size_t size)
{
	uintptr_t line;

	for (line = start & ~(uintptr_t)(CACHE_LINE_MIN - 1);
	     line < start + size; line += CACHE_LINE_MIN)
		__asm__ volatile("dc civac, %0" ::"r"(line) : "memory");
	__asm__ volatile("dsb sy\n\tic iallu\n\tdsb sy\n\tisb" ::: "memory");
}

uint64_t guest_run(const struct guest_data *data, uint64_t *detail1,
		   uint64_t *detail2)
{
	/* Two symbols, not one array: subtract addresses, not pointers. */
	size_t code_size = (size_t)((uintptr_t)guest_code_end -
				    (uintptr_t)guest_code_start);
	uint64_t reason;

	memcpy((void *)(uintptr_t)GUEST_WINDOW, guest_code_start, code_size);
	*guest_data() = *data;
	clean_to_poc(GUEST_WINDOW, code_size);
	clean_to_poc((uintptr_t)guest_data(), sizeof(*data));
	reason = hyp_call(HYP_CALL_RUN_GUEST, GUEST_WINDOW, data->mode, 0,
			  detail1, detail2, NULL);
	/* What the guest wrote with its caches off, not a stale line. */
	clean_to_poc((uintptr_t)guest_data(), sizeof(*data));
	return reason;
}

const char *const el1_snapshot_names[EL1_SNAPSHOT_COUNT] = {
	"SCTLR_EL1",	  "CPACR_EL1",	"TTBR0_EL1",	"TTBR1_EL1",
	"TCR_EL1",	  "MAIR_EL1",	"AMAIR_EL1",	"VBAR_EL1",
	"CONTEXTIDR_EL1", "TPIDR_EL0",	"TPIDR_EL1",	"TPIDRRO_EL0",
	"SP_EL0",	  "ELR_EL1",	"SPSR_EL1",	"ESR_EL1",
	"FAR_EL1",	  "AFSR0_EL1",	"AFSR1_EL1",	"PAR_EL1",
	"CNTKCTL_EL1",	  "CSSELR_EL1", "CNTV_CTL_EL0", "CNTV_CVAL_EL0",
	"MDSCR_EL1",	  "DISR_EL1",	"TPIDR2_EL0",
};

int el1_has_disr(void)
{
	return ((read_id_aa64pfr0_el1() >> 28) & 0xf) != 0;
}

int el1_has_tpidr2(void)
{
	uint64_t pfr1;

	__asm__ volatile("mrs %0, id_aa64pfr1_el1" : "=r"(pfr1));
	return ((pfr1 >> 24) & 0xf) != 0;
}

#define SNAP(index, reg)                                                       \
	__asm__ volatile("mrs %0, " #reg : "=r"(s->value[index]))

void el1_snapshot(struct el1_snapshot *s)
{
	*s = (struct el1_snapshot){{0}};
	SNAP(0, sctlr_el1);
	SNAP(1, cpacr_el1);
	SNAP(2, ttbr0_el1);
	SNAP(3, ttbr1_el1);
	SNAP(4, tcr_el1);
	SNAP(5, mair_el1);
	SNAP(6, amair_el1);
	SNAP(7, vbar_el1);
	SNAP(8, contextidr_el1);
	SNAP(9, tpidr_el0);
	SNAP(10, tpidr_el1);
	SNAP(11, tpidrro_el0);
	SNAP(12, sp_el0);
	SNAP(13, elr_el1);
	SNAP(14, spsr_el1);
	SNAP(15, esr_el1);
	SNAP(16, far_el1);
	SNAP(17, afsr0_el1);
	SNAP(18, afsr1_el1);
	SNAP(19, par_el1);
	SNAP(20, cntkctl_el1);
	SNAP(21, csselr_el1);
	SNAP(22, cntv_ctl_el0);
	SNAP(23, cntv_cval_el0);
	SNAP(24, mdscr_el1);
	if (el1_has_disr())
		SNAP(25, S3_0_C12_C1_1);
	if (el1_has_tpidr2())
		SNAP(26, S3_3_C13_C0_5);
}
