// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: an AArch64 world switch that
 * forgets one register on the way back, TTBR1_EL1, so the host is left with
 * the guest's value. The guest suite must fail on it ([GUEST-4]), naming
 * the register.
 */
#include <stdint.h>

void hyp_arch_guest_switch_out_checked(unsigned int cpu);
void hyp_arch_guest_switch_out(unsigned int cpu);

void hyp_arch_guest_switch_out(unsigned int cpu)
{
	uint64_t guest_ttbr1;

	__asm__ volatile("mrs %0, ttbr1_el1" : "=r"(guest_ttbr1));
	hyp_arch_guest_switch_out_checked(cpu);
	__asm__ volatile("msr ttbr1_el1, %0\n\tisb" ::"r"(guest_ttbr1));
}
