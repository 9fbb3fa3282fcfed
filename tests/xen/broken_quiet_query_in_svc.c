// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: like broken_query_in_svc.c, a
 * discovery wrapper that asks with an hvc although the kernel was entered in
 * SVC/EL1, but one that then reads the answer as v2 callers do: not the
 * UUID, so "no stub", HVC_STUB_ERR. The caller sees the right result; only
 * the hypervisor below knows an hvc went out. Below Xen, tools/xen-run's
 * --hvc-budget (Xen's log as the witness) must fail [SVC-BOOT-2] on it.
 */
#include <hypstub/hypstub.h>

hypstub_reg_t hypstub_query_checked(struct hypstub_query_result *result);

hypstub_reg_t hypstub_query(struct hypstub_query_result *result)
{
	hypstub_reg_t answer = hypstub_query_checked(result);
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_UID};

	if (hypstub_hyp_available())
		return answer;
	/* The bug: the call goes out; its answer is then thrown away. */
	hypstub_hvc(&regs);
	return HVC_STUB_ERR;
}
