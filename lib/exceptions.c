// SPDX-License-Identifier: BSD-2-Clause
#include <arch/arm/sysreg.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

int (*kernel_undef_hook)(uint32_t address);
/* Per CPU: each CPU handles its own IRQs its own way. */
static void (*kernel_irq_hooks[PLAT_MAX_CPUS])(uint32_t iar);

void kernel_set_irq_hook(void (*hook)(uint32_t iar))
{
	kernel_irq_hooks[plat_cpu_index()] = hook;
}

static const char *const exception_names[] = {
	[KERNEL_EXC_UNDEF] = "undefined instruction",
	[KERNEL_EXC_SVC] = "svc",
	[KERNEL_EXC_PABORT] = "prefetch abort",
	[KERNEL_EXC_DABORT] = "data abort",
	[KERNEL_EXC_IRQ] = "IRQ",
	[KERNEL_EXC_FIQ] = "FIQ",
};

/* saved_lr points at the return address that rfe will use. */
void kernel_exception(uint32_t kind, const uint32_t *saved_lr)
{
	if (kind == KERNEL_EXC_UNDEF && kernel_undef_hook &&
	    kernel_undef_hook(*saved_lr - 4))
		return;
	if (kind == KERNEL_EXC_IRQ && kernel_irq_hooks[plat_cpu_index()]) {
		kernel_irq_hooks[plat_cpu_index()](kernel_irq_acknowledge());
		return;
	}
	kprintf("\nkernel: unexpected %s in PL1, return address 0x%08x\n",
		kind < sizeof(exception_names) / sizeof(exception_names[0])
			? exception_names[kind]
			: "exception",
		*saved_lr);
	plat_exit(KERNEL_EXIT_EXCEPTION);
}
