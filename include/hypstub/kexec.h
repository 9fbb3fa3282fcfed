/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * kexec and kdump: restart into another image (a payload) that follows the
 * Linux ARM boot protocol, in HYP mode when the kernel entered in HYP, in
 * SVC otherwise. The state the payload receives is doc/kexec.md's.
 */
#ifndef HYPSTUB_KEXEC_H
#define HYPSTUB_KEXEC_H

#include <hypstub/reg.h>

#define KEXEC_OK 0
#define KEXEC_ERR_ENTRY (-1)	 /* entry outside RAM or not ARM-aligned */
#define KEXEC_ERR_DTB (-2)	 /* DTB outside RAM, misaligned or no DTB */
#define KEXEC_ERR_UNINSTALL (-3) /* the resident hypervisor stayed */
#define KEXEC_ERR_RESTART (-4)	 /* HVC_SOFT_RESTART was refused */
#define KEXEC_ERR_IMAGE (-5)	 /* not an arm64 Image, or misplaced */

/* The Linux ARM boot protocol's r1: "no machine type, use the DTB". */
#define KEXEC_LINUX_MACHINE_DT 0xffffffff

/* Offsets into struct kexec_image, for the kexec_restart.S files. */
#if HYPSTUB_REG_BYTES == 8
#define KEXEC_IMAGE_ENTRY 0
#define KEXEC_IMAGE_R0 8
#define KEXEC_IMAGE_R1 16
#define KEXEC_IMAGE_R2 24
#else
#define KEXEC_IMAGE_ENTRY 0
#define KEXEC_IMAGE_R0 4
#define KEXEC_IMAGE_R1 8
#define KEXEC_IMAGE_R2 12
#endif

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

/* A payload: where it starts and the registers it starts with. */
struct kexec_image {
	hypstub_reg_t entry; /* physical address, ARM (A32 or A64) state */
	hypstub_reg_t r0;    /* r0-r2, or x0-x2 on AArch64 */
	hypstub_reg_t r1;
	hypstub_reg_t r2;
};

_Static_assert(offsetof(struct kexec_image, entry) == KEXEC_IMAGE_ENTRY, "");
_Static_assert(offsetof(struct kexec_image, r0) == KEXEC_IMAGE_R0, "");
_Static_assert(offsetof(struct kexec_image, r1) == KEXEC_IMAGE_R1, "");
_Static_assert(offsetof(struct kexec_image, r2) == KEXEC_IMAGE_R2, "");

/* The RAM a payload and its DTB must lie in. */
struct kexec_memory {
	hypstub_reg_t base;
	hypstub_reg_t size;
};

/*
 * Describe a Linux-protocol payload: on AArch32 r0 = 0, r1 =
 * KEXEC_LINUX_MACHINE_DT, r2 = dtb; on AArch64 x0 = dtb, x1 = x2 = 0.
 * Checks the entry and the DTB's place (not its content): KEXEC_OK or
 * KEXEC_ERR_*; *image is filled in either way.
 */
int kexec_image_linux(struct kexec_image *image,
		      const struct kexec_memory *memory, hypstub_reg_t entry,
		      hypstub_reg_t dtb);

/* Check an image's entry: KEXEC_OK or KEXEC_ERR_ENTRY. */
int kexec_image_check(const struct kexec_image *image,
		      const struct kexec_memory *memory);

/*
 * The size of the flattened device tree at blob (its header's totalsize),
 * or 0 when blob does not start with the FDT magic or the size is absurd.
 */
uint32_t kexec_fdt_size(const void *blob, uint32_t max_size);

/*
 * Copy the DTB at from to to (8-byte aligned, inside RAM, not overlapping),
 * so that it survives a payload that writes over the start of RAM (a Linux
 * zImage decompresses there). Returns its size, or 0 when there is no valid
 * DTB at from or it does not fit.
 */
uint32_t kexec_copy_dtb(hypstub_reg_t to, hypstub_reg_t from,
			const struct kexec_memory *memory);

/*
 * An arm64 Linux Image loaded at load (its header's first byte, which is
 * also its entry): kexec_image_linux() with x0 = dtb, then the header
 * checked (kexec_arm64_image_check()). KEXEC_OK or KEXEC_ERR_*.
 */
int kexec_image_arm64(struct kexec_image *image,
		      const struct kexec_memory *memory, hypstub_reg_t load,
		      hypstub_reg_t dtb);

/*
 * The header of an arm64 Image meant to run at load, read at header:
 * magic "ARM\x64" at 0x38, little-endian, image_size known (not 0),
 * load - text_offset 2 MiB-aligned, all image_size bytes inside memory and
 * clear of the DTB's dtb_size bytes (else KEXEC_ERR_DTB). KEXEC_OK or
 * KEXEC_ERR_IMAGE.
 */
int kexec_arm64_image_check(const void *header, hypstub_reg_t load,
			    const struct kexec_memory *memory,
			    hypstub_reg_t dtb, hypstub_reg_t dtb_size);

/*
 * kexec: give HYP back to the boot stub (the resident hypervisor is
 * uninstalled on this CPU), then restart into the image. Returns only on
 * error, with a KEXEC_ERR_* value.
 */
int kexec(const struct kexec_image *image);

/*
 * kdump: restart into the image now, from any context (a task, an IRQ
 * handler), with whatever is in HYP left in place: it must honour
 * HVC_SOFT_RESTART. IRQs, FIQs and asynchronous aborts are masked, the data
 * cache cleaned, the SVC MMU and caches turned off. Returns only on error.
 */
int kdump(const struct kexec_image *image);

/*
 * SMP. A kernel restarting on one CPU first stops the others (with an IPI of
 * its own); each stopped CPU calls kexec_cpu_stop(), which gives the
 * resident hypervisor back on that CPU when uninstall_hyp (kexec; kdump
 * leaves it), goes to HYP with HVC_SOFT_RESTART when HYP is available and
 * powers the CPU off with PSCI CPU_OFF, so that a later CPU_ON finds it off.
 * Never returns.
 */
void kexec_cpu_stop(int uninstall_hyp) __attribute__((noreturn));

/*
 * Wait, up to timeout_us microseconds, until every CPU in mask (bit n: CPU
 * index n) is off as PSCI's AFFINITY_INFO says. Returns the CPUs still on.
 */
uint32_t kexec_wait_cpus_off(uint32_t mask, uint32_t timeout_us);

/*
 * The last steps, in assembly: mask, clean, SVC MMU and caches off, then
 * HVC_SOFT_RESTART when use_hvc (HYP available) or a direct jump in SVC.
 * Returns only when the hvc was refused, with its r0.
 */
hypstub_reg_t kexec_arch_restart(const struct kexec_image *image, int use_hvc);

#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_KEXEC_H */
