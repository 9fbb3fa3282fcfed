// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump, both architectures: the policy. The payload is checked
 * against the RAM the boot stub found ([BOOT-5]) before anything is torn
 * down; kexec gives HYP back to the boot stub first, kdump leaves the
 * resident hypervisor where it is, since it keeps honouring
 * HVC_SOFT_RESTART and a crashing kernel must not depend on tearing it
 * down. The last steps are the architecture's kexec_arch_restart().
 */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>

static int kexec_check(const struct kexec_image *image)
{
	struct kexec_memory memory;

	hypstub_memory(&memory.base, &memory.size);
	return kexec_image_check(image, &memory);
}

/* Returns only when HVC_SOFT_RESTART said no. */
static int kexec_restart(const struct kexec_image *image)
{
	kexec_arch_restart(image, hypstub_hyp_available());
	return KEXEC_ERR_RESTART;
}

int kexec(const struct kexec_image *image)
{
	if (kexec_check(image) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	if (hypstub_hyp_available() && hyp_installed() &&
	    hyp_uninstall() != HYP_OK)
		return KEXEC_ERR_UNINSTALL;
	return kexec_restart(image);
}

int kdump(const struct kexec_image *image)
{
	if (kexec_check(image) != KEXEC_OK)
		return KEXEC_ERR_ENTRY;
	return kexec_restart(image);
}
