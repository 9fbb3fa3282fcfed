// SPDX-License-Identifier: BSD-2-Clause
#include <kernel/kernel.h>

void *memset(void *dest, int value, size_t length)
{
	unsigned char *d = dest;

	while (length--)
		*d++ = (unsigned char)value;
	return dest;
}

void *memcpy(void *dest, const void *src, size_t length)
{
	unsigned char *d = dest;
	const unsigned char *s = src;

	while (length--)
		*d++ = *s++;
	return dest;
}

int memcmp(const void *a, const void *b, size_t length)
{
	const unsigned char *x = a, *y = b;

	for (; length; length--, x++, y++)
		if (*x != *y)
			return *x < *y ? -1 : 1;
	return 0;
}

size_t strlen(const char *s)
{
	size_t length = 0;

	while (s[length])
		length++;
	return length;
}

/*
 * The ARM run-time ABI's names for the same operations, which clang emits
 * for structure copies and clears. Note __aeabi_memset's argument order.
 */
void __aeabi_memcpy(void *dest, const void *src, size_t length);
void __aeabi_memcpy4(void *dest, const void *src, size_t length);
void __aeabi_memcpy8(void *dest, const void *src, size_t length);
void __aeabi_memset(void *dest, size_t length, int value);
void __aeabi_memset4(void *dest, size_t length, int value);
void __aeabi_memset8(void *dest, size_t length, int value);
void __aeabi_memclr(void *dest, size_t length);
void __aeabi_memclr4(void *dest, size_t length);
void __aeabi_memclr8(void *dest, size_t length);

void __aeabi_memcpy(void *dest, const void *src, size_t length)
{
	memcpy(dest, src, length);
}

void __aeabi_memcpy4(void *dest, const void *src, size_t length)
{
	memcpy(dest, src, length);
}

void __aeabi_memcpy8(void *dest, const void *src, size_t length)
{
	memcpy(dest, src, length);
}

void __aeabi_memset(void *dest, size_t length, int value)
{
	memset(dest, value, length);
}

void __aeabi_memset4(void *dest, size_t length, int value)
{
	memset(dest, value, length);
}

void __aeabi_memset8(void *dest, size_t length, int value)
{
	memset(dest, value, length);
}

void __aeabi_memclr(void *dest, size_t length)
{
	memset(dest, 0, length);
}

void __aeabi_memclr4(void *dest, size_t length)
{
	memset(dest, 0, length);
}

void __aeabi_memclr8(void *dest, size_t length)
{
	memset(dest, 0, length);
}
