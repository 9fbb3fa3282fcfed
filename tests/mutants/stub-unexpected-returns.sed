# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: an exception that is not an hvc returns to the caller
# run: build/host/test_stub
# run: tests/target/exceptions.sh build/arm-llvm/exceptions.elf --cpu cortex-a15
/^int stub_handle_trap(struct/,/^}/ s/return STUB_NEXT_HALT;/return STUB_NEXT_RETURN;/
