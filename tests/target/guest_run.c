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

void pl1_snapshot(struct pl1_snapshot *s)
{
	__asm__ volatile("mrc p15, 0, %0, c1, c0, 0" : "=r"(s->sctlr));
	__asm__ volatile("mrc p15, 0, %0, c12, c0, 0" : "=r"(s->vbar));
	__asm__ volatile("mrc p15, 0, %0, c2, c0, 2" : "=r"(s->ttbcr));
	__asm__ volatile("mrc p15, 0, %0, c3, c0, 0" : "=r"(s->dacr));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 4" : "=r"(s->tpidrprw));
	__asm__ volatile("mrc p15, 0, %0, c13, c0, 1" : "=r"(s->contextidr));
	__asm__ volatile("mrc p15, 0, %0, c2, c0, 0" : "=r"(s->ttbr0_low));
	__asm__ volatile("mrs %0, sp_irq" : "=r"(s->sp_irq));
	__asm__ volatile("mrs %0, lr_irq" : "=r"(s->lr_irq));
	__asm__ volatile("mrs %0, sp_und" : "=r"(s->sp_und));
	__asm__ volatile("mrs %0, spsr_abt" : "=r"(s->spsr_abt));
	__asm__ volatile("mrs %0, r8_fiq" : "=r"(s->r8_fiq));
}
