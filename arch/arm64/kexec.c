// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump, AArch64 (one CPU; there is no resident hypervisor on
 * AArch64 yet, so both restart at once): the policy in C, the last steps in
 * kexec_restart.S.
 */
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>

/* The image is checked before anything is torn down. */
static int kexec_restart(const struct kexec_image *image)
{
	struct kexec_memory memory;

	hypstub_memory(&memory.base, &memory.size);
	if (kexec_image_check(image, &memory) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	/* Returns only when HVC_SOFT_RESTART said no. */
	kexec_arch_restart(image, hypstub_hyp_available());
	return KEXEC_ERR_RESTART;
}

int kexec(const struct kexec_image *image)
{
	return kexec_restart(image);
}

int kdump(const struct kexec_image *image)
{
	return kexec_restart(image);
}
