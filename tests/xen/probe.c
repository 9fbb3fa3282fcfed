// SPDX-License-Identifier: BSD-2-Clause
/*
 * The Xen probe: a dom0, entered in SVC (AArch32) or EL1 (AArch64) below
 * Xen, that issues every stub call and records what Xen answers, as lines
 *
 *   xen-probe: NAME | in | what was passed
 *   xen-probe: NAME | out | one part of the answer      (one or more)
 *
 * between "xen-probe: begin" and "xen-probe: end". tools/xen-table turns two
 * runs (armhf and arm64) into doc/compat-xen.md's table; nothing here
 * depends on the build (link addresses are named, not printed), so both
 * toolchains print the same lines.
 *
 * Under Xen, function 1 is PSCI 0.1 CPU_OFF and function 2 CPU_ON. So the
 * probe runs with two vCPUs: function 2 starts vCPU 1 (which waits), and
 * function 1 is issued last, by vCPU 0, while vCPU 1 watches with PSCI
 * AFFINITY_INFO and reports whether vCPU 0 came back or was powered off. No
 * answer can be lost and nothing depends on timing.
 */
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/uart.h>

#include "probe.h"
#include "xen.h"

#ifdef __aarch64__
#define REG "x"
#define SCRATCH "x16"
#define DOM0_RAM_BASE XEN_DOM0_RAM_BASE_ARM64
#define MARKER(n) (0x0101010101010101ull * (n))
#define ARCH_NAME "arm64"
#else
#define REG "r"
#define SCRATCH "r12"
#define DOM0_RAM_BASE XEN_DOM0_RAM_BASE_ARM
#define MARKER(n) (0x01010101u * (n))
#define ARCH_NAME "armhf"
#endif

/* PSCI_VERSION, harmless; again with bit 32 set: is only w0 read? */
#define PSCI_VERSION_FN 0x84000000
#ifdef __aarch64__
#define PSCI_VERSION_BIT_32 (0x100000000ull | PSCI_VERSION_FN)
#else
#define PSCI_VERSION_BIT_32 0 /* not issued */
#endif
/* PSCI 0.2 AFFINITY_INFO(target, lowest level): 1 when the target is off. */
#define PSCI_AFFINITY_INFO_FN 0x84000004
#define PSCI_AFFINITY_OFF 1
/* A hypercall number Xen does not have (its numbers are below 64). */
#define XEN_NO_SUCH_HYPERCALL 0xffff
/* Function 1 and 2's entry argument, and function 0's table. */
#define PROBE_TABLE_ADDRESS (DOM0_RAM_BASE + 0x200000)
#define SECOND_VCPU 1

enum probe_special {
	PROBE_PLAIN,
	PROBE_AARCH64_ONLY, /* needs 64-bit registers */
	PROBE_CPU_ON,	    /* function 2: may start vCPU 1 */
};

struct probe_call {
	const char *name; /* the table's key: no spaces, no '|' */
	const char *in;	  /* what is passed, as the table shows it */
	void (*hvc)(struct xen_probe_regs *regs);
	const char *insn;
	hypstub_reg_t r0, r1;
	enum probe_special special;
};

static void probe_landed(void);

/*
 * Arguments the table calls "markers": r1-r3 / x1-x3 are 0x11.., 0x22..,
 * 0x33.. and the scratch register 0xcc.. unless a call sets them.
 */
static const struct probe_call probe_calls[] = {
	{"set-vectors",
	 "hvc #0, function 0 (HVC_SET_VECTORS), arg 1 = a dom0 RAM address",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HVC_SET_VECTORS,
	 PROBE_TABLE_ADDRESS, PROBE_PLAIN},
	{"function-3", "hvc #0, function 3 (HVC_FINALISE_EL2; reserved on A32)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HVC_FINALISE_EL2, MARKER(0x11),
	 PROBE_PLAIN},
	{"function-4",
	 "hvc #0, function 4 (HVC_GET_ICH_VTR_EL2; A32: v1's query)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HVC_GET_ICH_VTR_EL2,
	 MARKER(0x11), PROBE_PLAIN},
	{"function-5", "hvc #0, function 5 (HVC_STUB_HCALL_NR)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, 5, MARKER(0x11), PROBE_PLAIN},
	{"vendor-hyp-uid",
	 "hvc #0, function 0x8600ff01 (HYPSTUB_CALL_UID: SMCCC Call UID)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HYPSTUB_CALL_UID, MARKER(0x11),
	 PROBE_PLAIN},
	{"vendor-hyp-revision",
	 "hvc #0, function 0x8600ff03 (HYPSTUB_CALL_REVISION)", xen_probe_hvc_0,
	 xen_probe_hvc_0_insn, HYPSTUB_CALL_REVISION, MARKER(0x11),
	 PROBE_PLAIN},
	{"hypstub-query", "hvc #0, function 0x8600fe00 (HYPSTUB_CALL_QUERY)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HYPSTUB_CALL_QUERY,
	 MARKER(0x11), PROBE_PLAIN},
	{"hypstub-memory", "hvc #0, function 0x8600fe01 (HYPSTUB_CALL_MEMORY)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HYPSTUB_CALL_MEMORY,
	 MARKER(0x11), PROBE_PLAIN},
	{"psci-version", "hvc #0, function 0x84000000 (PSCI_VERSION)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, PSCI_VERSION_FN, MARKER(0x11),
	 PROBE_PLAIN},
	{"psci-version-bit-32", "hvc #0, x0 = 0x1_84000000 (w0 = PSCI_VERSION)",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, PSCI_VERSION_BIT_32,
	 MARKER(0x11), PROBE_AARCH64_ONLY},
	{"xen-no-hypercall",
	 "hvc #0xea1 (Xen's immediate), scratch = 0xffff (no hypercall)",
	 xen_probe_hvc_ea1, xen_probe_hvc_ea1_insn, MARKER(0xaa), MARKER(0x11),
	 PROBE_PLAIN},
	{"other-immediate", "hvc #1, function 0", xen_probe_hvc_1,
	 xen_probe_hvc_1_insn, 0, MARKER(0x11), PROBE_PLAIN},
	{"function-2",
	 "hvc #0, function 2 (HVC_RESET_VECTORS), arg 1 = 1, arg 2 = an entry",
	 xen_probe_hvc_0, xen_probe_hvc_0_insn, HVC_RESET_VECTORS, SECOND_VCPU,
	 PROBE_CPU_ON},
};

/* The undefined-instruction exceptions taken during one call. */
static volatile uint32_t undef_count;
static volatile uint32_t undef_address;

static int count_undef(uint32_t address)
{
	undef_count++;
	undef_address = address;
	return 1;
}

/* Where the last exception said the undefined instruction was. */
static uint32_t undef_offset(const char *insn)
{
	if (undef_count == 0)
		return 0;
	return undef_address - (uint32_t)(uintptr_t)insn;
}

/* Shared by the two vCPUs (function 1): written by one, read by the other. */
static uint32_t second_vcpu_started;
static uint32_t function_1_issued;
static uint32_t function_1_returned;
static struct xen_probe_regs function_1_before, function_1_after;

#define SHARED_SET(flag) __atomic_store_n(&(flag), 1, __ATOMIC_SEQ_CST)
#define SHARED_TEST(flag) (__atomic_load_n(&(flag), __ATOMIC_SEQ_CST) != 0)

static void print_value(hypstub_reg_t value)
{
#ifdef __aarch64__
	kprintf("0x%08x%08x", (uint32_t)(value >> 32), (uint32_t)value);
#else
	kprintf("0x%08x", value);
#endif
	/* Small negative numbers are error codes: say which. */
	if (value >= (hypstub_reg_t)-4095)
		kprintf(" (-%u)", (uint32_t)((hypstub_reg_t)0 - value));
}

static void print_register_name(unsigned int index)
{
	if (index < 4)
		kprintf(REG "%u", index);
	else
		kprintf(SCRATCH);
}

static hypstub_reg_t probe_reg(const struct xen_probe_regs *regs,
			       unsigned int index)
{
	return index < 4 ? regs->r[index] : regs->scratch;
}

/* The "out" lines: the exception if any, what changed, what did not. */
static void print_answer(const char *name, const struct xen_probe_regs *before,
			 const struct xen_probe_regs *after, uint32_t undefs,
			 uint32_t undef_offset)
{
	unsigned int i, unchanged = 0;

	/*
	 * Where the exception says the undefined instruction was: LR_und - 4
	 * (AArch32) or ELR_EL1 (AArch64), as an offset from the hvc.
	 */
	if (undefs && undef_offset == 0)
		kprintf("xen-probe: %s | out | undefined-instruction "
			"exception, reported at the hvc\n",
			name);
	else if (undefs)
		kprintf("xen-probe: %s | out | undefined-instruction "
			"exception, reported at hvc+%u\n",
			name, undef_offset);
	for (i = 0; i < 5; i++) {
		if (probe_reg(after, i) == probe_reg(before, i)) {
			unchanged++;
			continue;
		}
		kprintf("xen-probe: %s | out | ", name);
		print_register_name(i);
		kprintf(" = ");
		print_value(probe_reg(after, i));
		kprintf("\n");
	}
	if (unchanged == 0)
		return;
	kprintf("xen-probe: %s | out | unchanged:", name);
	for (i = 0; i < 5; i++) {
		if (probe_reg(after, i) != probe_reg(before, i))
			continue;
		kprintf(" ");
		print_register_name(i);
	}
	kprintf("\n");
}

static void set_markers(struct xen_probe_regs *regs, hypstub_reg_t r0,
			hypstub_reg_t r1)
{
	regs->r[0] = r0;
	regs->r[1] = r1;
	regs->r[2] = MARKER(0x22);
	regs->r[3] = MARKER(0x33);
	regs->scratch = MARKER(0xcc);
}

static void probe_one(const struct probe_call *call)
{
	struct xen_probe_regs before, after;
	uint32_t undefs;

	kprintf("xen-probe: %s | in | %s\n", call->name, call->in);
	if (call->special == PROBE_AARCH64_ONLY && sizeof(hypstub_reg_t) < 8) {
		kprintf("xen-probe: %s | out | not applicable: 32-bit "
			"registers\n",
			call->name);
		return;
	}
	set_markers(&before, call->r0, call->r1);
	if (call->hvc == xen_probe_hvc_ea1)
		before.scratch = XEN_NO_SUCH_HYPERCALL;
	if (call->special == PROBE_CPU_ON)
		before.r[2] = (hypstub_reg_t)(uintptr_t)hypstub_secondary_entry;
	after = before;
	undef_count = 0;
	call->hvc(&after);
	undefs = undef_count;
	print_answer(call->name, &before, &after, undefs,
		     undef_offset(call->insn));
	if (call->special != PROBE_CPU_ON)
		return;
	if (after.r[0] != 0) {
		kprintf("xen-probe: %s | out | no vCPU to wait for\n",
			call->name);
		return;
	}
	while (!SHARED_TEST(second_vcpu_started))
		;
	kprintf("xen-probe: %s | out | vCPU 1 then ran from arg 2\n",
		call->name);
}

static void probe_landed(void)
{
	kprintf("xen-probe: function-1 | out | entered arg 1\n");
	kprintf("xen-probe: end\n");
	plat_exit(0);
}

static void print_function_1_in(void)
{
	kprintf("xen-probe: function-1 | in | hvc #0, function 1 "
		"(HVC_SOFT_RESTART), arg 1 = an entry; last\n");
}

/* vCPU 0's last call: the answer is reported by vCPU 1. */
__attribute__((noreturn)) static void issue_function_1(void)
{
	set_markers(&function_1_before, HVC_SOFT_RESTART,
		    (hypstub_reg_t)(uintptr_t)probe_landed);
	function_1_after = function_1_before;
	undef_count = 0;
	SHARED_SET(function_1_issued);
	xen_probe_hvc_0(&function_1_after);
	SHARED_SET(function_1_returned);
	for (;;)
		__asm__ volatile("wfi");
}

void hypstub_secondary_main(unsigned int cpu)
{
	struct xen_probe_regs affinity;

	kernel_cpu_init(cpu);
	SHARED_SET(second_vcpu_started);
	while (!SHARED_TEST(function_1_issued))
		;
	for (;;) {
		if (SHARED_TEST(function_1_returned)) {
			print_answer("function-1", &function_1_before,
				     &function_1_after, undef_count,
				     undef_offset(xen_probe_hvc_0_insn));
			break;
		}
		set_markers(&affinity, PSCI_AFFINITY_INFO_FN, 0);
		affinity.r[2] = 0;
		xen_probe_hvc_0(&affinity);
		if (affinity.r[0] == PSCI_AFFINITY_OFF) {
			kprintf("xen-probe: function-1 | out | never "
				"returned: vCPU 0 powered off (AFFINITY_INFO)"
				"\n");
			break;
		}
	}
	kprintf("xen-probe: end\n");
	plat_exit(0);
}

void hypstub_main(unsigned int cpu)
{
	unsigned int i;

	kernel_cpu_init(cpu);
	kprintf("xen-probe: begin " ARCH_NAME "\n");
	if (hypstub_hyp_available()) {
		kprintf("xen-probe: error: entered in HYP/EL2, not below a "
			"hypervisor\n");
		plat_exit(1);
	}
	kernel_undef_hook = count_undef;
	for (i = 0; i < sizeof(probe_calls) / sizeof(probe_calls[0]); i++)
		probe_one(&probe_calls[i]);
	print_function_1_in();
	if (!SHARED_TEST(second_vcpu_started)) {
		kprintf("xen-probe: function-1 | out | not issued: no second "
			"vCPU to watch\n");
		kprintf("xen-probe: end\n");
		plat_exit(0);
	}
	issue_function_1();
}
