/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Where Xen 4.17 puts dom0 under QEMU's virt machine with the options of
 * tools/xen-run (-m 1G, dom0_mem=256M): a 1:1 RAM bank, measured. The test
 * kernels that run as dom0 are linked inside it (mk/xen.mk, which must
 * match).
 */
#ifndef TESTS_XEN_XEN_H
#define TESTS_XEN_XEN_H

#define XEN_DOM0_RAM_BASE_ARM 0x50000000
#define XEN_DOM0_RAM_BASE_ARM64 0x60000000
#define XEN_DOM0_RAM_SIZE 0x10000000

/* AArch64: the Image is copied to the bank's start plus this. */
#define XEN_DOM0_TEXT_OFFSET 0x80000

#endif /* TESTS_XEN_XEN_H */
