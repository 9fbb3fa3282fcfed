# SPDX-License-Identifier: BSD-2-Clause
# file: core/kexec.c
# why: a DTB may claim more bytes than the buffer
# run: build/host/test_fdt
# run: build/host/test_kexec
s/if (size < FDT_HEADER_SIZE || size > max_size || size > FDT_MAX_SIZE)/if (size < FDT_HEADER_SIZE || size > FDT_MAX_SIZE)/
