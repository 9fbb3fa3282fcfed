// SPDX-License-Identifier: BSD-2-Clause
/*
 * A minimal kernel outside the hypstub tree, AArch64, built against an
 * installed copy (make install PREFIX=... ARCH=arm64): hypstub_entry boots
 * it on the stub at EL2 and calls hypstub_main() at EL1. It asks the stub
 * who it is, checks that a call it does not know is refused, and ends QEMU
 * with status 0 and the line "example: success" when both worked.
 */
#include <hypstub/hypstub.h>
#include <hypstub/plat/uart.h>
#include <hypstub/version.h>

static int failures;

static void check(int ok, const char *what)
{
	plat_uart_puts(ok ? "example: ok   " : "example: FAIL ");
	plat_uart_puts(what);
	plat_uart_puts("\n");
	if (!ok)
		failures++;
}

void hypstub_main(unsigned int cpu)
{
	struct hypstub_query_result query;
	struct hypstub_regs regs = {.r0 = 0x5a5a};

	(void)cpu;
	plat_uart_puts("example: hypstub " HYPSTUB_VERSION_STRING
		       ", an outside kernel (AArch64)\n");
	check(hypstub_hyp_available(), "entered at EL2, boot stub installed");
	check(hypstub_query(&query) == 0 &&
		      query.implementer == HYPSTUB_IMPL_BOOT_STUB &&
		      query.version == HYPSTUB_ABI_VERSION,
	      "HYPSTUB_CALL_QUERY answered by the boot stub");
	hypstub_hvc(&regs);
	check(regs.r0 == HVC_STUB_ERR, "an unknown call answers HVC_STUB_ERR");
	plat_uart_puts(failures == 0 ? "example: success\n"
				     : "example: FAILED\n");
	plat_exit(failures == 0 ? 0 : 1);
}

/* No secondary CPU is started here; the library still wants the symbol. */
void hypstub_secondary_main(unsigned int cpu)
{
	(void)cpu;
	plat_halt();
}
