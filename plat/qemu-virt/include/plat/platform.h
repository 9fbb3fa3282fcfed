/* SPDX-License-Identifier: BSD-2-Clause */
/* The memory map of QEMU's "virt" machine (AArch32 view), as this code uses it.
 */
#ifndef PLAT_PLATFORM_H
#define PLAT_PLATFORM_H

/*
 * RAM starts at 1 GiB; how much there is comes from the DTB at boot
 * (hypstub_memory()). The tests and the demo run QEMU with -m 128M and lay
 * things out within PLAT_RAM_SIZE; PLAT_RAM_MIN_SIZE is what the stub
 * assumes when it finds no DTB (QEMU's smallest sensible -m).
 */
#define PLAT_RAM_BASE 0x40000000
#define PLAT_RAM_SIZE 0x08000000
#define PLAT_RAM_MIN_SIZE 0x02000000

/* Where QEMU puts the DTB for a bare ELF loaded at or above 0x40100000. */
#define PLAT_DTB_ADDR 0x40000000

/*
 * Where kexec hands a payload its DTB: 2 MiB below the end of RAM, clear of
 * a Linux zImage, which decompresses its kernel to the start of RAM.
 */
#define PLAT_DTB_COPY_ADDR (PLAT_RAM_BASE + PLAT_RAM_SIZE - 0x200000)

/* PL011 UART. */
#define PLAT_UART_BASE 0x09000000

/* GICv2 distributor and CPU interface. */
#define PLAT_GICD_BASE 0x08000000
#define PLAT_GICC_BASE 0x08010000
/* GICv3 (AArch64, gic-version=3): redistributors, 128 KiB per CPU. */
#define PLAT_GICR_BASE 0x080a0000

/* CPUs: QEMU numbers them in MPIDR.Aff0. */
#define PLAT_MAX_CPUS 8
#define PLAT_MPIDR_CPU_MASK 0xff

/*
 * The parameter words: RAM the kernels never load into, where the tools
 * poke a run's parameters with QEMU's "-device loader" before it starts
 * (tools/params.sh names the same address for the scripts). Zero, the value
 * of untouched RAM, always means the default.
 */
#define PLAT_PARAM_BASE 0x40f00000
#define PLAT_PARAM_WORD(n) (PLAT_PARAM_BASE + 4 * (n))

#endif /* PLAT_PLATFORM_H */
