# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: a vector table only word-aligned is accepted
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/(address % VECTOR_TABLE_ALIGN) == 0/(address % 4) == 0/
