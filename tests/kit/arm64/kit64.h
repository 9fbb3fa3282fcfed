/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The conformance kit's install protocol on AArch64 ([A64-KIT-INSTALL-1],
 * doc/conformance-kit.md), shared by the black-box kernel's C and assembly
 * (tests/kit/arm64/). The parameter words are the AArch32 kit's
 * (tests/kit/kit.h): the implementation is a raw image QEMU loads at
 * KIT_IMPL_DEFAULT_ADDR or where KIT_IMPL_ADDR_WORD says; the kernel
 * branches to it at EL2 with x0 = where to return and x1 = the DTB.
 */
#ifndef TESTS_KIT_ARM64_KIT64_H
#define TESTS_KIT_ARM64_KIT64_H

#include <plat/platform.h>

/* Parameter words the runner pokes (0, untouched RAM, is the default). */
#define KIT_START_INDEX_WORD PLAT_PARAM_WORD(0) /* as tools/run-conformance */
#define KIT_IMPL_ADDR_WORD PLAT_PARAM_WORD(8)	/* where the image is */
#define KIT_KIND_WORD PLAT_PARAM_WORD(9)	/* KIT_KIND_* */
#define KIT_IMPL_SIZE_WORD PLAT_PARAM_WORD(10)	/* its size in bytes */
#define KIT_HYP_ADDR_WORD PLAT_PARAM_WORD(11)	/* a hypervisor's image */
#define KIT_HYP_SIZE_WORD PLAT_PARAM_WORD(12)

#define KIT_IMPL_DEFAULT_ADDR 0x40800000
#define KIT_HYP_DEFAULT_ADDR 0x40c00000
#define KIT_KIND_BOOT_STUB 0
#define KIT_KIND_RESIDENT_HYP 1

/*
 * The hypervisor's install call ([KIT-HYP-INSTALL-1]), as on AArch32
 * (tests/kit/kit.h): x1 = the boot stub's vectors, x2 = RAM base, x3 = RAM
 * size, x4 = the DTB; x0 = 0 when it installed itself.
 */
#define KIT_HYP_INIT 0x8600fe10

/* The exit status when a refused call restarted into a landing pad. */
#define KIT_EXIT_LANDED 126

/* What the catch table answers: it was installed although it must not be. */
#define KIT_CATCH_MAGIC 0xca7c4ed0
/* The catch table: 4 KiB of branches, so any VBAR_EL2 in its first half
 * (aligned or not, masked or not) lands in it. */
#define KIT_CATCH_SIZE 4096

/* What the kit puts in x19-x29 for the install; they must come back. */
#define KIT_PATTERN(reg) (0x0101010101010101 * (reg))

/* TCR_EL2.TBI: with it, a tagged entry a stub fails to refuse is caught. */
#define KIT_TCR_EL2_TBI (1 << 20)
#define KIT_TAG (0xffull << 56)

/* struct kit_install64, filled at EL2 right after the install returned. */
#define KIT_INSTALL_CURRENT_EL 0
#define KIT_INSTALL_RESULT 8
#define KIT_INSTALL_SP_BEFORE 16
#define KIT_INSTALL_SP_AFTER 24
#define KIT_INSTALL_X19 32 /* x19-x29 after the return: 11 words */
#define KIT_INSTALL_DAIF 120
#define KIT_INSTALL_SIZE 128

/* struct kit_arrival64: what a soft restart's payload entered with. */
#define KIT_ARRIVAL_X0 0 /* x0-x3 */
#define KIT_ARRIVAL_CURRENT_EL 32
#define KIT_ARRIVAL_DAIF 40
#define KIT_ARRIVAL_SPSEL 48
#define KIT_ARRIVAL_COUNT 56
#define KIT_ARRIVAL_SIZE 64

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct kit_install64 {
	uint64_t current_el, result, sp_before, sp_after;
	uint64_t x19_x29[11];
	uint64_t daif;
};
_Static_assert(offsetof(struct kit_install64, result) == KIT_INSTALL_RESULT,
	       "");
_Static_assert(offsetof(struct kit_install64, x19_x29) == KIT_INSTALL_X19, "");
_Static_assert(offsetof(struct kit_install64, daif) == KIT_INSTALL_DAIF, "");
_Static_assert(sizeof(struct kit_install64) == KIT_INSTALL_SIZE, "");

struct kit_arrival64 {
	uint64_t x[4];
	uint64_t current_el, daif, spsel, count;
};
_Static_assert(offsetof(struct kit_arrival64, current_el) ==
		       KIT_ARRIVAL_CURRENT_EL,
	       "");
_Static_assert(offsetof(struct kit_arrival64, count) == KIT_ARRIVAL_COUNT, "");
_Static_assert(sizeof(struct kit_arrival64) == KIT_ARRIVAL_SIZE, "");

extern struct kit_install64 kit_install;
extern struct kit_arrival64 kit_arrival;
extern uint64_t kit_entry_current_el;
extern uint64_t kit_install_returned; /* 1 once the image returned */
/* An entry a refused call must never reach. */
extern const char kit_landing[];
/* Where a soft restart the suite wants enters (then kit_restarted()). */
extern const char kit_payload[];
/* A table that, once installed, answers KIT_CATCH_MAGIC and restores VBAR. */
extern const char kit_catch_vectors[];
extern uint64_t kit_catch_return_vbar;
extern volatile uint64_t kit_catch_count;

/* C, called from tests/kit/arm64/entry.S. */
uint64_t kit_el2_before_install(void);
void kit_el2_after_install(void);
void kit_el2_payload(void);
void kit_main(void);
void kit_restarted(void);
void kit_landed(uint64_t pc, uint64_t x0, uint64_t x1);
void kit_catch_unexpected(uint64_t esr, uint64_t elr);
#endif /* !__ASSEMBLY__ */
#endif /* TESTS_KIT_ARM64_KIT64_H */
