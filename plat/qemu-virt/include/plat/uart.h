/* SPDX-License-Identifier: BSD-2-Clause */
#ifndef PLAT_UART_H
#define PLAT_UART_H

#include <stdint.h>

/* Polled PL011 output; usable from HYP and SVC with the MMU off. */
void plat_uart_putc(char c);
void plat_uart_puts(const char *s);
void plat_uart_put_hex(uint32_t value); /* "0x" and eight digits */
void plat_uart_put_decimal(uint32_t value);

/* End QEMU with this exit status (semihosting SYS_EXIT_EXTENDED). */
void plat_exit(int status) __attribute__((noreturn));

/* Stop this CPU for good, all exceptions masked. */
void plat_halt(void) __attribute__((noreturn));

#endif /* PLAT_UART_H */
