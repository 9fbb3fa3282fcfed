# SPDX-License-Identifier: BSD-2-Clause
# file: core/stub.c
# why: the UID's last word is another
# run: build/host/test_stub
# run: tools/run-conformance --timeout 60 build/arm-llvm/conformance.elf
/answer_uid(/,/^}/ s/HYPSTUB_UUID_3;/HYPSTUB_UUID_2;/
