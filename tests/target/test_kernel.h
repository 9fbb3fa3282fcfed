/* SPDX-License-Identifier: BSD-2-Clause */
/* Shared by the conformance kernel's C and assembly. */
#ifndef TESTS_TARGET_TEST_KERNEL_H
#include <plat/platform.h>

#define TESTS_TARGET_TEST_KERNEL_H

/*
 * struct hvc_frame: a raw hvc with every register under control. in_* are
 * loaded before the hvc; out[] receives r0-r12 and lr after it.
 */
#define FRAME_IN_R0 0
#define FRAME_IN_R1 4
#define FRAME_IN_R2 8
#define FRAME_IN_R3 12
#define FRAME_IN_IP 16
#define FRAME_IN_FLAGS 20
#define FRAME_SP_BEFORE 24
#define FRAME_SP_AFTER 28
#define FRAME_CPSR_AFTER 32
#define FRAME_LR_USR_AFTER 36
#define FRAME_OUT 40 /* r0-r12 then lr: 14 words */
#define FRAME_OUT_WORDS 14
#define FRAME_SIZE (FRAME_OUT + 4 * FRAME_OUT_WORDS)

/* What r4-r11 and lr hold across the hvc: 0x04040404 ... 0x0b0b0b0b, lr. */
#define FRAME_PATTERN(reg) (0x01010101 * (reg))
#define FRAME_LR_PATTERN 0x0e0e0e0c
#define FRAME_LR_USR_PATTERN 0x1e1e1e1c /* HYP mode shares LR_usr */

/* The probe: a HYP vector table whose hvc handler snapshots HYP state. */
#define PROBE_MAGIC 0x9be5a7ed
#define PROBE_HSCTLR 0
#define PROBE_HCR 4
#define PROBE_HSTR 8
#define PROBE_HCPTR 12
#define PROBE_HDCR 16
#define PROBE_CNTHCTL 20
#define PROBE_VPIDR 24
#define PROBE_VMPIDR 28
#define PROBE_HVBAR 32
#define PROBE_CNTVOFF_LOW 36
#define PROBE_CNTVOFF_HIGH 40
#define PROBE_MIDR 44
#define PROBE_MPIDR 48
#define PROBE_PMCR 52
#define PROBE_SPSR 56
#define PROBE_HTCR 60
#define PROBE_HTTBR_LOW 64
#define PROBE_HTTBR_HIGH 68
#define PROBE_HMAIR0 72
#define PROBE_HMAIR1 76
#define PROBE_COUNT 80
#define PROBE_SIZE 84

/* Where the test runner pokes the index of the first test to run. */
#define TEST_START_INDEX_ADDR PLAT_PARAM_WORD(0)
/* Where it pokes the exceptions kernel's case number. */
#define TEST_CASE_ADDR PLAT_PARAM_WORD(1)
/* Where it pokes what the conformance kernel tests: TEST_TARGET_*. */
#define TEST_TARGET_ADDR PLAT_PARAM_WORD(2)
#define TEST_TARGET_STUB 0 /* the boot stub */
#define TEST_TARGET_HYP 1  /* the resident hypervisor, installed first */

/* The exit status of a test kernel whose HYP code halted (plat_halt). */
#define TEST_EXIT_HALTED 125

#ifndef __ASSEMBLY__
#include <stddef.h>
#include <stdint.h>

struct hvc_frame {
	uint32_t in_r0, in_r1, in_r2, in_r3, in_ip;
	uint32_t in_flags;
	uint32_t sp_before;
	uint32_t sp_after;
	uint32_t cpsr_after;
	uint32_t lr_usr_after;
	uint32_t out[FRAME_OUT_WORDS];
};

_Static_assert(offsetof(struct hvc_frame, in_r0) == FRAME_IN_R0, "r0");
_Static_assert(offsetof(struct hvc_frame, in_ip) == FRAME_IN_IP, "ip");
_Static_assert(offsetof(struct hvc_frame, in_flags) == FRAME_IN_FLAGS, "f");
_Static_assert(offsetof(struct hvc_frame, sp_before) == FRAME_SP_BEFORE, "s");
_Static_assert(offsetof(struct hvc_frame, sp_after) == FRAME_SP_AFTER, "s");
_Static_assert(offsetof(struct hvc_frame, cpsr_after) == FRAME_CPSR_AFTER, "c");
_Static_assert(offsetof(struct hvc_frame, lr_usr_after) == FRAME_LR_USR_AFTER,
	       "lr_usr");
_Static_assert(offsetof(struct hvc_frame, out) == FRAME_OUT, "out");
_Static_assert(sizeof(struct hvc_frame) == FRAME_SIZE, "size");

struct probe_snapshot {
	uint32_t hsctlr, hcr, hstr, hcptr, hdcr, cnthctl, vpidr, vmpidr;
	uint32_t hvbar, cntvoff_low, cntvoff_high, midr, mpidr, pmcr, spsr;
	uint32_t htcr, httbr_low, httbr_high, hmair0, hmair1;
	uint32_t count;
};

_Static_assert(offsetof(struct probe_snapshot, hsctlr) == PROBE_HSCTLR, "");
_Static_assert(offsetof(struct probe_snapshot, hvbar) == PROBE_HVBAR, "");
_Static_assert(offsetof(struct probe_snapshot, cntvoff_high) ==
		       PROBE_CNTVOFF_HIGH,
	       "");
_Static_assert(offsetof(struct probe_snapshot, spsr) == PROBE_SPSR, "");
_Static_assert(offsetof(struct probe_snapshot, htcr) == PROBE_HTCR, "");
_Static_assert(offsetof(struct probe_snapshot, hmair1) == PROBE_HMAIR1, "");
_Static_assert(offsetof(struct probe_snapshot, count) == PROBE_COUNT, "");
_Static_assert(sizeof(struct probe_snapshot) == PROBE_SIZE, "");

/* hvc #imm with the frame; one function per immediate. */
void hvc_frame_imm_0(struct hvc_frame *frame);
void hvc_frame_imm_1(struct hvc_frame *frame);
void hvc_frame_imm_ea1(struct hvc_frame *frame);
void hvc_frame_imm_ffff(struct hvc_frame *frame);
void hvc_frame_imm_2(struct hvc_frame *frame);
void hvc_frame_imm_ea0(struct hvc_frame *frame);
void hvc_frame_imm_1234(struct hvc_frame *frame);
void hvc_frame_imm_7fff(struct hvc_frame *frame);
void hvc_frame_imm_8000(struct hvc_frame *frame);
void hvc_frame_imm_a5a5(struct hvc_frame *frame);
void hvc_frame_imm_c0de(struct hvc_frame *frame);
void hvc_frame_imm_fffe(struct hvc_frame *frame);
/* hvc #n for any n: set n first with hvc_frame_set_immediate(). */
void hvc_frame_imm_dynamic(struct hvc_frame *frame);
void hvc_frame_set_immediate(uint32_t immediate);

/*
 * What a call changed that it must not: bit n for rn (4-11), and the bits
 * below for the rest. 0 when only r0-r3 and ip changed. mode_and_masks is
 * the caller's CPSR mode and A/I/F bits.
 */
#define FRAME_BAD_LR (1u << 13)
#define FRAME_BAD_SP (1u << 14)
#define FRAME_BAD_LR_USR (1u << 15)
#define FRAME_BAD_FLAGS (1u << 16)
#define FRAME_BAD_MODE (1u << 17)
uint32_t hvc_frame_damage(const struct hvc_frame *frame,
			  uint32_t mode_and_masks);

extern const char probe_vectors[];
extern struct probe_snapshot probe_snapshot;
/* Where the probe sets HVBAR back to after its snapshot. */
extern uint32_t probe_return_hvbar;

#endif /* !__ASSEMBLY__ */
#endif /* TESTS_TARGET_TEST_KERNEL_H */
