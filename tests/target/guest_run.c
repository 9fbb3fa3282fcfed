// SPDX-License-Identifier: BSD-2-Clause
/* Running the test guest from the host (tests/target/guest.h). */
#include <hypstub/hyp.h>
#include <kernel/kernel.h>

#include "guest.h"

struct guest_data *guest_data(void)
{
	return (struct guest_data *)(uintptr_t)(GUEST_WINDOW +
						GUEST_DATA_OFFSET);
}

uint32_t guest_run(const struct guest_data *data, uint32_t *detail1,
		   uint32_t *detail2)
{
	/* Two symbols, not one array: subtract addresses, not pointers. */
	memcpy((void *)(uintptr_t)GUEST_WINDOW, guest_code_start,
	       (size_t)((uintptr_t)guest_code_end -
			(uintptr_t)guest_code_start));
	*guest_data() = *data;
	/* The guest runs with its caches off: what it reads is in RAM. */
	__asm__ volatile("dsb sy\n\tmcr p15, 0, %0, c7, c5, 0\n\tisb" ::"r"(0)
			 : "memory");
	return hyp_call(HYP_CALL_RUN_GUEST, GUEST_WINDOW, data->mode, 0,
			detail1, detail2, NULL);
}

const char *const pl1_snapshot_names[PL1_SNAPSHOT_COUNT] = {
	"SCTLR",    "CPACR",	"TTBCR",    "DACR",    "DFSR",	  "IFSR",
	"DFAR",	    "IFAR",	"PRRR",	    "NMRR",    "VBAR",	  "CONTEXTIDR",
	"TPIDRURW", "TPIDRURO", "TPIDRPRW", "CNTKCTL", "TTBR0",	  "TTBR1",
	"PAR",	    "SP_usr",	"SPSR_svc", "SP_abt",  "LR_abt",  "SPSR_abt",
	"SP_und",   "LR_und",	"SPSR_und", "SP_irq",  "LR_irq",  "SPSR_irq",
	"R8_fiq",   "R9_fiq",	"R10_fiq",  "R11_fiq", "R12_fiq", "SP_fiq",
	"LR_fiq",   "SPSR_fiq",
};

#define CP15(index, op1, crn, crm, op2)                                        \
	do {                                                                   \
		uint32_t word;                                                 \
		__asm__ volatile("mrc p15, " #op1 ", %0, " #crn ", " #crm      \
				 ", " #op2                                     \
				 : "=r"(word));                                \
		s->value[index] = word;                                        \
	} while (0)
#define CP15_64(index, op1, crm)                                               \
	do {                                                                   \
		uint32_t low, high;                                            \
		__asm__ volatile("mrrc p15, " #op1 ", %0, %1, " #crm           \
				 : "=r"(low), "=r"(high));                     \
		s->value[index] = (uint64_t)high << 32 | low;                  \
	} while (0)
#define BANKED(index, reg)                                                     \
	do {                                                                   \
		uint32_t word;                                                 \
		__asm__ volatile("mrs %0, " #reg : "=r"(word));                \
		s->value[index] = word;                                        \
	} while (0)

void pl1_snapshot(struct pl1_snapshot *s)
{
	uint32_t spsr;

	CP15(0, 0, c1, c0, 0);
	CP15(1, 0, c1, c0, 2);
	CP15(2, 0, c2, c0, 2);
	CP15(3, 0, c3, c0, 0);
	CP15(4, 0, c5, c0, 0);
	CP15(5, 0, c5, c0, 1);
	CP15(6, 0, c6, c0, 0);
	CP15(7, 0, c6, c0, 2);
	CP15(8, 0, c10, c2, 0);
	CP15(9, 0, c10, c2, 1);
	CP15(10, 0, c12, c0, 0);
	CP15(11, 0, c13, c0, 1);
	CP15(12, 0, c13, c0, 2);
	CP15(13, 0, c13, c0, 3);
	CP15(14, 0, c13, c0, 4);
	CP15(15, 0, c14, c1, 0);
	CP15_64(16, 0, c2);
	CP15_64(17, 1, c2);
	CP15_64(18, 0, c7);
	BANKED(19, sp_usr);
	__asm__ volatile("mrs %0, spsr" : "=r"(spsr));
	s->value[20] = spsr;
	BANKED(21, sp_abt);
	BANKED(22, lr_abt);
	BANKED(23, spsr_abt);
	BANKED(24, sp_und);
	BANKED(25, lr_und);
	BANKED(26, spsr_und);
	BANKED(27, sp_irq);
	BANKED(28, lr_irq);
	BANKED(29, spsr_irq);
	BANKED(30, r8_fiq);
	BANKED(31, r9_fiq);
	BANKED(32, r10_fiq);
	BANKED(33, r11_fiq);
	BANKED(34, r12_fiq);
	BANKED(35, sp_fiq);
	BANKED(36, lr_fiq);
	BANKED(37, spsr_fiq);
}

void pl1_dirty(void)
{
	__asm__ volatile(
		"mcr p15, 0, %0, c13, c0, 2\n\tmcr p15, 0, %1, c13, c0, 3\n\t"
		"mcr p15, 0, %2, c13, c0, 4\n\tmcr p15, 0, %3, c13, c0, 1\n\t"
		"mcr p15, 0, %4, c5, c0, 0\n\tmcr p15, 0, %5, c5, c0, 1\n\t"
		"mcr p15, 0, %6, c6, c0, 0\n\tmcr p15, 0, %7, c6, c0, 2\n\t"
		"msr spsr_cxsf, %8\n\tmsr r8_fiq, %9\n\tmsr r12_fiq, %10\n\t"
		"msr spsr_irq, %11\n\tisb" ::"r"(0x11110000),
		"r"(0x22220000), "r"(0x33330000), "r"(0x44440000),
		"r"(0x00000005), "r"(0x00000006), "r"(0x77770000),
		"r"(0x88880000), "r"(0x200001d3), "r"(0x99990000),
		"r"(0xaaaa0000), "r"(0x400001d2));
	__asm__ volatile("mcrr p15, 0, %0, %1, c7\n\tisb" ::"r"(0xbbbb0000),
			 "r"(0x12));
}
