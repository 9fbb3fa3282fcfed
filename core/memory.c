// SPDX-License-Identifier: BSD-2-Clause
/* Where RAM is, as the boot stub decides it at boot ([BOOT-5]). */
#include <core/fdt.h>
#include <core/stub.h>
#include <plat/platform.h>

/*
 * The first /memory range of the DTB QEMU (or the boot loader) placed at
 * PLAT_DTB_ADDR, or of the one boot_r2 points at when it lies in the RAM
 * every configuration has; otherwise the platform's minimum,
 * PLAT_RAM_MIN_SIZE from PLAT_RAM_BASE. Never more than the machine has, so
 * a vector table or entry the stub accepts is real memory.
 */
void stub_find_memory(hypstub_reg_t boot_r2, hypstub_reg_t *base,
		      hypstub_reg_t *size)
{
	const hypstub_reg_t guaranteed_end = PLAT_RAM_BASE + PLAT_RAM_MIN_SIZE;
	const hypstub_reg_t candidates[] = {PLAT_DTB_ADDR, boot_r2};
	uint32_t i, found_base, found_size;

	for (i = 0; i < sizeof(candidates) / sizeof(candidates[0]); i++) {
		hypstub_reg_t dtb = candidates[i];

		if (dtb < PLAT_RAM_BASE || dtb >= guaranteed_end || dtb % 8)
			continue;
		if (fdt_memory_range((const void *)(uintptr_t)dtb,
				     (uint32_t)(guaranteed_end - dtb),
				     &found_base, &found_size) == FDT_OK) {
			*base = found_base;
			*size = found_size;
			return;
		}
	}
	*base = PLAT_RAM_BASE;
	*size = PLAT_RAM_MIN_SIZE;
}
