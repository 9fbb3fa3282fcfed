/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * Shared by the host fuzzers (libFuzzer): reading the input as words, and
 * failing loudly. A fuzzer checks the spec's rules after every call and
 * aborts on a violation, which libFuzzer reports as a crash with the input
 * that caused it (make fuzz-host, tools/fuzz-host-tap).
 */
#ifndef TESTS_FUZZ_FUZZ_H
#define TESTS_FUZZ_FUZZ_H

#include <hypstub/reg.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

/* The input, consumed from the front; past its end every byte reads 0. */
struct fuzz_input {
	const uint8_t *data;
	size_t size;
};

static inline uint32_t fuzz_word(struct fuzz_input *input)
{
	uint32_t word = 0;
	unsigned int i;

	for (i = 0; i < 4; i++) {
		uint32_t byte = 0;

		if (input->size > 0) {
			byte = input->data[0];
			input->data++;
			input->size--;
		}
		word |= byte << (8 * i);
	}
	return word;
}

/* A register's worth of input: 4 bytes, or 8 in the 64-bit model. */
static inline uint64_t fuzz_register(struct fuzz_input *input)
{
	uint64_t low = fuzz_word(input);

	if (sizeof(hypstub_reg_t) == 4)
		return low;
	return low | (uint64_t)fuzz_word(input) << 32;
}

/* True when [address, address + length) lies in [base, base + size). */
static inline int fuzz_in_range(uint64_t base, uint64_t size, uint64_t address,
				uint64_t length)
{
	/* 128-bit sums: the model must not share the code's overflow care. */
	return address >= base && (unsigned __int128)address + length <=
					  (unsigned __int128)base + size;
}

/*
 * The spec's answer to a discovery call ([DISCOVERY-1] to [DISCOVERY-4]),
 * written from doc/hyp-abi.md, not from core/stub.c: 1 with r0-r3 and *ip
 * updated, or 0 when id is no discovery call.
 */
static inline int fuzz_model_discovery(hypstub_reg_t id, hypstub_reg_t r[4],
				       hypstub_reg_t *ip, uint32_t calls,
				       uint32_t implementer,
				       hypstub_reg_t vectors,
				       hypstub_reg_t ram_base,
				       hypstub_reg_t ram_size)
{
	switch (id) {
	case 0x8600ff01: /* UID */
		r[0] = 0x2bbd6bf3;
		r[1] = 0x734ba35c;
		r[2] = 0xad37dc9d;
		r[3] = 0x64690f42;
		return 1;
	case 0x8600ff03: /* revision 2.0 */
		r[0] = 2;
		r[1] = 0;
		return 1;
	case 0x8600fe00: /* query */
		r[0] = 0;
		r[1] = 0x48595053;
		r[2] = 2;
		r[3] = calls;
		*ip = implementer;
		return 1;
	case 0x8600fe01: /* memory */
		r[0] = 0;
		r[1] = vectors;
		r[2] = ram_base;
		r[3] = ram_size;
		return 1;
	default:
		return 0;
	}
}

/* Set by each fuzzer: prints the call that broke a rule. */
static void (*fuzz_dump)(void);

/* A rule of the spec was broken: say which and how, then abort. */
static inline void fuzz_require(int ok, const char *rule, const char *what)
{
	if (ok)
		return;
	(void)fprintf(stderr, "fuzz: VIOLATION of %s: %s\n", rule, what);
	if (fuzz_dump)
		fuzz_dump();
	abort();
}

#endif /* TESTS_FUZZ_FUZZ_H */
