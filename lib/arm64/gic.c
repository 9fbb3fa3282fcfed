// SPDX-License-Identifier: BSD-2-Clause
/*
 * Just enough GIC for the AArch64 kernels, v2 or v3 (whichever QEMU was
 * given): SGIs to this CPU or others, delivered as IRQs at EL1. GICv3 is
 * used through its system registers (ID_AA64PFR0_EL1.GIC says they exist),
 * with this CPU's redistributor found by its affinity; GICv2 through the
 * memory-mapped distributor and CPU interface, as lib/gic.c does.
 */
#include <arch/arm64/sysreg.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

#define GICD_CTLR 0x000
#define GICD_CTLR_RWP (1u << 31)
/* ARE, EnableGrp1 and EnableGrp0, with one security state. */
#define GICD_CTLR_V3 0x13
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

#define GICR_STRIDE 0x20000
#define GICR_WAKER 0x014
#define GICR_WAKER_PROCESSOR_SLEEP (1u << 1)
#define GICR_WAKER_CHILDREN_ASLEEP (1u << 2)
#define GICR_TYPER 0x008
#define GICR_TYPER_LAST (1ull << 4)
#define GICR_SGI_FRAME 0x10000
#define GICR_IGROUPR0 0x080
#define GICR_ISENABLER0 0x100
#define GICR_ICPENDR0 0x280
#define GICR_ICACTIVER0 0x380
#define ICC_IAR_ID_MASK 0xffffff
#define ICC_SGI1R_INTID_SHIFT 24
#define ICC_SRE_SRE 1u

#define GIC_TIMEOUT_LOOPS 1000000u

static volatile uint32_t *gic_register(uint64_t address)
{
	return (volatile uint32_t *)(uintptr_t)address;
}

static int gic_v3(void)
{
	return ((read_id_aa64pfr0_el1() >> ID_AA64PFR0_GIC_SHIFT) &
		ID_AA64PFR0_GIC_MASK) != 0;
}

/* The GICv3 CPU interface's registers, by encoding. */
#define ICC_WRITE(encoding, value)                                             \
	__asm__ volatile("msr " encoding ", %0" ::"r"((uint64_t)(value))       \
			 : "memory")
#define ICC_PMR_EL1 "S3_0_C4_C6_0"
#define ICC_IAR1_EL1 "S3_0_C12_C12_0"
#define ICC_EOIR1_EL1 "S3_0_C12_C12_1"
#define ICC_SGI1R_EL1 "S3_0_C12_C11_5"
#define ICC_SRE_EL1 "S3_0_C12_C12_5"
#define ICC_IGRPEN1_EL1 "S3_0_C12_C12_7"

/* This CPU's redistributor: the frame whose affinity is its MPIDR's. */
static uint64_t gic_redistributor(void)
{
	uint64_t frame = PLAT_GICR_BASE;
	uint64_t mpidr = read_mpidr_el1();
	uint64_t affinity = (mpidr & 0xffffff) | ((mpidr >> 32) & 0xff) << 24;
	unsigned int i;

	for (i = 0; i < PLAT_MAX_CPUS; i++, frame += GICR_STRIDE) {
		uint64_t typer =
			*(volatile uint64_t *)(uintptr_t)(frame + GICR_TYPER);

		if ((typer >> 32) == affinity)
			return frame;
		if (typer & GICR_TYPER_LAST)
			break;
	}
	return 0;
}

/*
 * Per CPU, this boot: set once its interface is up. A CPU that calls
 * kernel_gic_init() again (the boot CPU entering kernel_secondary_loop()
 * to be stopped) must keep an SGI already sent to it.
 */
static volatile uint8_t gic_cpu_ready[PLAT_MAX_CPUS];

static void gic_v3_init(int forget)
{
	uint64_t rd = gic_redistributor();
	uint64_t sgi = rd + GICR_SGI_FRAME;
	uint64_t sre;
	uint32_t loops;

	if (rd == 0) {
		kprintf("kernel: no GICv3 redistributor for this CPU\n");
		plat_exit(KERNEL_EXIT_EXCEPTION);
	}
	*gic_register(PLAT_GICD_BASE + GICD_CTLR) = GICD_CTLR_V3;
	for (loops = 0;
	     loops < GIC_TIMEOUT_LOOPS &&
	     (*gic_register(PLAT_GICD_BASE + GICD_CTLR) & GICD_CTLR_RWP);
	     loops++)
		;
	*gic_register(rd + GICR_WAKER) &= ~GICR_WAKER_PROCESSOR_SLEEP;
	for (loops = 0;
	     loops < GIC_TIMEOUT_LOOPS &&
	     (*gic_register(rd + GICR_WAKER) & GICR_WAKER_CHILDREN_ASLEEP);
	     loops++)
		;
	if (forget) {
		*gic_register(sgi + GICR_ICACTIVER0) = 0xffffffff;
		*gic_register(sgi + GICR_ICPENDR0) = 0xffffffff;
	}
	*gic_register(sgi + GICR_IGROUPR0) = 0xffffffff;
	*gic_register(sgi + GICR_ISENABLER0) = 0xffff;
	__asm__ volatile("mrs %0, " ICC_SRE_EL1 : "=r"(sre));
	ICC_WRITE(ICC_SRE_EL1, sre | ICC_SRE_SRE);
	isb();
	ICC_WRITE(ICC_PMR_EL1, 0xff);
	ICC_WRITE(ICC_IGRPEN1_EL1, 1);
	isb();
}

/*
 * The first call on a CPU in a boot also forgets what a previous kernel
 * left pending or active; later ones keep what is pending.
 */
void kernel_gic_init(void)
{
	unsigned int cpu = plat_cpu_index();
	int forget = !gic_cpu_ready[cpu];

	gic_cpu_ready[cpu] = 1;
	if (gic_v3()) {
		gic_v3_init(forget);
		return;
	}
	if (forget) {
		*gic_register(PLAT_GICD_BASE + GICD_ICACTIVER0) = 0xffffffff;
		*gic_register(PLAT_GICD_BASE + GICD_ICPENDR0) = 0xffffffff;
	}
	*gic_register(PLAT_GICD_BASE + GICD_ISENABLER0) = 0xffff;
	*gic_register(PLAT_GICD_BASE + GICD_CTLR) = 1;
	*gic_register(PLAT_GICC_BASE + GICC_PMR) = 0xff;
	*gic_register(PLAT_GICC_BASE + GICC_CTLR) = 1;
}

/* CPUs by index, which QEMU virt puts in Aff0 of one cluster. */
void kernel_send_sgi(uint32_t cpu_mask, uint32_t sgi)
{
	if (gic_v3()) {
		dsb();
		ICC_WRITE(ICC_SGI1R_EL1,
			  (uint64_t)(sgi & 0xf) << ICC_SGI1R_INTID_SHIFT |
				  (cpu_mask & 0xffff));
		isb();
		return;
	}
	*gic_register(PLAT_GICD_BASE + GICD_SGIR) =
		(cpu_mask & 0xff) << 16 | (sgi & 0xf);
}

void kernel_send_sgi_to_self(uint32_t sgi)
{
	if (gic_v3()) {
		kernel_send_sgi(1u << plat_cpu_index(), sgi);
		return;
	}
	*gic_register(PLAT_GICD_BASE + GICD_SGIR) =
		GICD_SGIR_TARGET_SELF | (sgi & 0xf);
}

uint32_t kernel_irq_acknowledge(void)
{
	uint64_t iar;

	if (!gic_v3())
		return *gic_register(PLAT_GICC_BASE + GICC_IAR);
	__asm__ volatile("mrs %0, " ICC_IAR1_EL1 : "=r"(iar)::"memory");
	return (uint32_t)iar;
}

void kernel_irq_end(uint32_t iar)
{
	if (!gic_v3()) {
		*gic_register(PLAT_GICC_BASE + GICC_EOIR) = iar;
		return;
	}
	ICC_WRITE(ICC_EOIR1_EL1, iar);
	isb();
}

uint32_t kernel_irq_number(uint32_t iar)
{
	return iar & (gic_v3() ? ICC_IAR_ID_MASK : GICC_IAR_ID_MASK);
}
