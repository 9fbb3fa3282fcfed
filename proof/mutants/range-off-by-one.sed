# SPDX-License-Identifier: BSD-2-Clause
# what: an off-by-one in the RAM range check: a range may end one byte past RAM
# file: core/include/core/range.h
# functions: range_inside
# properties: SET_VECTORS_3
# expect: SET-VECTORS-3
s/offset <= size - length;/offset <= size - length + 1;/
