// SPDX-License-Identifier: BSD-2-Clause
/*
 * kexec and kdump on AArch64 (doc/kexec.md), as tests/target/kexec.c does
 * them on AArch32: the kernel is its own payload, entered through the arm64
 * Linux protocol (x0 = DTB, x1 = x2 = x3 = 0). Each generation checks what
 * it was entered with (its boot record) against what the previous one
 * promised, then sets up the next scenario and restarts. State that must
 * survive a restart lives in .data.
 *
 * Entered at EL2 it runs the EL2 scenarios: with and without the resident
 * hypervisor (hyp/arm64), EL1 MMU and caches on and off, from a task and
 * from an IRQ handler, through an arm64 Image header built in RAM, and a
 * chain; bad payloads (entries, DTBs, Image headers) are refused before
 * anything is torn down. Entered at EL1 (virtualization=off) the payload
 * must start at EL1 and no hvc may be issued.
 */
#include <arch/arm64/sysreg.h>
#include <hypstub/hyp.h>
#include <hypstub/hypstub.h>
#include <hypstub/kexec.h>
#include <kernel/kernel.h>
#include <plat/platform.h>
#include <plat/uart.h>

#include "test64.h"

#define ARRAY_SIZE(a) (sizeof(a) / sizeof((a)[0]))
#define HIGH_BIT (1ull << 32)
#define KEXEC_SGI 1
#define CHAIN_LENGTH 5
#define CURRENT_EL_EL1 (1 << 2)

/* Where the test builds an arm64 Image header: 2 MiB-aligned RAM. */
#define IMAGE_ADDR (PLAT_RAM_BASE + 0x04000000)
#define IMAGE_SIZE 0x200000
#define IMAGE_MAGIC 0x644d5241
#define IMAGE_FLAGS_LE_4K 0x2

extern const char stub_vectors[];

enum restart_kind { KIND_KEXEC, KIND_KDUMP, KIND_REFUSALS };

struct scenario {
	const char *rules;
	const char *name;
	enum restart_kind kind;
	int with_hyp;  /* resident hypervisor installed first */
	int el1_mmu;   /* EL1 MMU and caches on at the restart */
	int from_irq;  /* kdump from an IRQ handler */
	int via_image; /* entered through an arm64 Image header */
};

static const struct scenario el2_scenarios[] = {
	{"[A64-KEXEC-1] [KEXEC-5] [KEXEC-9]",
	 "bad payloads and Image headers refused, hypervisor resident",
	 KIND_REFUSALS, 1, 0, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-5]", "bad payloads refused, boot stub, MMU on",
	 KIND_REFUSALS, 0, 1, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-1] [KEXEC-2] [KEXEC-3] [KEXEC-4]",
	 "kexec, boot stub, EL1 MMU off", KIND_KEXEC, 0, 0, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-1] [KEXEC-3]", "kexec, boot stub, EL1 MMU on",
	 KIND_KEXEC, 0, 1, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-4] [KEXEC-6]",
	 "kexec, resident hypervisor, EL1 MMU on", KIND_KEXEC, 1, 1, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-6]", "kexec, resident hypervisor, EL1 MMU off",
	 KIND_KEXEC, 1, 0, 0, 0},
	{"[A64-KEXEC-1] [KDUMP-1]", "kdump, boot stub, EL1 MMU on", KIND_KDUMP,
	 0, 1, 0, 0},
	{"[A64-KEXEC-1] [KDUMP-1] [KDUMP-2]",
	 "kdump, resident hypervisor (EL2 MMU on), EL1 MMU on", KIND_KDUMP, 1,
	 1, 0, 0},
	{"[A64-KEXEC-1] [KDUMP-2]", "kdump, resident hypervisor, EL1 MMU off",
	 KIND_KDUMP, 1, 0, 0, 0},
	{"[A64-KEXEC-1] [KDUMP-3]",
	 "kdump from an IRQ handler, resident hypervisor", KIND_KDUMP, 1, 1, 1,
	 0},
	{"[A64-KEXEC-1] [KDUMP-3]", "kdump from an IRQ handler, boot stub",
	 KIND_KDUMP, 0, 0, 1, 0},
	{"[A64-KEXEC-1] [KDUMP-2]",
	 "kdump into an arm64 Image, resident hypervisor", KIND_KDUMP, 1, 1, 0,
	 1},
	{"[A64-KEXEC-1] [KEXEC-6]",
	 "kexec into an arm64 Image, resident hypervisor", KIND_KEXEC, 1, 0, 0,
	 1},
};

static const struct scenario el1_scenarios[] = {
	{"[A64-KEXEC-1] [KEXEC-5]", "bad payloads refused at EL1",
	 KIND_REFUSALS, 0, 0, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-7]", "kexec entered at EL1: payload at EL1",
	 KIND_KEXEC, 0, 1, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-7]", "kdump entered at EL1: payload at EL1",
	 KIND_KDUMP, 0, 0, 0, 0},
	{"[A64-KEXEC-1] [KEXEC-7] [KDUMP-3]",
	 "kdump from an IRQ handler entered at EL1", KIND_KDUMP, 0, 0, 1, 0},
};

/* Kept in .data across restarts. */
struct kexec_suite {
	uint64_t generation; /* restarts done */
	uint64_t step;	     /* index of the check the next generation does */
	uint64_t passed, failed;
};
static struct kexec_suite suite __attribute__((section(".data")));

static int at_el2(void)
{
	return hypstub_boot_mode() == PSR_MODE_HYP;
}

static const struct scenario *scenarios(uint64_t *count)
{
	if (at_el2()) {
		*count = ARRAY_SIZE(el2_scenarios);
		return el2_scenarios;
	}
	*count = ARRAY_SIZE(el1_scenarios);
	return el1_scenarios;
}

/* The steps: every scenario, then the chain (EL2 boots only). */
static uint64_t step_count(void)
{
	uint64_t count;

	scenarios(&count);
	return count + (at_el2() ? CHAIN_LENGTH : 0);
}

static void describe_step(uint64_t step, struct scenario *scenario)
{
	uint64_t count;
	const struct scenario *list = scenarios(&count);

	if (step < count) {
		*scenario = list[step];
		return;
	}
	/* The chain alternates kexec with and without the hypervisor. */
	*scenario = (struct scenario){
		.rules = "[A64-KEXEC-1] [KEXEC-8]",
		.name = "kexec chain, one generation",
		.kind = KIND_KEXEC,
		.with_hyp = (int)((step - count) % 2),
		.el1_mmu = 1,
	};
}

/* ---- what the payload (this image, entered again) checks ---- */

static void check_arrival(void)
{
	const struct hypstub_boot_record *record =
		hypstub_boot_record(hypstub_boot_cpu_index());
	uint64_t mode = at_el2() ? PSR_MODE_HYP : PSR_MODE_SVC;

	check_eq("x0 = the DTB", record->r0, PLAT_DTB_COPY_ADDR);
	check_eq("x1", record->r1, 0);
	check_eq("x2", record->r2, 0);
	check_eq("entered at the same EL", record->cpsr & PSR_MODE_MASK, mode);
	check_eq("A, I, F masked", record->cpsr & PSR_AIF_MASK, PSR_AIF_MASK);
	check_eq("SCTLR_EL1.M/C/I",
		 record->sctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("the DTB is intact",
		 kexec_fdt_size((const void *)(uintptr_t)record->r0,
				2u << 20) != 0,
		 1);
	check_eq("the image was entered again", record->entries >= 2, 1);
	if (!at_el2())
		return;
	check_eq("SCTLR_EL2.M/C/I",
		 record->hsctlr & (SCTLR_M | SCTLR_C | SCTLR_I), 0);
	check_eq("VBAR_EL2: the boot stub's, not the hypervisor's",
		 record->hvbar, (uint64_t)(uintptr_t)stub_vectors);
	check_eq("the restarted kernel has the stub (no hypervisor)",
		 (uint64_t)hyp_installed(), 0);
}

/* ---- an arm64 Image header in RAM, whose code0 branches to this image */

struct image_header {
	uint32_t code0, code1;
	uint64_t text_offset, image_size, flags;
	uint64_t reserved[3];
	uint32_t magic, pe_offset;
};

_Static_assert(sizeof(struct image_header) == 64, "the Image header");

static void build_image(uint64_t at, uint64_t text_offset, uint64_t size,
			uint64_t flags, uint32_t magic)
{
	volatile struct image_header *header =
		(volatile struct image_header *)(uintptr_t)at;
	int64_t offset = (int64_t)(uintptr_t)hypstub_entry - (int64_t)at;

	/* b hypstub_entry: imm26 words, within 128 MiB. */
	header->code0 = 0x14000000u | ((uint32_t)(offset / 4) & 0x03ffffffu);
	header->code1 = 0xd503201fu; /* nop */
	header->text_offset = text_offset;
	header->image_size = size;
	header->flags = flags;
	header->reserved[0] = header->reserved[1] = header->reserved[2] = 0;
	header->magic = magic;
	header->pe_offset = 0;
}

/* ---- refusals: nothing is torn down, the kernel goes on ---- */

static void check_image_refusals(const struct kexec_memory *memory)
{
	const uint64_t ram_end = memory->base + memory->size;
	static const struct {
		const char *what;
		uint64_t at, text_offset, size, flags;
		uint32_t magic;
		int expected;
	} bad[] = {
		{"no magic", IMAGE_ADDR, 0, IMAGE_SIZE, IMAGE_FLAGS_LE_4K, 0,
		 KEXEC_ERR_IMAGE},
		{"magic of a 32-bit zImage", IMAGE_ADDR, 0, IMAGE_SIZE,
		 IMAGE_FLAGS_LE_4K, 0x016f2818, KEXEC_ERR_IMAGE},
		{"image_size 0 (before Linux 3.17)", IMAGE_ADDR, 0, 0,
		 IMAGE_FLAGS_LE_4K, IMAGE_MAGIC, KEXEC_ERR_IMAGE},
		{"big-endian", IMAGE_ADDR, 0, IMAGE_SIZE, 1, IMAGE_MAGIC,
		 KEXEC_ERR_IMAGE},
		{"base not 2 MiB-aligned", IMAGE_ADDR + 0x1000, 0, IMAGE_SIZE,
		 IMAGE_FLAGS_LE_4K, IMAGE_MAGIC, KEXEC_ERR_IMAGE},
		{"text_offset not where it was loaded", IMAGE_ADDR, 0x80000,
		 IMAGE_SIZE, IMAGE_FLAGS_LE_4K, IMAGE_MAGIC, KEXEC_ERR_IMAGE},
		{"image_size past the end of RAM", IMAGE_ADDR, 0, PLAT_RAM_SIZE,
		 IMAGE_FLAGS_LE_4K, IMAGE_MAGIC, KEXEC_ERR_IMAGE},
		{"image_size over the DTB", IMAGE_ADDR, 0,
		 PLAT_DTB_COPY_ADDR - IMAGE_ADDR + 0x100, IMAGE_FLAGS_LE_4K,
		 IMAGE_MAGIC, KEXEC_ERR_DTB},
	};
	struct kexec_image image;
	unsigned int i;

	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		int before = test64_failures;

		build_image(bad[i].at, bad[i].text_offset, bad[i].size,
			    bad[i].flags, bad[i].magic);
		check_eq("kexec_image_arm64(bad header)",
			 (uint64_t)(int64_t)kexec_image_arm64(
				 &image, memory, bad[i].at, PLAT_DTB_COPY_ADDR),
			 (uint64_t)(int64_t)bad[i].expected);
		if (test64_failures != before)
			kprintf("#   ... %s\n", bad[i].what);
	}
	check_eq("kexec_image_arm64(outside RAM)",
		 (uint64_t)(int64_t)kexec_image_arm64(&image, memory, ram_end,
						      PLAT_DTB_COPY_ADDR),
		 (uint64_t)(int64_t)KEXEC_ERR_ENTRY);
	build_image(IMAGE_ADDR, 0, IMAGE_SIZE, IMAGE_FLAGS_LE_4K, IMAGE_MAGIC);
	check_eq("kexec_image_arm64(good header)",
		 (uint64_t)(int64_t)kexec_image_arm64(
			 &image, memory, IMAGE_ADDR, PLAT_DTB_COPY_ADDR),
		 KEXEC_OK);
	check_eq("its entry", image.entry, IMAGE_ADDR);
	check_eq("its x0", image.r0, PLAT_DTB_COPY_ADDR);
}

static void check_refusals(const struct scenario *scenario)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	const uint64_t entry = (uint64_t)(uintptr_t)hypstub_entry;
	const uint64_t bad[] = {entry + 2,  entry + 1,
				0,	    PLAT_RAM_BASE + PLAT_RAM_SIZE,
				0x08000000, entry | HIGH_BIT};
	struct kexec_image image;
	uint64_t current_el;
	unsigned int i;

	if (scenario->with_hyp)
		check_eq("hyp_install()", (uint64_t)(int64_t)hyp_install(),
			 HYP_OK);
	if (scenario->el1_mmu)
		kernel_mmu_enable();
	for (i = 0; i < ARRAY_SIZE(bad); i++) {
		check_eq("kexec_image_linux(bad entry)",
			 (uint64_t)(int64_t)kexec_image_linux(
				 &image, &memory, bad[i], PLAT_DTB_COPY_ADDR),
			 (uint64_t)(int64_t)KEXEC_ERR_ENTRY);
		check_eq("kexec(bad entry)", (uint64_t)(int64_t)kexec(&image),
			 (uint64_t)(int64_t)KEXEC_ERR_ENTRY);
		check_eq("kdump(bad entry)", (uint64_t)(int64_t)kdump(&image),
			 (uint64_t)(int64_t)KEXEC_ERR_ENTRY);
	}
	check_eq("kexec_image_linux(misaligned DTB)",
		 (uint64_t)(int64_t)kexec_image_linux(&image, &memory, entry,
						      PLAT_DTB_COPY_ADDR + 4),
		 (uint64_t)(int64_t)KEXEC_ERR_DTB);
	check_eq("kexec_image_linux(DTB outside RAM)",
		 (uint64_t)(int64_t)kexec_image_linux(&image, &memory, entry,
						      0x1000),
		 (uint64_t)(int64_t)KEXEC_ERR_DTB);
	check_image_refusals(&memory);
	__asm__ volatile("mrs %0, CurrentEL" : "=r"(current_el));
	check_eq("still running at EL1", current_el, CURRENT_EL_EL1);
	check_eq("EL1 MMU as it was", (uint64_t)kernel_mmu_enabled(),
		 (uint64_t)scenario->el1_mmu);
	if (scenario->with_hyp) {
		check_eq("the hypervisor is still installed",
			 (uint64_t)hyp_installed(), 1);
		check_eq("hyp_uninstall()", (uint64_t)(int64_t)hyp_uninstall(),
			 HYP_OK);
	}
}

/* ---- what a generation does to restart ---- */

static struct kexec_image next_image;
static enum restart_kind next_kind;

static void restart_now(void) __attribute__((noreturn));
static void restart_now(void)
{
	int result;

	if (next_kind == KIND_KEXEC)
		result = kexec(&next_image);
	else
		result = kdump(&next_image);
	kprintf("Bail out! the restart returned %d\n", result);
	plat_exit(1);
}

static void kdump_from_irq(uint32_t iar)
{
	if (kernel_irq_number(iar) != KEXEC_SGI) {
		kprintf("Bail out! unexpected IRQ %u\n",
			kernel_irq_number(iar));
		plat_exit(1);
	}
	/* A panic in IRQ context: the interrupt ended first, as Linux does. */
	kernel_irq_end(iar);
	restart_now();
}

static void launch(const struct scenario *scenario) __attribute__((noreturn));
static void launch(const struct scenario *scenario)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	int result;

	if (scenario->via_image) {
		build_image(IMAGE_ADDR, 0, IMAGE_SIZE, IMAGE_FLAGS_LE_4K,
			    IMAGE_MAGIC);
		result = kexec_image_arm64(&next_image, &memory, IMAGE_ADDR,
					   PLAT_DTB_COPY_ADDR);
	} else {
		result = kexec_image_linux(&next_image, &memory,
					   (uint64_t)(uintptr_t)hypstub_entry,
					   PLAT_DTB_COPY_ADDR);
	}
	if (result != KEXEC_OK) {
		kprintf("Bail out! the payload: %d\n", result);
		plat_exit(1);
	}
	next_kind = scenario->kind;
	if (scenario->with_hyp) {
		result = hyp_install();
		if (result != HYP_OK) {
			kprintf("Bail out! hyp_install: %s\n",
				hyp_error_string(result));
			plat_exit(1);
		}
	}
	if (scenario->el1_mmu)
		kernel_mmu_enable();
	if (scenario->from_irq) {
		kernel_gic_init();
		kernel_set_irq_hook(kdump_from_irq);
		kernel_send_sgi_to_self(KEXEC_SGI);
		__asm__ volatile("msr daifclr, #2\n\tisb" ::: "memory");
		for (;;)
			__asm__ volatile("wfi");
	}
	restart_now();
}

static void report(uint64_t step)
{
	struct scenario scenario;

	describe_step(step, &scenario);
	if (test64_failures == 0) {
		suite.passed++;
		kprintf("ok %u - %s %s\n", (uint32_t)step + 1, scenario.rules,
			scenario.name);
	} else {
		suite.failed++;
		kprintf("not ok %u - %s %s\n", (uint32_t)step + 1,
			scenario.rules, scenario.name);
	}
}

void hypstub_main(unsigned int cpu)
{
	const struct kexec_memory memory = {PLAT_RAM_BASE, PLAT_RAM_SIZE};
	struct scenario scenario;

	kernel_cpu_init(cpu);
	if (suite.generation == 0) {
		/* The runner may start at a later step, after one that hung. */
		suite.step = *(volatile uint32_t *)TEST_START_INDEX_ADDR;
		if (suite.step == 0)
			kprintf("1..%u\n", (uint32_t)step_count());
		kprintf("# booted at %s\n", at_el2() ? "EL2" : "EL1");
		if (!kexec_copy_dtb(PLAT_DTB_COPY_ADDR, PLAT_DTB_ADDR,
				    &memory)) {
			kprintf("Bail out! no DTB\n");
			plat_exit(1);
		}
	} else {
		test64_failures = 0;
		check_arrival();
		report(suite.step++);
	}
	suite.generation++;
	for (;;) {
		if (suite.step >= step_count()) {
			kprintf("# summary: %u passed, %u failed\n",
				(uint32_t)suite.passed, (uint32_t)suite.failed);
			plat_exit(suite.failed ? 1 : 0);
		}
		describe_step(suite.step, &scenario);
		kprintf("# running %u %u %s\n# %s\n", (uint32_t)suite.step + 1,
			(uint32_t)suite.step, scenario.rules, scenario.name);
		if (scenario.kind != KIND_REFUSALS)
			launch(&scenario);
		test64_failures = 0;
		check_refusals(&scenario);
		report(suite.step++);
	}
}
