/* SPDX-License-Identifier: BSD-2-Clause */
/*
 * A HYP vector table that answers as a version-0 stub does (Linux's arm32
 * stub since 4.12): HVC_RESET_VECTORS puts HVBAR back to
 * probe_return_hvbar and returns 0; every other hvc answers HVC_STUB_ERR
 * and changes nothing. Each hvc it takes is counted in linux_like_calls,
 * so a test sees which calls a caller issued. Test-only, written for this
 * suite, not Linux's code.
 */
#include <arch/arm/asm.h>
#include <hypstub/abi.h>

	.syntax unified
	.arm
	.arch_extension virt
	.text

VECTOR_TABLE_START linux_like_vectors
VECTOR_SLOT linux_like_vectors, 0x00
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x04
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x08
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x0c
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x10
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x14
	b	linux_like_hvc
VECTOR_SLOT linux_like_vectors, 0x18
	b	probe_unexpected
VECTOR_SLOT linux_like_vectors, 0x1c
	b	probe_unexpected
VECTOR_TABLE_END linux_like_vectors

LOCAL_CODE_START linux_like_hvc
	ldr	r1, =linux_like_calls
	ldr	r2, [r1]
	add	r2, r2, #1
	str	r2, [r1]
	cmp	r0, #HVC_RESET_VECTORS
	bne	1f
	ldr	r1, =probe_return_hvbar
	ldr	r1, [r1]
	mcr	p15, 4, r1, c12, c0, 0		@ HVBAR
	isb
	mov	r0, #0
	eret
1:	ldr	r0, =HVC_STUB_ERR
	eret
SYM_END linux_like_hvc

	.data
	.balign 4
	.global linux_like_calls
linux_like_calls:
	.word 0
