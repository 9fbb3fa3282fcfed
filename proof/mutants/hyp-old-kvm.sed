# SPDX-License-Identifier: BSD-2-Clause
# what: the pre-2017 KVM hypervisor: a stub call's ID (below HVC_STUB_HCALL_NR) is taken as the address of code to run
# file: hyp/hyp_main.c
# functions: hyp_dispatch_stub_call
# properties: HYP_STUB_1
# expect: HYP-STUB-1
s/hyp_handler handler = hyp_stub_calls\[ctx->r\[0\]\];/hyp_handler handler = (hyp_handler)ctx->r[0];/
