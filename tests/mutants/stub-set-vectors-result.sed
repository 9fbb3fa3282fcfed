# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: HVC_SET_VECTORS reports failure after installing
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
/stub_call_set_vectors(struct/,/^}/ s/ctx->r\[0\] = 0;/ctx->r[0] = 1;/
