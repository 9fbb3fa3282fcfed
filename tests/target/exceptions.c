// SPDX-License-Identifier: BSD-2-Clause
/*
 * Exceptions the stub does not expect. The kernel soft-restarts into a payload
 * of its own that runs in HYP under the stub's vectors and raises the case
 * poked at TEST_CASE_ADDR. The stub must print its diagnostic and halt the
 * CPU; tests/run/exceptions.t reads the UART and expects QEMU to hang. If the
 * stub ever returned, the payload would print "BUG" and exit with status 3.
 */
#include <arch/arm/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test_kernel.h"

#define CASE_UNDEF 1
#define CASE_HVC_IN_HYP 2
#define CASE_DATA_ABORT 3
#define CASE_PREFETCH_ABORT 4
#define CASE_IRQ 5
#define CASE_HYP_FAULT 6 /* a fault inside the resident hypervisor */

#define GICD_CTLR 0x000
#define GICD_ISENABLER0 0x100
#define GICD_SGIR 0xf00
#define GICC_CTLR 0x000
#define GICC_PMR 0x004
#define GICD_SGIR_TARGET_SELF (2 << 24)

void exceptions_payload(uint32_t which);

static void mmio_write(uint32_t address, uint32_t value)
{
	*(volatile uint32_t *)(uintptr_t)address = value;
}

/* Runs in HYP, entered by HVC_SOFT_RESTART, with a stack of its own. */
void exceptions_payload_c(uint32_t which)
{
	plat_uart_puts("# payload in HYP: raising the exception\n");
	switch (which) {
	case CASE_UNDEF:
		__asm__ volatile(".inst 0xe7f000f0"); /* udf #0 */
		break;
	case CASE_HVC_IN_HYP:
		__asm__ volatile(".arch_extension virt\n\thvc #0" ::
					 : "r0", "r1", "r2", "r3", "ip",
					   "memory");
		break;
	case CASE_DATA_ABORT:
		/* ldm from an unaligned address always faults. */
		__asm__ volatile("ldm %0, {r2, r3}" ::"r"(PLAT_RAM_BASE + 1)
				 : "r2", "r3", "memory");
		break;
	case CASE_PREFETCH_ABORT:
		__asm__ volatile("bkpt #0");
		break;
	case CASE_IRQ:
		mmio_write(PLAT_GICD_BASE + GICD_ISENABLER0, 0xffff);
		mmio_write(PLAT_GICD_BASE + GICD_CTLR, 1);
		mmio_write(PLAT_GICC_BASE + GICC_PMR, 0xff);
		mmio_write(PLAT_GICC_BASE + GICC_CTLR, 1);
		mmio_write(PLAT_GICD_BASE + GICD_SGIR, GICD_SGIR_TARGET_SELF);
		__asm__ volatile("cpsie i\n\tisb\n\tnop\n\tnop" ::: "memory");
		break;
	default:
		plat_uart_puts("# payload: no such case\n");
		plat_exit(2);
	}
	plat_uart_puts("BUG: the stub returned from an unexpected exception\n");
	plat_exit(3);
}

__asm__(".pushsection .text\n"
	".global exceptions_payload\n"
	".type exceptions_payload, %function\n"
	".balign 4\n"
	"exceptions_payload:\n"
	"	ldr sp, =exceptions_payload_stack + 1024\n"
	"	b exceptions_payload_c\n"
	".size exceptions_payload, . - exceptions_payload\n"
	".popsection\n");

uint8_t exceptions_payload_stack[1024] __attribute__((aligned(8)));

void hypstub_main(unsigned int cpu)
{
	uint32_t which = *(volatile uint32_t *)TEST_CASE_ADDR;

	kernel_cpu_init(cpu);
	if (which == CASE_HYP_FAULT) {
		int result = hyp_install();

		kprintf("# exceptions: hyp_install(): %s\n",
			hyp_error_string(result));
		kprintf("# exceptions: calling HYP_CALL_TEST_FAULT\n");
		hyp_call(HYP_CALL_TEST_FAULT, 0, 0, 0, NULL, NULL, NULL);
		kprintf("BUG: the hypervisor returned from its own fault\n");
		plat_exit(5);
	}
	kprintf("# exceptions: case %u, entering the payload in HYP\n", which);
	hypstub_soft_restart((uint32_t)(uintptr_t)exceptions_payload, which, 0,
			     0);
	kprintf("BUG: HVC_SOFT_RESTART returned\n");
	plat_exit(4);
}
