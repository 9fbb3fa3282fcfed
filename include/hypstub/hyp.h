/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The resident hypervisor's public API, called from SVC on the CPU it acts
 * on. It takes HYP over from the boot stub (HVC_SET_VECTORS, then its own
 * HYP_CALL_INIT) and gives it back (HVC_RESET_VECTORS). Addresses are taken
 * as physical: call it with the SVC MMU off or identity-mapped.
 */
#ifndef HYPSTUB_HYP_H
#define HYPSTUB_HYP_H

#include <hypstub/abi.h>
#include <hypstub/reg.h>

#define HYP_OK 0
#define HYP_ERR_NOT_IN_HYP (-1)	       /* the kernel did not enter in HYP */
#define HYP_ERR_ALREADY_INSTALLED (-2) /* it is installed on this CPU */
#define HYP_ERR_NOT_INSTALLED (-3)     /* nothing to uninstall */
#define HYP_ERR_SET_VECTORS (-4)       /* HYP refused HVC_SET_VECTORS */
#define HYP_ERR_INIT (-5)	       /* HYP_CALL_INIT failed; stub back */
#define HYP_ERR_RESET_VECTORS (-6)     /* HVC_RESET_VECTORS failed */
#define HYP_ERR_MODE_MISMATCH (-7)     /* CPUs entered in different modes */

#ifndef __ASSEMBLY__
#include <stdint.h>

/* Install on this CPU: HYP_OK or HYP_ERR_*. */
int hyp_install(void);
/* Give HYP back to the boot stub on this CPU: HYP_OK or HYP_ERR_*. */
int hyp_uninstall(void);
/* True when the resident hypervisor answers hvc on this CPU. */
int hyp_installed(void);
/* A sentence for a HYP_OK or HYP_ERR_* value. */
const char *hyp_error_string(int error);

/* One of the hypervisor's SMCCC calls: r0 = id, r1-r3; returns r0. */
hypstub_reg_t hyp_call(hypstub_reg_t id, hypstub_reg_t r1, hypstub_reg_t r2,
		       hypstub_reg_t r3, hypstub_reg_t *out_r1,
		       hypstub_reg_t *out_r2, hypstub_reg_t *out_r3);

#endif /* !__ASSEMBLY__ */
#endif /* HYPSTUB_HYP_H */
