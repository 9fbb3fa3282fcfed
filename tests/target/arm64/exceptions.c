// SPDX-License-Identifier: BSD-2-Clause
/*
 * Exceptions the stub does not expect, AArch64 ([A64-UNEXPECTED-1]): the
 * kernel soft-restarts into a payload of its own that runs at EL2 under the
 * stub's vectors and raises the case poked at TEST_CASE_ADDR. The stub must
 * print its report and halt; tests/target/exceptions.sh (--arch arm64)
 * reads the UART. If the stub returned, the payload would print "BUG".
 */
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#define TEST_CASE_ADDR PLAT_PARAM_WORD(1)
#define CASE_UNDEF 1
#define CASE_HVC_AT_EL2 2
#define CASE_DATA_ABORT 3
#define CASE_BRK 4

void exceptions_payload(uint64_t which);

/* At EL2, entered by HVC_SOFT_RESTART, on a stack of its own. */
void exceptions_payload_c(uint64_t which);
void exceptions_payload_c(uint64_t which)
{
	plat_uart_puts("# payload at EL2: raising the exception\n");
	switch (which) {
	case CASE_UNDEF:
		__asm__ volatile("udf #0");
		break;
	case CASE_HVC_AT_EL2:
		__asm__ volatile("mov x0, #4\n\thvc #0" ::: "x0", "memory");
		break;
	case CASE_DATA_ABORT:
		/* Nothing answers there on QEMU virt: an external abort. */
		(void)*(volatile uint32_t *)(uintptr_t)0x80000000000ull;
		break;
	case CASE_BRK:
		__asm__ volatile("brk #0x1234");
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
	"	ldr x1, =exceptions_payload_stack + 4096\n"
	"	mov sp, x1\n"
	"	b exceptions_payload_c\n"
	"	.ltorg\n"
	".size exceptions_payload, . - exceptions_payload\n"
	".popsection\n");

uint8_t exceptions_payload_stack[4096] __attribute__((aligned(16)));

void hypstub_main(unsigned int cpu)
{
	uint32_t which = *(volatile uint32_t *)TEST_CASE_ADDR;

	kernel_cpu_init(cpu);
	kprintf("# exceptions: case %u, entering the payload at EL2\n", which);
	hypstub_soft_restart((hypstub_reg_t)(uintptr_t)exceptions_payload,
			     which, 0, 0);
	kprintf("BUG: HVC_SOFT_RESTART returned\n");
	plat_exit(4);
}
