// SPDX-License-Identifier: BSD-2-Clause
#include <plat/platform.h>
#include <plat/uart.h>

#define PL011_DR 0x00
#define PL011_FR 0x18
#define PL011_FR_TXFF (1 << 5)

static volatile uint32_t *pl011_register(uint32_t offset)
{
	return (volatile uint32_t *)(uintptr_t)(PLAT_UART_BASE + offset);
}

static void pl011_write(unsigned char byte)
{
	while (*pl011_register(PL011_FR) & PL011_FR_TXFF)
		;
	*pl011_register(PL011_DR) = byte;
}

/* The '\r' is written directly: no recursion in code that HYP runs. */
void plat_uart_putc(char c)
{
	if (c == '\n')
		pl011_write('\r');
	pl011_write((unsigned char)c);
}

void plat_uart_puts(const char *s)
{
	while (*s)
		plat_uart_putc(*s++);
}

void plat_uart_put_hex(uint32_t value)
{
	static const char digits[] = "0123456789abcdef";
	int shift;

	plat_uart_puts("0x");
	for (shift = 28; shift >= 0; shift -= 4)
		plat_uart_putc(digits[(value >> shift) & 0xf]);
}

void plat_uart_put_decimal(uint32_t value)
{
	char digits[10];
	int count = 0;

	do {
		digits[count++] = (char)('0' + value % 10);
		value /= 10;
	} while (value);
	while (count)
		plat_uart_putc(digits[--count]);
}
