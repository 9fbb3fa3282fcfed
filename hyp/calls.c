// SPDX-License-Identifier: BSD-2-Clause
/*
 * The resident hypervisor's calls, from SVC/EL1: the same on every
 * architecture, and usable whether or not this project's hypervisor is the
 * one in HYP/EL2 (hyp/install.c installs it).
 */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>

hypstub_reg_t hyp_call(hypstub_reg_t id, hypstub_reg_t r1, hypstub_reg_t r2,
		       hypstub_reg_t r3, hypstub_reg_t *out_r1,
		       hypstub_reg_t *out_r2, hypstub_reg_t *out_r3)
{
	struct hypstub_regs regs = {.r0 = id, .r1 = r1, .r2 = r2, .r3 = r3};

	if (!hypstub_hyp_available())
		return SMCCC_RET_NOT_SUPPORTED;
	hypstub_hvc(&regs);
	if (out_r1)
		*out_r1 = regs.r1;
	if (out_r2)
		*out_r2 = regs.r2;
	if (out_r3)
		*out_r3 = regs.r3;
	return regs.r0;
}

int hyp_installed(void)
{
	hypstub_reg_t magic = 0;

	/* The boot stub answers HVC_STUB_ERR to any ID above its own. */
	return hyp_call(HYP_CALL_FEATURES, 0, 0, 0, &magic, NULL, NULL) ==
		       SMCCC_RET_SUCCESS &&
	       magic == HYP_FEATURES_MAGIC;
}

int hyp_uninstall(void)
{
	if (!hypstub_hyp_available())
		return HYP_ERR_NOT_IN_HYP;
	if (!hyp_installed())
		return HYP_ERR_NOT_INSTALLED;
	if (hypstub_reset_vectors() != 0)
		return HYP_ERR_RESET_VECTORS;
	return HYP_OK;
}

const char *hyp_error_string(int error)
{
	switch (error) {
	case HYP_OK:
		return "done";
	case HYP_ERR_NOT_IN_HYP:
		return "the kernel did not enter in HYP mode: there is no stub "
		       "to install through";
	case HYP_ERR_ALREADY_INSTALLED:
		return "the hypervisor is already installed on this CPU";
	case HYP_ERR_NOT_INSTALLED:
		return "the hypervisor is not installed on this CPU";
	case HYP_ERR_SET_VECTORS:
		return "HYP refused HVC_SET_VECTORS (is a hypervisor other "
		       "than the boot stub in HYP?)";
	case HYP_ERR_INIT:
		return "the hypervisor's init call failed; HYP was given back "
		       "to the boot stub";
	case HYP_ERR_RESET_VECTORS:
		return "HYP refused HVC_RESET_VECTORS";
	case HYP_ERR_MODE_MISMATCH:
		return "the CPUs entered in different modes (see the line "
		       "above): HYP is not available";
	default:
		return "unknown error";
	}
}
