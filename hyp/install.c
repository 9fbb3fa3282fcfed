// SPDX-License-Identifier: BSD-2-Clause
/* Installing the resident hypervisor, from SVC/EL1 (hyp/calls.c: the rest). */
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>

extern const char hyp_vectors[];

int hyp_install(void)
{
	if (hypstub_mode_mismatch(NULL, NULL)) {
		hypstub_report_mode_mismatch();
		return HYP_ERR_MODE_MISMATCH;
	}
	if (!hypstub_hyp_available())
		return HYP_ERR_NOT_IN_HYP;
	if (hyp_installed())
		return HYP_ERR_ALREADY_INSTALLED;
	if (hypstub_set_vectors((hypstub_reg_t)(uintptr_t)hyp_vectors) != 0)
		return HYP_ERR_SET_VECTORS;
	if (hyp_call(HYP_CALL_INIT, 0, 0, 0, NULL, NULL, NULL) !=
	    SMCCC_RET_SUCCESS) {
		hypstub_reset_vectors();
		return HYP_ERR_INIT;
	}
	return HYP_OK;
}
