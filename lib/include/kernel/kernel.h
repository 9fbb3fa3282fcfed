/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A minimal SVC-side runtime for the demo and test kernels: console output,
 * exception vectors for PL1 and exit. Not part of the stub library.
 */
#ifndef KERNEL_KERNEL_H
#define KERNEL_KERNEL_H

#define KERNEL_EXC_UNDEF 1
#define KERNEL_EXC_SVC 2
#define KERNEL_EXC_PABORT 3
#define KERNEL_EXC_DABORT 4
#define KERNEL_EXC_IRQ 5
#define KERNEL_EXC_FIQ 6

/* Exit status a kernel uses when an exception it did not expect arrives. */
#define KERNEL_EXIT_EXCEPTION 99

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/*
 * %s %c %d %u %x with an optional 0-padded width; every number is 32 bits.
 * No format attribute: arm-none-eabi's uint32_t is "long", clang's is "int",
 * and the checker would tell them apart although both are 32 bits here.
 */
void kprintf(const char *format, ...);

/* Set VBAR and the stacks of the PL1 exception modes for this CPU. */
void kernel_cpu_init(unsigned int cpu);

/*
 * Called for an undefined instruction taken in SVC, with its address. Return
 * non-zero to resume after the instruction; 0 reports it and exits.
 */
extern int (*kernel_undef_hook)(uint32_t address);

/*
 * Set this CPU's IRQ handler: called for an IRQ in PL1 with the GIC's
 * acknowledge value; it ends the interrupt (or does not return). Unset, an
 * IRQ is reported and exits.
 */
void kernel_set_irq_hook(void (*hook)(uint32_t iar));

/* lib/gic.c: SGIs to this CPU or others. */
void kernel_gic_init(void);
void kernel_send_sgi_to_self(uint32_t sgi);
void kernel_send_sgi(uint32_t cpu_mask, uint32_t sgi);
uint32_t kernel_irq_acknowledge(void);
void kernel_irq_end(uint32_t iar);
uint32_t kernel_irq_number(uint32_t iar);

/* lib/mmu.c: the SVC identity map, MMU and caches on. */
void kernel_mmu_enable(void);
int kernel_mmu_enabled(void);

/*
 * lib/smp.c: secondary CPUs. They enter at hypstub_secondary_entry; the
 * kernel's hypstub_secondary_main() calls kernel_secondary_loop(), which runs
 * work sent with kernel_run_on() and stops the CPU on KERNEL_STOP_SGI.
 */
#define KERNEL_STOP_SGI 2
#define KERNEL_CALL_SGI 3
#define KERNEL_CPU_START_TIMEOUT (-100)
int kernel_start_cpu(unsigned int cpu);
unsigned int kernel_start_secondaries(void);
int kernel_cpu_online(unsigned int cpu);
uint32_t kernel_online_mask(void);
void kernel_secondary_loop(unsigned int cpu) __attribute__((noreturn));
void kernel_run_on(unsigned int cpu, void (*work)(unsigned int, void *),
		   void *arg, int wait);
void kernel_wait_for(unsigned int cpu);
/* Stop every other online CPU; returns those still on after timeout_us. */
uint32_t kernel_stop_other_cpus(int uninstall_hyp, uint32_t timeout_us);

/* lib/fdt.c: a string property of a node below the root, or NULL. */
const char *kernel_fdt_property(const void *blob, const char *node,
				const char *property);

/* Exception entry from lib/vectors.S. */
void kernel_exception(uint32_t kind, const uint32_t *saved_lr);

void *memset(void *dest, int value, size_t length);
void *memcpy(void *dest, const void *src, size_t length);
int memcmp(const void *a, const void *b, size_t length);
size_t strlen(const char *s);

#endif /* !__ASSEMBLY__ */
#endif /* KERNEL_KERNEL_H */
