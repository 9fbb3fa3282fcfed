# SPDX-License-Identifier: BSD-2-Clause
# what: the pre-2017 KVM stub: a function ID from HVC_STUB_HCALL_NR up is taken as the address of code to run
# file: core/stub.c
# functions: stub_handle_hvc
# properties: UNKNOWN_2
# expect: UNKNOWN-2
/if (function >= HVC_STUB_HCALL_NR)/{
n
s/return stub_handle_discovery(ctx);/return ((stub_call_handler)function)(ctx);/
}
