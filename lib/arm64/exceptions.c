// SPDX-License-Identifier: BSD-2-Clause
/* EL1 exceptions of the AArch64 test kernels (lib/arm64/vectors.S). */
#include <arch/arm64/sysreg.h>
#include <kernel/kernel.h>
#include <plat/cpu.h>
#include <plat/platform.h>
#include <plat/uart.h>

#define FRAME_ELR 31
#define SLOT_CURRENT_SPX_SYNC 0x200
#define SLOT_CURRENT_SPX_IRQ 0x280
#define A64_INSTRUCTION_SIZE 4

extern const char kernel_vectors64[];

int (*kernel_undef_hook)(uint32_t address);

/* Per CPU: each CPU handles its own IRQs its own way. */
static void (*kernel_irq_hooks[PLAT_MAX_CPUS])(uint32_t iar);

void kernel_set_irq_hook(void (*hook)(uint32_t iar))
{
	kernel_irq_hooks[plat_cpu_index()] = hook;
}

void kernel_exception64(uint64_t offset, uint64_t *frame);
void kernel_exception64(uint64_t offset, uint64_t *frame)
{
	uint64_t esr = read_esr_el1();

	if (offset == SLOT_CURRENT_SPX_IRQ &&
	    kernel_irq_hooks[plat_cpu_index()]) {
		kernel_irq_hooks[plat_cpu_index()](kernel_irq_acknowledge());
		return;
	}

	if (offset == SLOT_CURRENT_SPX_SYNC && ESR_EC(esr) == ESR_EC_UNKNOWN &&
	    kernel_undef_hook &&
	    kernel_undef_hook((uint32_t)frame[FRAME_ELR])) {
		frame[FRAME_ELR] += A64_INSTRUCTION_SIZE;
		return;
	}
	kprintf("\nkernel: unexpected exception at EL1: slot 0x%x, ESR_EL1 "
		"0x%08x, ELR_EL1 0x%08x\n",
		(uint32_t)offset, (uint32_t)esr, (uint32_t)frame[FRAME_ELR]);
	plat_exit(KERNEL_EXIT_EXCEPTION);
}

void kernel_cpu_init(unsigned int cpu)
{
	(void)cpu;
	write_vbar_el1((uint64_t)(uintptr_t)kernel_vectors64);
	isb();
}
