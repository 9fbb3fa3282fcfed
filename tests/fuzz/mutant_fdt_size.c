// SPDX-License-Identifier: BSD-2-Clause
/*
 * NEGATIVE CONTROL for tests/fuzz/fuzz_kexec.c: a kexec_fdt_size() that
 * trusts the header's totalsize once the magic matches, as a naive reader
 * would. fuzz_kexec must catch it (tools/fuzz-host-tap).
 */
#include <hypstub/kexec.h>

uint32_t kexec_fdt_size(const void *blob, uint32_t max_size)
{
	const unsigned char *header = blob;

	if (max_size < 8 || header[0] != 0xd0 || header[1] != 0x0d ||
	    header[2] != 0xfe || header[3] != 0xed)
		return 0;
	return (uint32_t)header[4] << 24 | (uint32_t)header[5] << 16 |
	       (uint32_t)header[6] << 8 | header[7];
}
