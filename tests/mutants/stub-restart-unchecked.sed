# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: a soft-restart entry outside RAM is entered
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
/stub_call_soft_restart(struct/,/^}/ s/if (!stub_restart_entry_is_valid(ctx->r\[1\]))/if (0)/
