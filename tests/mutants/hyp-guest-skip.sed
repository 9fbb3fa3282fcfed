# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/hyp_main.c
# why: a trapped 32-bit instruction is skipped by 2 bytes
# run: build/host/test_hyp
# run: tools/run-conformance --timeout 60 build/arm-llvm/guest.elf
s/ctx->elr += (ctx->esr \& ESR_IL) ? 4 : 2;/ctx->elr += 2;/
