// SPDX-License-Identifier: BSD-2-Clause
/*
 * The stub-ABI conformance suite. A bare-metal kernel that reaches the code
 * under test the way a user would: through hvc and the public API. It prints
 * TAP on the UART, naming the rules of doc/hyp-abi.md each test checks, and
 * ends QEMU with exit status 0 (all passed) or 1.
 *
 * One list of tests runs against two targets, chosen by the word poked at
 * TEST_TARGET_ADDR: the boot stub, or the resident hypervisor (installed
 * before each test that finds it gone). Each test says which targets it
 * applies to. Entered in SVC (QEMU with virtualization=off) the kernel runs
 * the SVC-boot tests instead.
 *
 * The runner (tools/run-conformance) may poke the index of the first test to
 * run at TEST_START_INDEX_ADDR, to carry on after a test that hung. A halt in
 * HYP code ends QEMU with TEST_EXIT_HALTED at once (plat_halt below), so the
 * runner need not wait for its time limit; tests/target/exceptions.sh checks
 * the real halt.
 */
#include <arch/arm/sysreg.h>
#include <core/fdt.h>
#include <core/stub.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test_kernel.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
/* The end of RAM as the stub knows it: from the DTB, whatever -m was. */
static uint32_t ram_end(void)
{
	uint32_t base, size;

	hypstub_memory(&base, &size);
	return base + size;
}
#define RAM_END ram_end()
#define PSR_FLAGS_MASK 0xf8000000u

extern const char stub_vectors[];
extern const char hyp_vectors[];

void plat_halt(void)
{
	plat_exit(TEST_EXIT_HALTED);
}

/* Kept in .data: it must survive the soft restart into this same image. */
struct suite_state {
	uint32_t started;
	uint32_t target;
	uint32_t have_pre_install;
	struct probe_snapshot pre_install; /* HYP before the first install */
	uint32_t next_index;
	uint32_t restart_pending;
	uint32_t tokens[3];
	uint32_t passed;
	uint32_t failed;
};
static struct suite_state suite __attribute__((section(".data")));

static uint32_t cpsr_at_main;
static int failures;

static void check(int ok, const char *what, uint32_t actual, uint32_t expected)
{
	if (ok)
		return;
	failures++;
	kprintf("#   FAILED: %s: got 0x%08x, expected 0x%08x\n", what, actual,
		expected);
}

static void check_eq(const char *what, uint32_t actual, uint32_t expected)
{
	check(actual == expected, what, actual, expected);
}

static void check_true(const char *what, int condition)
{
	check(condition, what, (uint32_t)condition, 1);
}

/* ---- helpers that go through hvc ---- */

static uint32_t raw_call(uint32_t r0, uint32_t r1, uint32_t r2, uint32_t r3,
			 uint32_t ip, struct hypstub_regs *out)
{
	struct hypstub_regs regs = {r0, r1, r2, r3, ip};

	hypstub_hvc(&regs);
	if (out)
		*out = regs;
	return regs.r0;
}

/* Who answers hvc now: HYPSTUB_IMPL_BOOT_STUB when the stub does. */
static uint32_t current_implementer(void)
{
	struct hypstub_regs regs;

	if (raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs) != 0 ||
	    regs.r1 != HYPSTUB_QUERY_MAGIC)
		return 0;
	return regs.ip;
}

static int target_is_hyp(void)
{
	return suite.target == TEST_TARGET_HYP;
}

static uint32_t expected_implementer(void)
{
	return target_is_hyp() ? HYPSTUB_IMPL_RESIDENT_HYP
			       : HYPSTUB_IMPL_BOOT_STUB;
}

static uint32_t expected_calls(void)
{
	return target_is_hyp() ? HYPSTUB_RESIDENT_HYP_CALLS
			       : HYPSTUB_BOOT_STUB_CALLS;
}

/* What an ID from HVC_STUB_HCALL_NR up that nobody implements answers. */
static uint32_t expected_unknown_result(void)
{
	return target_is_hyp() ? SMCCC_RET_NOT_SUPPORTED : HVC_STUB_ERR;
}

/* The target under test (not another) still answers hvc. */
static void check_stub_answers(const char *when)
{
	uint32_t implementer = current_implementer();

	if (implementer != expected_implementer()) {
		kprintf("#   after %s:\n", when);
		check_eq("the target still answers hvc", implementer,
			 expected_implementer());
	}
}

static void check_boot_stub_answers(const char *when)
{
	uint32_t implementer = current_implementer();

	if (implementer != HYPSTUB_IMPL_BOOT_STUB) {
		kprintf("#   after %s:\n", when);
		check_eq("the boot stub answers hvc", implementer,
			 HYPSTUB_IMPL_BOOT_STUB);
	}
}

/* Install the probe, let it snapshot HYP, and have it put the stub back. */
static int probe_hyp(struct probe_snapshot *snapshot)
{
	uint32_t count = probe_snapshot.count;
	uint32_t result;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	result = raw_call(HVC_SET_VECTORS, (uint32_t)(uintptr_t)probe_vectors,
			  0, 0, 0, NULL);
	check_eq("HVC_SET_VECTORS(probe) result", result, 0);
	if (result != 0)
		return 0;
	result = raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, NULL);
	check_eq("the probe answered the next hvc", result, PROBE_MAGIC);
	check_eq("probe count", probe_snapshot.count, count + 1);
	*snapshot = probe_snapshot;
	return result == PROBE_MAGIC;
}

static int snapshots_equal(const struct probe_snapshot *a,
			   const struct probe_snapshot *b)
{
	/* Everything but the counter. */
	return memcmp(a, b, offsetof(struct probe_snapshot, count)) == 0;
}

/* ---- boot ---- */

static void test_boot_mode(void)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(0);

	check_eq("boot mode", hypstub_boot_mode(), PSR_MODE_HYP);
	check_true("hypstub_hyp_available()", hypstub_hyp_available());
	check_eq("record CPSR mode", record->cpsr & PSR_MODE_MASK,
		 PSR_MODE_HYP);
	check_true("record entries >= 1", record->entries >= 1);
	check_true("no record for CPU PLAT_MAX_CPUS",
		   hypstub_boot_record(PLAT_MAX_CPUS) == NULL);
}

static void test_svc_masked(void)
{
	check_eq("mode at hypstub_main", cpsr_at_main & PSR_MODE_MASK,
		 PSR_MODE_SVC);
	check_eq("A, I, F masked at hypstub_main", cpsr_at_main & PSR_AIF_MASK,
		 PSR_AIF_MASK);
}

static void test_hyp_state(void)
{
	struct probe_snapshot s;
	const uint32_t hsctlr_clear = SCTLR_M | SCTLR_A | SCTLR_C | SCTLR_I |
				      SCTLR_WXN | SCTLR_EE | SCTLR_TE;

	if (!probe_hyp(&s))
		return;
	check_eq("HCR", s.hcr, 0);
	check_eq("HSTR", s.hstr, 0);
	check_eq("HCPTR", s.hcptr, 0);
	check_eq("CNTHCTL.PL1PCTEN/PL1PCEN", s.cnthctl & 3, 3);
	check_eq("CNTVOFF low", s.cntvoff_low, 0);
	check_eq("CNTVOFF high", s.cntvoff_high, 0);
	check_eq("VPIDR = MIDR", s.vpidr, s.midr);
	check_eq("VMPIDR = MPIDR", s.vmpidr, s.mpidr);
	check_eq("HSCTLR M/A/C/I/WXN/EE/TE", s.hsctlr & hsctlr_clear, 0);
	check_eq("HDCR = PMCR.N", s.hdcr,
		 (s.pmcr >> PMCR_N_SHIFT) & PMCR_N_MASK);
	check_eq("the hvc came from SVC", s.spsr & PSR_MODE_MASK, PSR_MODE_SVC);
	check_stub_answers("the probe");
}

static void test_memory_from_dtb(void)
{
	uint32_t base, size, dtb_base = 0, dtb_size = 0, length = 0;
	const unsigned char *reg;

	hypstub_memory(&base, &size);
	check_eq("DTB /memory found",
		 (uint32_t)fdt_memory_range((const void *)PLAT_DTB_ADDR,
					    2u << 20, &dtb_base, &dtb_size),
		 FDT_OK);
	check_eq("RAM base as the DTB says", base, dtb_base);
	check_eq("RAM size as the DTB says", size, dtb_size);
	reg = fdt_property((const void *)PLAT_DTB_ADDR, 2u << 20, "memory",
			   "reg", &length);
	check_true("the DTB has /memory reg", reg != NULL && length >= 8);
	kprintf("#   RAM 0x%08x + 0x%08x (from the DTB)\n", base, size);
	/* Just past the end: refused, even when less than the default RAM. */
	check_eq("SET_VECTORS just past RAM",
		 raw_call(HVC_SET_VECTORS, base + size, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("SET_VECTORS straddling the end",
		 raw_call(HVC_SET_VECTORS, base + size - 16, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("SOFT_RESTART just past RAM",
		 raw_call(HVC_SOFT_RESTART, base + size, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_stub_answers("calls just past RAM");
}

static void test_pl1_counter(void)
{
	uint32_t low1, high1, low2, high2, control;

	/* A trap here would reach the stub's halt path, and the test hangs. */
	__asm__ volatile("mrrc p15, 0, %0, %1, c14" : "=r"(low1), "=r"(high1));
	__asm__ volatile("mrc p15, 0, %0, c14, c2, 1" : "=r"(control));
	__asm__ volatile("mrrc p15, 0, %0, %1, c14" : "=r"(low2), "=r"(high2));
	check_true("CNTPCT does not go backwards",
		   ((uint64_t)high2 << 32 | low2) >=
			   ((uint64_t)high1 << 32 | low1));
	(void)control;
}

/* ---- query ---- */

/* UID, MEMORY and what hypstub_query() made of them, from either target. */
static void check_discovery(const struct hypstub_query_result *result)
{
	struct hypstub_regs regs;
	uint32_t base, size;

	hypstub_memory(&base, &size);
	raw_call(HYPSTUB_CALL_UID, 0, 0, 0, 0, &regs);
	check_eq("UID r0", regs.r0, HYPSTUB_UUID_0);
	check_eq("UID r1", regs.r1, HYPSTUB_UUID_1);
	check_eq("UID r2", regs.r2, HYPSTUB_UUID_2);
	check_eq("UID r3", regs.r3, HYPSTUB_UUID_3);
	raw_call(HYPSTUB_CALL_REVISION, 0, 0, 0, 0, &regs);
	check_eq("REVISION r0: major", regs.r0, HYPSTUB_ABI_VERSION);
	check_eq("REVISION r1: minor", regs.r1, 0);
	raw_call(HYPSTUB_CALL_MEMORY, 0, 0, 0, 0, &regs);
	check_eq("MEMORY r0", regs.r0, 0);
	check_eq("MEMORY r1: the boot stub's vectors", regs.r1,
		 (uint32_t)(uintptr_t)stub_vectors);
	check_eq("MEMORY r2: RAM base", regs.r2, base);
	check_eq("MEMORY r3: RAM size", regs.r3, size);
	check_eq("hypstub_query() vectors", result->stub_vectors, regs.r1);
	check_eq("hypstub_query() RAM base", result->ram_base, base);
	check_eq("hypstub_query() RAM size", result->ram_size, size);
}

static void test_query(void)
{
	struct hypstub_regs regs;
	struct hypstub_query_result result;

	check_eq("query r0", raw_call(HYPSTUB_CALL_QUERY, 1, 2, 3, 4, &regs),
		 0);
	check_eq("query r1 magic", regs.r1, HYPSTUB_QUERY_MAGIC);
	check_eq("query r2 version", regs.r2, HYPSTUB_ABI_VERSION);
	check_eq("query r3 calls", regs.r3, expected_calls());
	check_eq("query ip implementer", regs.ip, expected_implementer());
	check_eq("hypstub_query()", hypstub_query(&result), 0);
	check_eq("hypstub_query() version", result.version,
		 HYPSTUB_ABI_VERSION);
	check_eq("hypstub_query() calls", result.calls, regs.r3);
	check_eq("hypstub_query() implementer", result.implementer,
		 expected_implementer());
	check_discovery(&result);
}

extern const char linux_like_vectors[];
extern volatile uint32_t linux_like_calls;

/*
 * Under a version-0 stub, which answers every ID it does not know with
 * HVC_STUB_ERR (Linux's), hypstub_query() reports "not this ABI": version
 * 0, calls 0 to 2 only, nothing known of the vectors or RAM; and it issued
 * nothing after the UID call that failed.
 */
static void test_query_version_0(void)
{
	struct hypstub_query_result result;
	uint32_t calls;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	linux_like_calls = 0;
	check_eq("the version-0 stub installed",
		 raw_call(HVC_SET_VECTORS,
			  (uint32_t)(uintptr_t)linux_like_vectors, 0, 0, 0,
			  NULL),
		 0);
	check_eq("hypstub_query()", hypstub_query(&result), HVC_STUB_ERR);
	calls = linux_like_calls;
	check_eq("version 0", result.version, 0);
	check_eq("calls 0 to 2 only", result.calls, 0x7);
	check_eq("no implementer", result.implementer, 0);
	check_eq("no vectors known", result.stub_vectors, 0);
	check_eq("no RAM known", result.ram_size, 0);
	check_eq("one hvc (the UID) reached it", calls, 1);
	check_eq("HVC_RESET_VECTORS gives HYP back",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_boot_stub_answers("the version-0 stub");
}

static void test_query_truthful(void)
{
	struct hypstub_regs regs;
	uint32_t calls, function;

	raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &regs);
	calls = regs.r3;
	check_true("no bit above HVC_STUB_HCALL_NR",
		   calls < (1u << HVC_STUB_HCALL_NR));
	for (function = 0; function < HVC_STUB_HCALL_NR; function++) {
		if (calls & (1u << function))
			continue;
		kprintf("#   call %u is not implemented: expect an error\n",
			function);
		check_eq("unimplemented call",
			 raw_call(function, 0, 0, 0, 0, NULL), HVC_STUB_ERR);
	}
	if (!target_is_hyp())
		check_true("SET_VECTORS reported",
			   calls & (1 << HVC_SET_VECTORS));
	check_true("SOFT_RESTART reported", calls & (1 << HVC_SOFT_RESTART));
	check_true("RESET_VECTORS reported", calls & (1 << HVC_RESET_VECTORS));
	check_stub_answers("the unimplemented calls");
}

static void ensure_target(void);

/* ---- register preservation ---- */

typedef void (*hvc_frame_function)(struct hvc_frame *frame);

static void check_frame(const char *call, const struct hvc_frame *frame,
			uint32_t expected_r0)
{
	int reg;
	int before = failures;

	check_eq("r0", frame->out[0], expected_r0);
	for (reg = 4; reg <= 11; reg++)
		check_eq("r4-r11 preserved", frame->out[reg],
			 FRAME_PATTERN(reg));
	check_eq("lr preserved", frame->out[13], FRAME_LR_PATTERN);
	check_eq("LR_usr preserved", frame->lr_usr_after, FRAME_LR_USR_PATTERN);
	check_eq("sp preserved", frame->sp_after, frame->sp_before);
	check_eq("CPSR flags preserved", frame->cpsr_after & PSR_FLAGS_MASK,
		 frame->in_flags);
	check_eq("CPSR mode and masks preserved",
		 frame->cpsr_after & (PSR_MODE_MASK | PSR_AIF_MASK),
		 cpsr_at_main & (PSR_MODE_MASK | PSR_AIF_MASK));
	if (failures != before)
		kprintf("#   ... in call: %s\n", call);
}

static void framed_call(const char *call, hvc_frame_function hvc, uint32_t r0,
			uint32_t r1, uint32_t r2, uint32_t r3, uint32_t ip,
			uint32_t flags, uint32_t expected_r0)
{
	struct hvc_frame frame = {
		.in_r0 = r0,
		.in_r1 = r1,
		.in_r2 = r2,
		.in_r3 = r3,
		.in_ip = ip,
		.in_flags = flags,
	};

	hvc(&frame);
	check_frame(call, &frame, expected_r0);
}

static void test_preservation(void)
{
	static const uint32_t flag_sets[] = {0, 0xf0000000, 0x50000000,
					     0xa0000000};
	const uint32_t probe = (uint32_t)(uintptr_t)probe_vectors;
	const uint32_t entry = (uint32_t)(uintptr_t)hypstub_entry;
	uint32_t i;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	for (i = 0; i < ARRAY_SIZE(flag_sets); i++) {
		uint32_t f = flag_sets[i];

		framed_call("QUERY", hvc_frame_imm_0, HYPSTUB_CALL_QUERY, 0, 0,
			    0, 0, f, 0);
		framed_call("RESET_VECTORS", hvc_frame_imm_0, HVC_RESET_VECTORS,
			    0, 0, 0, 0, f, 0);
		/* On the hypervisor that was an uninstall: install it again. */
		ensure_target();
		framed_call("SET_VECTORS(misaligned)", hvc_frame_imm_0,
			    HVC_SET_VECTORS, probe + 4, 0, 0, 0, f,
			    HVC_STUB_ERR);
		/* The hypervisor refuses it, and answers the query itself. */
		framed_call("SET_VECTORS(probe)", hvc_frame_imm_0,
			    HVC_SET_VECTORS, probe, 0, 0, 0, f,
			    target_is_hyp() ? HVC_STUB_ERR : 0);
		framed_call("the next hvc", hvc_frame_imm_0, HYPSTUB_CALL_QUERY,
			    0, 0, 0, 0, f, target_is_hyp() ? 0 : PROBE_MAGIC);
		framed_call("SOFT_RESTART(outside RAM)", hvc_frame_imm_0,
			    HVC_SOFT_RESTART, RAM_END, 1, 2, 3, f,
			    HVC_STUB_ERR);
		framed_call("reserved call 3", hvc_frame_imm_0,
			    HVC_FINALISE_EL2, 0, 0, 0, 0, f, HVC_STUB_ERR);
		framed_call("unknown call 0x100", hvc_frame_imm_0, 0x100, 0, 0,
			    0, 0, f, expected_unknown_result());
		if (target_is_hyp()) {
			framed_call("HYP_CALL_PING", hvc_frame_imm_0,
				    HYP_CALL_PING, 1, 2, 3, 4, f, 0);
			framed_call("HYP_CALL_FEATURES", hvc_frame_imm_0,
				    HYP_CALL_FEATURES, 0, 0, 0, 0, f, 0);
			framed_call("HYP_CALL_READ_REGISTER", hvc_frame_imm_0,
				    HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0,
				    0, f, 0);
			framed_call("HYP_CALL_READ_REGISTER(bad)",
				    hvc_frame_imm_0, HYP_CALL_READ_REGISTER,
				    HYP_REG_COUNT, 0, 0, 0, f,
				    SMCCC_RET_INVALID_PARAMETER);
			framed_call("HYP_CALL_TLB_FLUSH", hvc_frame_imm_0,
				    HYP_CALL_TLB_FLUSH, 0, 0, 0, 0, f, 0);
			framed_call("HYP_CALL_MMU_CHECK", hvc_frame_imm_0,
				    HYP_CALL_MMU_CHECK, 0, 0, 0, 0, f, 0);
			framed_call("HYP_CALL_INIT (again)", hvc_frame_imm_0,
				    HYP_CALL_INIT, 0, 0, 0, 0, f,
				    SMCCC_RET_NOT_REQUIRED);
		}
		framed_call("hvc #1", hvc_frame_imm_1, HVC_SOFT_RESTART, entry,
			    0, 0, 0, f, HVC_STUB_ERR);
		framed_call("hvc #0xea1", hvc_frame_imm_ea1, HYPSTUB_CALL_QUERY,
			    0, 0, 0, 0, f, HVC_STUB_ERR);
		framed_call("hvc #0xffff", hvc_frame_imm_ffff,
			    HYPSTUB_CALL_QUERY, 0, 0, 0, 0, f, HVC_STUB_ERR);
	}
	check_stub_answers("the preservation calls");
}

/* ---- HVC_SET_VECTORS ---- */

static void test_set_vectors_valid(void)
{
	struct probe_snapshot s;

	if (!probe_hyp(&s))
		return;
	check_eq("HVBAR while the probe ran", s.hvbar,
		 (uint32_t)(uintptr_t)probe_vectors);
	check_eq("API: hypstub_set_vectors(probe)",
		 hypstub_set_vectors((uint32_t)(uintptr_t)probe_vectors), 0);
	check_eq("the probe answered",
		 raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, NULL), PROBE_MAGIC);
	check_stub_answers("the probe");
}

static void check_set_vectors_refused(uint32_t address)
{
	uint32_t count = probe_snapshot.count;
	int before = failures;

	check_eq("HVC_SET_VECTORS result",
		 raw_call(HVC_SET_VECTORS, address, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("API result", hypstub_set_vectors(address), HVC_STUB_ERR);
	check_stub_answers("a refused HVC_SET_VECTORS");
	check_eq("the probe did not run", probe_snapshot.count, count);
	if (failures != before)
		kprintf("#   ... with r1 = 0x%08x\n", address);
}

static void test_set_vectors_misaligned(void)
{
	static const uint32_t offsets[] = {1, 2, 4, 8, 16, 31};
	const uint32_t probe = (uint32_t)(uintptr_t)probe_vectors;
	uint32_t i;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	for (i = 0; i < ARRAY_SIZE(offsets); i++)
		check_set_vectors_refused(probe + offsets[i]);
}

static void test_set_vectors_outside_ram(void)
{
	const uint32_t addresses[] = {
		0,	    0x08000000,	  PLAT_RAM_BASE - 32,
		RAM_END,    RAM_END - 16, 0x80000000,
		0xffffffe0,
	};
	uint32_t i;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	for (i = 0; i < ARRAY_SIZE(addresses); i++)
		check_set_vectors_refused(addresses[i]);
}

static void test_set_vectors_keeps_state(void)
{
	struct probe_snapshot first, second;

	if (!probe_hyp(&first))
		return;
	raw_call(HVC_SET_VECTORS, 3, 0, 0, 0, NULL);
	raw_call(HVC_SET_VECTORS, RAM_END, 0, 0, 0, NULL);
	if (!probe_hyp(&second))
		return;
	check_true("HYP state unchanged across SET_VECTORS calls",
		   snapshots_equal(&first, &second));
}

/* ---- HVC_RESET_VECTORS ---- */

static void test_reset_vectors_on_stub(void)
{
	struct probe_snapshot before, after;

	if (!probe_hyp(&before))
		return;
	check_eq("HVC_RESET_VECTORS",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_eq("API: hypstub_reset_vectors()", hypstub_reset_vectors(), 0);
	check_stub_answers("HVC_RESET_VECTORS");
	if (!probe_hyp(&after))
		return;
	check_true("HYP state unchanged by HVC_RESET_VECTORS on the stub",
		   snapshots_equal(&before, &after));
	check_eq("HSCTLR.M after reset", after.hsctlr & SCTLR_M, 0);
}

/* ---- unknown calls and immediates ---- */

static volatile uint32_t canary_runs;

/* Looks like a function: an old-KVM-style hypervisor would call it. */
static void canary(void)
{
	canary_runs++;
}

static void test_unknown_reserved(void)
{
	check_eq("call 3", raw_call(HVC_FINALISE_EL2, 0, 0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_stub_answers("call 3");
}

static void test_unknown_ids(void)
{
	const uint32_t canary_address = (uint32_t)(uintptr_t)canary;
	/* The canary first: an old-KVM stub runs it and returns. */
	const uint32_t ids[] = {
		canary_address,
		canary_address | 1,
		HVC_STUB_HCALL_NR,
		HVC_STUB_HCALL_NR + 1,
		0x100,
		PLAT_RAM_BASE,
		0x80000000,
		0x84000000, /* SMCCC: PSCI_VERSION */
		0xc4000003, /* SMCCC: PSCI CPU_ON (SMC64) */
		0x8600ff00, /* SMCCC: vendor hypervisor, no such call */
		HYP_CALL_BASE + HYP_CALL_COUNT,
		HVC_STUB_ERR,
		0xffffffff,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = failures;

		check_eq("unknown call result",
			 raw_call(ids[i], canary_address, 0, 0, 0, NULL),
			 expected_unknown_result());
		check_eq("r0 was not run as code", canary_runs, 0);
		if (failures != before)
			kprintf("#   ... with r0 = 0x%08x\n", ids[i]);
	}
	check_stub_answers("the unknown calls");
}

static void test_nonzero_immediates(void)
{
	static const hvc_frame_function hvcs[] = {
		hvc_frame_imm_1, hvc_frame_imm_ea1, hvc_frame_imm_ffff};
	const uint32_t probe = (uint32_t)(uintptr_t)probe_vectors;
	const uint32_t entry = (uint32_t)(uintptr_t)hypstub_entry;
	uint32_t i;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	for (i = 0; i < ARRAY_SIZE(hvcs); i++) {
		struct hvc_frame frame = {.in_r0 = HVC_SET_VECTORS,
					  .in_r1 = probe,
					  .in_r2 = 0x22222222,
					  .in_r3 = 0x33333333,
					  .in_ip = 0xea1};
		uint32_t count = probe_snapshot.count;

		hvcs[i](&frame);
		check_frame("SET_VECTORS with a non-zero immediate", &frame,
			    HVC_STUB_ERR);
		check_eq("r1 unchanged", frame.out[1], probe);
		check_eq("r2 unchanged", frame.out[2], 0x22222222);
		check_eq("r3 unchanged", frame.out[3], 0x33333333);
		check_eq("ip unchanged", frame.out[12], 0xea1);
		check_stub_answers("a non-zero immediate");
		check_eq("the probe was not installed", probe_snapshot.count,
			 count);

		frame = (struct hvc_frame){.in_r0 = HVC_SOFT_RESTART,
					   .in_r1 = entry};
		hvcs[i](&frame);
		check_frame("SOFT_RESTART with a non-zero immediate", &frame,
			    HVC_STUB_ERR);
		frame = (struct hvc_frame){.in_r0 = HVC_RESET_VECTORS};
		hvcs[i](&frame);
		check_frame("RESET_VECTORS with a non-zero immediate", &frame,
			    HVC_STUB_ERR);
	}
}

/* ---- HVC_SOFT_RESTART ---- */

static void test_soft_restart_refused(void)
{
	const uint32_t entry = (uint32_t)(uintptr_t)hypstub_entry;
	const uint32_t entries = hypstub_boot_record(0)->entries;
	const uint32_t bad[] = {
		entry + 1,  entry + 2,	       entry + 3,    0,
		0x08000000, PLAT_RAM_BASE - 4, RAM_END,	     RAM_END - 2,
		0x80000000, 0xfffffffc,	       HVC_STUB_ERR,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		int before = failures;

		check_eq("HVC_SOFT_RESTART result",
			 raw_call(HVC_SOFT_RESTART, bad[i], 1, 2, 3, NULL),
			 HVC_STUB_ERR);
		check_eq("API result", hypstub_soft_restart(bad[i], 1, 2, 3),
			 HVC_STUB_ERR);
		if (failures != before)
			kprintf("#   ... with entry 0x%08x\n", bad[i]);
	}
	check_eq("no restart happened", hypstub_boot_record(0)->entries,
		 entries);
	check_stub_answers("the refused restarts");
}

static void test_soft_restart(void)
{
	suite.tokens[0] = 0x5a5a0000 + suite.next_index;
	suite.tokens[1] = 0xffffffff;
	suite.tokens[2] = 0x40000000;
	suite.restart_pending = 1;
	hypstub_soft_restart((uint32_t)(uintptr_t)hypstub_entry,
			     suite.tokens[0], suite.tokens[1], suite.tokens[2]);
	suite.restart_pending = 0;
	check_true("HVC_SOFT_RESTART returned", 0);
}

/* Runs in the restarted image: what did the payload (this image) receive? */
static void check_soft_restart_arrival(void)
{
	const struct hypstub_boot_record *record = hypstub_boot_record(0);

	check_eq("payload r0 = caller's r2", record->r0, suite.tokens[0]);
	check_eq("payload r1 = caller's r3", record->r1, suite.tokens[1]);
	check_eq("payload r2 = caller's ip", record->r2, suite.tokens[2]);
	check_eq("payload mode", record->cpsr & PSR_MODE_MASK, PSR_MODE_HYP);
	check_eq("payload A, I, F masked", record->cpsr & PSR_AIF_MASK,
		 PSR_AIF_MASK);
	check_eq("payload HSCTLR.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("payload SCTLR.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("payload HVBAR", record->hvbar,
		 (uint32_t)(uintptr_t)stub_vectors);
	check_true("the image was entered again", record->entries >= 2);
}

/* ---- the resident hypervisor ---- */

static void test_hyp_installed(void)
{
	check_true("hyp_installed()", hyp_installed());
	check_eq("HYPSTUB_CALL_QUERY implementer", current_implementer(),
		 HYPSTUB_IMPL_RESIDENT_HYP);
	check_eq("hyp_install() again", (uint32_t)hyp_install(),
		 (uint32_t)HYP_ERR_ALREADY_INSTALLED);
	check_true("still installed", hyp_installed());
}

static void test_hyp_features(void)
{
	uint32_t magic, version, bitmap;

	check_eq(
		"HYP_CALL_FEATURES",
		hyp_call(HYP_CALL_FEATURES, 0, 0, 0, &magic, &version, &bitmap),
		0);
	check_eq("magic", magic, HYP_FEATURES_MAGIC);
	check_eq("version", version, HYP_VERSION);
	/* features, ping, read register, TLB flush, MMU check, init, guest */
	check_eq("implemented calls", bitmap, 0x7f);
	check_eq("HYP_CALL_PING",
		 hyp_call(HYP_CALL_PING, 1, 2, 3, NULL, NULL, NULL), 0);
}

static void test_hyp_mmu_on(void)
{
	uint32_t hsctlr, address, translated;

	check_eq("HYP_CALL_MMU_CHECK",
		 hyp_call(HYP_CALL_MMU_CHECK, 0, 0, 0, &hsctlr, &address,
			  &translated),
		 0);
	check_eq("HSCTLR.M, C and I set in HYP",
		 hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I),
		 SCTLR_M | SCTLR_C | SCTLR_I);
	check_eq("the handler's code translates to itself (identity map)",
		 translated, address);
	check_true("the handler is in RAM",
		   address >= PLAT_RAM_BASE && address < RAM_END);
}

static void test_hyp_read_register(void)
{
	static const uint32_t refused[] = {HYP_REG_COUNT, HYP_REG_COUNT + 1,
					   0x100, 0x80000000, 0xffffffff};
	uint32_t value, i;

	check_eq("read HSCTLR",
		 hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_SCTLR, 0, 0, &value,
			  NULL, NULL),
		 0);
	check_eq("HSCTLR.M", value & SCTLR_M, SCTLR_M);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_VBAR, 0, 0, &value, NULL,
		 NULL);
	check_eq("HVBAR is the hypervisor's", value,
		 (uint32_t)(uintptr_t)hyp_vectors);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_HCR, 0, 0, &value, NULL, NULL);
	check_eq("HCR", value, 0);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_MAIR, 0, 0, &value, NULL,
		 NULL);
	check_eq("HMAIR0", value, 0x04ff);
	hyp_call(HYP_CALL_READ_REGISTER, HYP_REG_TTBR, 0, 0, &value, NULL,
		 NULL);
	check_true("HTTBR in RAM", value >= PLAT_RAM_BASE && value < RAM_END);
	for (i = 0; i < ARRAY_SIZE(refused); i++)
		check_eq("register outside the allow-list",
			 hyp_call(HYP_CALL_READ_REGISTER, refused[i], 0, 0,
				  NULL, NULL, NULL),
			 SMCCC_RET_INVALID_PARAMETER);
}

static void test_hyp_tlb_flush_and_init(void)
{
	check_eq("HYP_CALL_TLB_FLUSH",
		 hyp_call(HYP_CALL_TLB_FLUSH, 0, 0, 0, NULL, NULL, NULL), 0);
	check_eq("HYP_CALL_INIT when initialised",
		 hyp_call(HYP_CALL_INIT, 0, 0, 0, NULL, NULL, NULL),
		 SMCCC_RET_NOT_REQUIRED);
	test_hyp_mmu_on();
	check_stub_answers("TLB flush and init");
}

static void test_hyp_unknown_calls(void)
{
	const uint32_t canary_address = (uint32_t)(uintptr_t)canary;
	const uint32_t ids[] = {
		HYP_CALL_BASE + 7, HYP_CALL_TEST_FAULT, HYP_CALL_BASE + 0x20,
		0x8600ffff,	   0xc6000001, /* SMC64 vendor hypervisor: not
						  ours */
		0x06000001,		       /* a yielding call */
		0x84000000, /* PSCI_VERSION: a secure service, not ours */
		0x85000001, /* another owner */
		canary_address,
	};
	uint32_t i;

	for (i = 0; i < ARRAY_SIZE(ids); i++) {
		int before = failures;

		check_eq("unknown ID",
			 raw_call(ids[i], canary_address, 0, 0, 0, NULL),
			 SMCCC_RET_NOT_SUPPORTED);
		if (failures != before)
			kprintf("#   ... with r0 = 0x%08x\n", ids[i]);
	}
	check_eq("r0 was not run as code", canary_runs, 0);
	check_stub_answers("the unknown calls");
}

static void test_hyp_refuses_set_vectors(void)
{
	uint32_t count = probe_snapshot.count;

	probe_return_hvbar = (uint32_t)(uintptr_t)stub_vectors;
	check_eq("HVC_SET_VECTORS(valid table)",
		 raw_call(HVC_SET_VECTORS, (uint32_t)(uintptr_t)probe_vectors,
			  0, 0, 0, NULL),
		 HVC_STUB_ERR);
	check_eq("API", hypstub_set_vectors((uint32_t)(uintptr_t)stub_vectors),
		 HVC_STUB_ERR);
	check_stub_answers("HVC_SET_VECTORS");
	check_eq("the probe did not run", probe_snapshot.count, count);
}

static void check_state_as_before_install(const char *when)
{
	struct probe_snapshot now;

	if (!probe_hyp(&now))
		return;
	if (!snapshots_equal(&now, &suite.pre_install)) {
		kprintf("#   after %s: HSCTLR 0x%08x/0x%08x HTCR 0x%08x/0x%08x "
			"HTTBR 0x%08x/0x%08x HMAIR0 0x%08x/0x%08x\n",
			when, now.hsctlr, suite.pre_install.hsctlr, now.htcr,
			suite.pre_install.htcr, now.httbr_low,
			suite.pre_install.httbr_low, now.hmair0,
			suite.pre_install.hmair0);
		check_true("HYP state equals the state before install", 0);
	}
}

static void test_hyp_reset_vectors(void)
{
	check_eq("HVC_RESET_VECTORS",
		 raw_call(HVC_RESET_VECTORS, 0, 0, 0, 0, NULL), 0);
	check_boot_stub_answers("HVC_RESET_VECTORS");
	check_true("hyp_installed() is false", !hyp_installed());
	check_state_as_before_install("HVC_RESET_VECTORS");
	check_eq("hyp_uninstall() with nothing installed",
		 (uint32_t)hyp_uninstall(), (uint32_t)HYP_ERR_NOT_INSTALLED);
	check_eq("hyp_install()", (uint32_t)hyp_install(), HYP_OK);
	check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	check_boot_stub_answers("hyp_uninstall()");
	check_state_as_before_install("hyp_uninstall()");
}

#define LIFECYCLE_CYCLES 1000

static void test_hyp_lifecycle(void)
{
	struct hypstub_regs first, last;
	uint32_t cycle, ping_failures = 0, install_failures = 0;

	check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(), HYP_OK);
	raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &first);
	for (cycle = 0; cycle < LIFECYCLE_CYCLES; cycle++) {
		if (hyp_install() != HYP_OK)
			install_failures++;
		if (hyp_call(HYP_CALL_PING, 0, 0, 0, NULL, NULL, NULL) != 0)
			ping_failures++;
		if (hyp_uninstall() != HYP_OK)
			install_failures++;
	}
	check_eq("install/uninstall failures", install_failures, 0);
	check_eq("ping failures", ping_failures, 0);
	raw_call(HYPSTUB_CALL_QUERY, 0, 0, 0, 0, &last);
	check_true("the stub answers as on the first call",
		   memcmp(&first, &last, sizeof(first)) == 0);
	check_boot_stub_answers("1000 cycles");
	check_state_as_before_install("1000 cycles");
	kprintf("#   %u install/uninstall cycles\n", cycle);
}

/* ---- the suite ---- */

#define ON_STUB (1 << TEST_TARGET_STUB)
#define ON_HYP (1 << TEST_TARGET_HYP)
#define ON_BOTH (ON_STUB | ON_HYP)

struct test_case {
	const char *rules;
	const char *name;
	void (*run)(void);
	uint32_t targets;
};

static const struct test_case tests[] = {
	{"[BOOT-1]", "boot mode recorded as HYP", test_boot_mode, ON_BOTH},
	{"[BOOT-2]", "kernel continues in SVC, exceptions masked",
	 test_svc_masked, ON_BOTH},
	{"[BOOT-3] [SET-VECTORS-1]", "HYP state after boot", test_hyp_state,
	 ON_STUB},
	{"[BOOT-4]", "PL1 reads the physical counter", test_pl1_counter,
	 ON_BOTH},
	{"[BOOT-5]", "RAM as the DTB says", test_memory_from_dtb, ON_BOTH},
	{"[HYP-INSTALL-1]", "installed from SVC, answers as the hypervisor",
	 test_hyp_installed, ON_HYP},
	{"[QUERY-1] [API-1] [HYP-STUB-4] [DISCOVERY-1] [DISCOVERY-2] "
	 "[DISCOVERY-3] [DISCOVERY-4]",
	 "discovery calls", test_query, ON_BOTH},
	{"[DISCOVERY-5] [API-1]", "a version-0 stub is not taken for this ABI",
	 test_query_version_0, ON_STUB},
	{"[QUERY-2] [UNKNOWN-1]", "discovery bitmap is truthful",
	 test_query_truthful, ON_BOTH},
	{"[CALL-1] [CALL-2] [CALL-3] [HYP-CALLS-1]",
	 "registers preserved around every call", test_preservation, ON_BOTH},
	{"[SET-VECTORS-1] [API-1]", "valid vector table installed",
	 test_set_vectors_valid, ON_STUB},
	{"[HYP-STUB-3]", "HVC_SET_VECTORS refused by the hypervisor",
	 test_hyp_refuses_set_vectors, ON_HYP},
	{"[SET-VECTORS-2]", "misaligned table refused",
	 test_set_vectors_misaligned, ON_BOTH},
	{"[SET-VECTORS-3]", "table outside RAM refused",
	 test_set_vectors_outside_ram, ON_BOTH},
	{"[SET-VECTORS-4]", "other HYP state unchanged",
	 test_set_vectors_keeps_state, ON_STUB},
	{"[RESET-VECTORS-1] [API-1]", "reset on the stub",
	 test_reset_vectors_on_stub, ON_STUB},
	{"[HYP-CALLS-2]", "features and ping", test_hyp_features, ON_HYP},
	{"[HYP-MMU-1]", "calls run with the HYP MMU on", test_hyp_mmu_on,
	 ON_HYP},
	{"[HYP-CALLS-3]", "register reads limited to the allow-list",
	 test_hyp_read_register, ON_HYP},
	{"[HYP-CALLS-4] [HYP-INSTALL-3]", "TLB flush; init only once",
	 test_hyp_tlb_flush_and_init, ON_HYP},
	{"[UNKNOWN-2] [HYP-CALLS-5]", "unknown IDs refused, never run as code",
	 test_unknown_ids, ON_BOTH},
	{"[HYP-CALLS-5]", "unknown SMCCC IDs not supported",
	 test_hyp_unknown_calls, ON_HYP},
	{"[UNKNOWN-1]", "reserved call 3 refused", test_unknown_reserved,
	 ON_BOTH},
	{"[IMM-1]", "non-zero immediates refused, nothing changed",
	 test_nonzero_immediates, ON_BOTH},
	{"[SOFT-RESTART-5] [API-1]", "bad entries refused",
	 test_soft_restart_refused, ON_BOTH},
	{"[HYP-STUB-2] [HYP-INSTALL-4]",
	 "HVC_RESET_VECTORS gives HYP back as it was", test_hyp_reset_vectors,
	 ON_HYP},
	{"[HYP-LIFE-1]", "1000 install/uninstall cycles", test_hyp_lifecycle,
	 ON_HYP},
	{"[SOFT-RESTART-1] [SOFT-RESTART-2] [SOFT-RESTART-3] "
	 "[SOFT-RESTART-4] [HYP-STUB-1]",
	 "payload entered in HYP with the documented state", test_soft_restart,
	 ON_BOTH},
};

static int applies(uint32_t index)
{
	return (tests[index].targets & (1u << suite.target)) != 0;
}

/* The TAP number of a test: its place among those for this target. */
static uint32_t test_number(uint32_t index)
{
	uint32_t i, number = 0;

	for (i = 0; i <= index; i++)
		number += applies(i);
	return number;
}

static void report(uint32_t index)
{
	const struct test_case *test = &tests[index];

	if (failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", test_number(index), test->rules,
			test->name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", test_number(index), test->rules,
			test->name);
	}
}

/* With the hypervisor as the target, make sure it is installed. */
static void ensure_target(void)
{
	int result;

	if (!target_is_hyp() || hyp_installed())
		return;
	if (!suite.have_pre_install) {
		if (!probe_hyp(&suite.pre_install))
			return;
		suite.have_pre_install = 1;
	}
	result = hyp_install();
	if (result != HYP_OK) {
		kprintf("#   hyp_install(): %s\n", hyp_error_string(result));
		check_eq("hyp_install()", (uint32_t)result, HYP_OK);
	}
}

static void run_hyp_suite(void)
{
	if (!suite.started) {
		suite.started = 1;
		suite.next_index = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		suite.target = *(volatile uint32_t *)TEST_TARGET_ADDR;
		if (suite.target > TEST_TARGET_HYP) {
			kprintf("Bail out! no such target %u\n", suite.target);
			plat_exit(2);
		}
		kprintf("# target: %s\n", target_is_hyp()
						  ? "the resident hypervisor"
						  : "the boot stub");
		if (suite.next_index == 0)
			kprintf("1..%u\n", test_number(ARRAY_SIZE(tests) - 1));
	}
	if (suite.restart_pending) {
		suite.restart_pending = 0;
		failures = 0;
		check_soft_restart_arrival();
		check_boot_stub_answers("the restart");
		report(suite.next_index++);
	}
	for (; suite.next_index < ARRAY_SIZE(tests); suite.next_index++) {
		uint32_t index = suite.next_index;

		if (!applies(index))
			continue;
		/* For the runner: TAP number, list index, rules. */
		kprintf("# running %u %u %s\n", test_number(index), index,
			tests[index].rules);
		failures = 0;
		ensure_target();
		if (failures == 0)
			tests[index].run();
		report(index);
	}
}

/* ---- booted in SVC (virtualization=off) ---- */

static volatile uint32_t undef_count;

static int count_undef(uint32_t address)
{
	(void)address;
	undef_count++;
	return 1;
}

static void test_svc_boot_mode(void)
{
	check_eq("boot mode", hypstub_boot_mode(), PSR_MODE_SVC);
	check_true("hypstub_hyp_available() is false",
		   !hypstub_hyp_available());
}

static void test_svc_boot_no_hvc(void)
{
	struct hypstub_query_result result;
	struct hypstub_regs regs = {.r0 = HYPSTUB_CALL_QUERY};

	kernel_undef_hook = count_undef;
	check_eq("hypstub_set_vectors", hypstub_set_vectors(PLAT_RAM_BASE),
		 HVC_STUB_ERR);
	check_eq("hypstub_reset_vectors", hypstub_reset_vectors(),
		 HVC_STUB_ERR);
	check_eq("hypstub_soft_restart",
		 hypstub_soft_restart((uint32_t)(uintptr_t)hypstub_entry, 0, 0,
				      0),
		 HVC_STUB_ERR);
	check_eq("hypstub_query", hypstub_query(&result), HVC_STUB_ERR);
	check_eq("query version", result.version, 0);
	check_eq("no hvc was issued (no undefined instruction)", undef_count,
		 0);
	/*
	 * The control: a raw hvc does reach something. In Secure state, or
	 * with no EL2, it is UNDEFINED and the counter sees it; under QEMU's
	 * own PSCI "hypervisor" (virtualization=off) it is answered, and not
	 * with HVC_STUB_ERR. Either way the wrappers above did not issue one.
	 */
	hypstub_hvc(&regs);
	if (undef_count == 1) {
		kprintf("#   a raw hvc was UNDEFINED (counted)\n");
	} else {
		kprintf("#   a raw hvc was answered with 0x%08x by the "
			"hypervisor below\n",
			regs.r0);
		check_true("a raw hvc is seen: counted, or answered without "
			   "HVC_STUB_ERR",
			   undef_count == 0 && regs.r0 != HVC_STUB_ERR &&
				   regs.r0 != HYPSTUB_CALL_QUERY);
	}
	kernel_undef_hook = NULL;
}

static void test_svc_boot_no_hyp_install(void)
{
	kernel_undef_hook = count_undef;
	undef_count = 0;
	check_eq("hyp_install()", (uint32_t)hyp_install(),
		 (uint32_t)HYP_ERR_NOT_IN_HYP);
	check_true("the error says why",
		   strlen(hyp_error_string(HYP_ERR_NOT_IN_HYP)) > 20);
	check_eq("hyp_uninstall()", (uint32_t)hyp_uninstall(),
		 (uint32_t)HYP_ERR_NOT_IN_HYP);
	check_true("hyp_installed() is false", !hyp_installed());
	check_eq("no hvc was issued", undef_count, 0);
	kernel_undef_hook = NULL;
}

static const struct test_case svc_tests[] = {
	{"[SVC-BOOT-1]", "boot mode recorded as SVC", test_svc_boot_mode,
	 ON_BOTH},
	{"[BOOT-2]", "kernel continues in SVC, exceptions masked",
	 test_svc_masked, ON_BOTH},
	{"[SVC-BOOT-2]", "the API issues no hvc", test_svc_boot_no_hvc,
	 ON_BOTH},
	{"[HYP-INSTALL-2]", "the hypervisor refuses to install",
	 test_svc_boot_no_hyp_install, ON_BOTH},
};

static void run_svc_suite(void)
{
	uint32_t i;

	kprintf("1..%u\n", (uint32_t)ARRAY_SIZE(svc_tests));
	for (i = 0; i < ARRAY_SIZE(svc_tests); i++) {
		failures = 0;
		svc_tests[i].run();
		if (failures == 0) {
			suite.passed++;
			kprintf("ok %u - %s %s\n", i + 1, svc_tests[i].rules,
				svc_tests[i].name);
		} else {
			suite.failed++;
			kprintf("not ok %u - %s %s\n", i + 1,
				svc_tests[i].rules, svc_tests[i].name);
		}
	}
}

void hypstub_main(unsigned int cpu)
{
	cpsr_at_main = read_cpsr();
	kernel_cpu_init(cpu);
	if (hypstub_boot_mode() == PSR_MODE_HYP)
		run_hyp_suite();
	else
		run_svc_suite();
	kprintf("# summary: %u passed, %u failed\n", suite.passed,
		suite.failed);
	plat_exit(suite.failed ? 1 : 0);
}
