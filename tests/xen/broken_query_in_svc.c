// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL, built only for tests: a library whose discovery wrapper
 * asks with an hvc whatever mode the kernel was entered in, as if an
 * unanswered hvc were harmless. Below Xen the hvc reaches Xen, which answers
 * -1 (NOT_SUPPORTED); the [SVC-BOOT-2] test must fail on it
 * (tests/suite.d/xen.list). The real wrapper is core/api.c's, built as
 * hypstub_query_checked.
 */
#include <hypstub/hypstub.h>

hypstub_reg_t hypstub_query_checked(struct hypstub_query_result *result);

hypstub_reg_t hypstub_query(struct hypstub_query_result *result)
{
	hypstub_reg_t answer = hypstub_query_checked(result);
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_UID};

	if (hypstub_hyp_available())
		return answer;
	/*
	 * The bug: no stub below, and the discovery call goes out anyway (any
	 * hypervisor answers an SMCCC ID it does not know with an error, the
	 * author thought); its answer is passed on.
	 */
	hypstub_hvc(&regs);
	return regs.r0;
}
