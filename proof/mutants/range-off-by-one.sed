# SPDX-License-Identifier: BSD-2-Clause
# what: an off-by-one in the RAM range check: a range may end one byte past RAM
# file: core/stub.c
# functions: stub_range_in_ram
# properties: SET_VECTORS_3
# expect: SET-VECTORS-3 SOFT-RESTART-5
s/offset <= stub_memory.size - length;/offset <= stub_memory.size - length + 1;/
