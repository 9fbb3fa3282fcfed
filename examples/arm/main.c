// SPDX-License-Identifier: BSD-2-Clause
/*
 * A minimal kernel outside the hypstub tree, built against an installed copy
 * (make install PREFIX=...): hypstub_entry boots it on the stub and calls
 * hypstub_main() in SVC. It asks the stub who it is, installs the resident
 * hypervisor, pings it, gives HYP back and ends QEMU with status 0 and the
 * line "example: success" when all of that worked.
 */
#include <hypstub/hyp.h>
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
	uint32_t r1 = 0, r2 = 0, r3 = 0;

	(void)cpu;
	plat_uart_puts("example: hypstub " HYPSTUB_VERSION_STRING
		       ", an outside kernel\n");
	check(hypstub_hyp_available(), "entered in HYP, boot stub installed");
	check(hypstub_query(&query) == 0 &&
		      query.implementer == HYPSTUB_IMPL_BOOT_STUB,
	      "HYPSTUB_CALL_QUERY answered by the boot stub");
	check(hyp_install() == HYP_OK, "hyp_install()");
	check(hyp_call(HYP_CALL_PING, 0, 0, 0, &r1, &r2, &r3) == 0,
	      "HYP_CALL_PING answered by the resident hypervisor");
	check(hyp_uninstall() == HYP_OK, "hyp_uninstall()");
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
