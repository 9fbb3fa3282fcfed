// SPDX-License-Identifier: BSD-2-Clause
/*
 * EVA's entry point for core/kexec.c: the payload checks with the RAM range,
 * the entry and the DTB address unknown, and the DTB size check over a
 * header of unknown bytes and any room up to its size.
 */
#include "__fc_builtin.h"
#include <hypstub/kexec.h>

#define PROOF_BLOB_BYTES 64

int main(void)
{
	struct kexec_image image;
	struct kexec_memory memory;
	hypstub_reg_t entry, dtb;
	unsigned char blob[PROOF_BLOB_BYTES];
	uint32_t room = Frama_C_unsigned_int_interval(0, PROOF_BLOB_BYTES);

	Frama_C_make_unknown((char *)&memory, sizeof(memory));
	Frama_C_make_unknown((char *)&entry, sizeof(entry));
	Frama_C_make_unknown((char *)&dtb, sizeof(dtb));
	Frama_C_make_unknown((char *)blob, sizeof(blob));
	kexec_image_linux(&image, &memory, entry, dtb);
	kexec_image_check(&image, &memory);
	return kexec_fdt_size(blob, room) != 0;
}
