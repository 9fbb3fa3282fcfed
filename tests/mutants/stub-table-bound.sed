# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: an ID equal to HVC_STUB_HCALL_NR reads past the table
# run: build/host/test_stub
# run: build/host64/test_stub
s/if (function >= HVC_STUB_HCALL_NR)/if (function > HVC_STUB_HCALL_NR)/
