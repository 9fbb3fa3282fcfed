# SPDX-License-Identifier: BSD-2-Clause
# file: core/fdt.c
# why: a property header is read when only 4 of its 8 bytes are inside the blob
# run: build/host/test_fdt
# run: build/host64/test_fdt
s/^\t\t\tif (offset > size - 8)$/\t\t\tif (offset > size - 4)/
