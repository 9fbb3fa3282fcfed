# SPDX-License-Identifier: BSD-2-Clause
# file: hyp/arm64/hyp_vectors.S
# why: uninstall leaves VBAR_EL2 at the hypervisor's vectors
# run: tools/run-conformance --arch arm64 --timeout 60 --target hyp build/arm64-llvm/conformance.elf
# run: tools/run-conformance --arch arm64 --timeout 60 build/arm64-llvm/kexec.elf
s/^\tmsr\tvbar_el2, x20\(.*\)$/\tnop\1/
