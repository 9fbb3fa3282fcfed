// SPDX-License-Identifier: BSD-2-Clause
/* printf for the console: %s %c %d %u %x with an optional 0-padded width. */
#include <kernel/kernel.h>
#include <plat/uart.h>
#include <stdarg.h>

static void put_unsigned(uint32_t value, unsigned int base, int width, char pad)
{
	static const char digits[] = "0123456789abcdef";
	char buffer[12];
	int count = 0;

	do {
		buffer[count++] = digits[value % base];
		value /= base;
	} while (value);
	while (width-- > count)
		plat_uart_putc(pad);
	while (count--)
		plat_uart_putc(buffer[count]);
}

void kprintf(const char *format, ...)
{
	va_list args;
	const char *p;

	va_start(args, format);
	for (p = format; *p; p++) {
		int width = 0;
		char pad = ' ';
		int32_t signed_value;

		if (*p != '%') {
			plat_uart_putc(*p);
			continue;
		}
		p++;
		if (*p == '0')
			pad = '0';
		while (*p >= '0' && *p <= '9')
			width = width * 10 + (*p++ - '0');
		switch (*p) {
		case 's':
			plat_uart_puts(va_arg(args, const char *));
			break;
		case 'c':
			plat_uart_putc((char)va_arg(args, int));
			break;
		case 'd':
			signed_value = va_arg(args, int32_t);
			if (signed_value < 0) {
				plat_uart_putc('-');
				put_unsigned(-(uint32_t)signed_value, 10,
					     width - 1, pad);
			} else {
				put_unsigned((uint32_t)signed_value, 10, width,
					     pad);
			}
			break;
		case 'u':
			put_unsigned(va_arg(args, uint32_t), 10, width, pad);
			break;
		case 'x':
			put_unsigned(va_arg(args, uint32_t), 16, width, pad);
			break;
		case '%':
			plat_uart_putc('%');
			break;
		default:
			plat_uart_putc('?');
			if (!*p)
				p--;
			break;
		}
	}
	va_end(args);
}
