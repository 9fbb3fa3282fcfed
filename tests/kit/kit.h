/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * The conformance kit's install protocol (doc/conformance-kit.md), shared by
 * the black-box kernel's C and assembly and by the implementations in
 * tests/kit/. An implementation under test is a raw image QEMU loads at
 * KIT_IMPL_DEFAULT_ADDR (or where the word at KIT_IMPL_ADDR_WORD says); the
 * kernel branches to it in HYP with r0 = where to return and r1 = the DTB.
 */
#ifndef TESTS_KIT_KIT_H
#define TESTS_KIT_KIT_H

#include <plat/platform.h>

/* Parameter words the runner pokes (0, untouched RAM, is the default). */
#define KIT_START_INDEX_WORD PLAT_PARAM_WORD(0) /* as tools/run-conformance */
#define KIT_IMPL_ADDR_WORD PLAT_PARAM_WORD(8)	/* where the image is */
#define KIT_KIND_WORD PLAT_PARAM_WORD(9)	/* KIT_KIND_* */
#define KIT_IMPL_SIZE_WORD PLAT_PARAM_WORD(10)	/* its size in bytes */
#define KIT_HYP_ADDR_WORD PLAT_PARAM_WORD(11)	/* the hypervisor's image */
#define KIT_HYP_SIZE_WORD PLAT_PARAM_WORD(12)

#define KIT_IMPL_DEFAULT_ADDR 0x40800000
#define KIT_HYP_DEFAULT_ADDR 0x40c00000
#define KIT_KIND_BOOT_STUB 0
#define KIT_KIND_RESIDENT_HYP 1

/*
 * The hypervisor's install call ([KIT-HYP-INSTALL-1]): the first hvc its
 * vectors take, once the boot stub installed them with HVC_SET_VECTORS.
 * r1 = the boot stub's vectors, r2 = RAM base, r3 = RAM size, ip = the DTB;
 * r0 = 0 when it installed itself. The kit's, not the ABI's: an SMCCC fast
 * call of the vendor-hypervisor owner next to the discovery calls.
 */
#define KIT_HYP_INIT 0x8600fe10

/* The exit status when a refused call restarted into a landing pad. */
#define KIT_EXIT_LANDED 126

/* What the catch table answers: it was installed although it must not be. */
#define KIT_CATCH_MAGIC 0xca7c4ed0

/* struct kit_install, filled in HYP right after the install returned. */
#define KIT_INSTALL_CPSR 0
#define KIT_INSTALL_RESULT 4
#define KIT_INSTALL_SP_BEFORE 8
#define KIT_INSTALL_SP_AFTER 12
#define KIT_INSTALL_R4 16 /* r4-r11 after the return: 8 words */
#define KIT_INSTALL_SIZE 48

/* struct kit_arrival: what a soft restart's payload entered with. */
#define KIT_ARRIVAL_R0 0
#define KIT_ARRIVAL_R1 4
#define KIT_ARRIVAL_R2 8
#define KIT_ARRIVAL_CPSR 12
#define KIT_ARRIVAL_HSCTLR 16
#define KIT_ARRIVAL_SCTLR 20
#define KIT_ARRIVAL_HVBAR 24
#define KIT_ARRIVAL_COUNT 28
#define KIT_ARRIVAL_HCR 32
#define KIT_ARRIVAL_SIZE 36

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct kit_install {
	uint32_t cpsr, result, sp_before, sp_after;
	uint32_t r4_r11[8];
};
_Static_assert(offsetof(struct kit_install, result) == KIT_INSTALL_RESULT, "");
_Static_assert(offsetof(struct kit_install, r4_r11) == KIT_INSTALL_R4, "");
_Static_assert(sizeof(struct kit_install) == KIT_INSTALL_SIZE, "");

struct kit_arrival {
	uint32_t r0, r1, r2, cpsr, hsctlr, sctlr, hvbar, count, hcr;
};
_Static_assert(offsetof(struct kit_arrival, hvbar) == KIT_ARRIVAL_HVBAR, "");
_Static_assert(offsetof(struct kit_arrival, hcr) == KIT_ARRIVAL_HCR, "");
_Static_assert(sizeof(struct kit_arrival) == KIT_ARRIVAL_SIZE, "");

extern struct kit_install kit_install;
extern struct kit_arrival kit_arrival;
extern uint32_t kit_entry_cpsr;
/* Entries a refused call must never reach: ARM and Thumb landing pads. */
extern const char kit_landing[];
extern const char kit_landing_thumb[];
/* Where a soft restart the suite wants enters (then kit_restarted()). */
extern const char kit_payload[];
/* A table that, once installed, answers KIT_CATCH_MAGIC and restores HVBAR. */
extern const char kit_catch_vectors[];
extern uint32_t kit_catch_return_hvbar;
extern volatile uint32_t kit_catch_count;

/* C, called from tests/kit/entry.S. */
void kit_hyp_before_install(void);
void kit_hyp_after_install(void);
void kit_main(void);
void kit_restarted(void);
void kit_landed(uint32_t pc, uint32_t r0, uint32_t r1);
#endif /* !__ASSEMBLY__ */
#endif /* TESTS_KIT_KIT_H */
