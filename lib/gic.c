// SPDX-License-Identifier: BSD-2-Clause
/* Just enough GICv2 for the kernels: SGIs to this CPU, delivered as IRQs. */
#include <kernel/kernel.h>
#include <plat/platform.h>

#define GICD_CTLR 0x000
#define GICD_ISENABLER0 0x100
#define GICD_ICPENDR0 0x280
#define GICD_ICACTIVER0 0x380
#define GICD_SGIR 0xf00
#define GICD_SGIR_TARGET_SELF (2u << 24)
#define GICC_CTLR 0x000
#define GICC_PMR 0x004
#define GICC_IAR 0x00c
#define GICC_EOIR 0x010
#define GICC_IAR_ID_MASK 0x3ff

static volatile uint32_t *gic_register(uint32_t address)
{
	return (volatile uint32_t *)(uintptr_t)address;
}

/* Also forgets what a previous kernel left pending or active. */
void kernel_gic_init(void)
{
	*gic_register(PLAT_GICD_BASE + GICD_ICACTIVER0) = 0xffffffff;
	*gic_register(PLAT_GICD_BASE + GICD_ICPENDR0) = 0xffffffff;
	*gic_register(PLAT_GICD_BASE + GICD_ISENABLER0) = 0xffff;
	*gic_register(PLAT_GICD_BASE + GICD_CTLR) = 1;
	*gic_register(PLAT_GICC_BASE + GICC_PMR) = 0xff;
	*gic_register(PLAT_GICC_BASE + GICC_CTLR) = 1;
}

void kernel_send_sgi_to_self(uint32_t sgi)
{
	*gic_register(PLAT_GICD_BASE + GICD_SGIR) =
		GICD_SGIR_TARGET_SELF | (sgi & 0xf);
}

void kernel_send_sgi(uint32_t cpu_mask, uint32_t sgi)
{
	*gic_register(PLAT_GICD_BASE + GICD_SGIR) =
		(cpu_mask & 0xff) << 16 | (sgi & 0xf);
}

uint32_t kernel_irq_acknowledge(void)
{
	return *gic_register(PLAT_GICC_BASE + GICC_IAR);
}

void kernel_irq_end(uint32_t iar)
{
	*gic_register(PLAT_GICC_BASE + GICC_EOIR) = iar;
}

uint32_t kernel_irq_number(uint32_t iar)
{
	return iar & GICC_IAR_ID_MASK;
}
