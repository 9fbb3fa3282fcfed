// SPDX-License-Identifier: BSD-2-Clause
#include <kernel/kernel.h>
#include <plat/uart.h>

int (*kernel_undef_hook)(uint32_t address);
void (*kernel_irq_hook)(uint32_t iar);

static const char *const exception_names[] = {
	[KERNEL_EXC_UNDEF] = "undefined instruction",
	[KERNEL_EXC_SVC] = "svc",
	[KERNEL_EXC_PABORT] = "prefetch abort",
	[KERNEL_EXC_DABORT] = "data abort",
	[KERNEL_EXC_IRQ] = "IRQ",
	[KERNEL_EXC_FIQ] = "FIQ",
};

/* saved_lr points at the return address that rfe will use. */
void kernel_exception(uint32_t kind, uint32_t *saved_lr)
{
	if (kind == KERNEL_EXC_UNDEF && kernel_undef_hook &&
	    kernel_undef_hook(*saved_lr - 4))
		return;
	if (kind == KERNEL_EXC_IRQ && kernel_irq_hook) {
		kernel_irq_hook(kernel_irq_acknowledge());
		return;
	}
	kprintf("\nkernel: unexpected %s in PL1, return address 0x%08x\n",
		kind < sizeof(exception_names) / sizeof(exception_names[0])
			? exception_names[kind]
			: "exception",
		*saved_lr);
	plat_exit(KERNEL_EXIT_EXCEPTION);
}
