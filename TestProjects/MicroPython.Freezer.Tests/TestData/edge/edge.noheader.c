#include "py/mpconfig.h"
#include "py/objint.h"
#include "py/objstr.h"
#include "py/emitglue.h"
#include "py/nativeglue.h"

#if MICROPY_LONGINT_IMPL != 2
#error "incompatible MICROPY_LONGINT_IMPL"
#endif

#if MPZ_DIG_SIZE != 16
#error "incompatible MPZ_DIG_SIZE"
#endif

#if MICROPY_PY_BUILTINS_FLOAT
typedef struct _mp_obj_float_t {
    mp_obj_base_t base;
    mp_float_t value;
} mp_obj_float_t;
#endif

#if MICROPY_PY_BUILTINS_COMPLEX
typedef struct _mp_obj_complex_t {
    mp_obj_base_t base;
    mp_float_t real;
    mp_float_t imag;
} mp_obj_complex_t;
#endif

enum {
    MP_QSTR_a = MP_QSTRnumber_of,
    MP_QSTR_b,
    MP_QSTR_caf_eacute__space__quot_q_quot__space__backslash_,
    MP_QSTR_edge_dot_py,
    MP_QSTR_f,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_z,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    196,
    199,
    166,
    161,
    195,
    221,
    220,
    223,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    1,
    1,
    11,
    7,
    1,
    1,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    8, // allocated entries
    8, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "a",
        "b",
        "\x63\x61\x66\xc3\xa9\x20\x22\x71\x22\x20\x5c",
        "edge.py",
        "f",
        "x",
        "y",
        "z",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module edge
// - original source file: edge.mpy
// - frozen file name: edge.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file edge.py, scope edge__lt_module_gt_
static const byte fun_data_edge__lt_module_gt_[31] = {
    0x18,0x08, // prelude
    0x01, // names: <module>
    0x24,0x24,0x24, // code info
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x04, // STORE_NAME 'x'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x16,0x05, // STORE_NAME 'y'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x16,0x06, // STORE_NAME 'z'
    0x53, // LOAD_NULL
    0x2c,0x00, // BUILD_MAP 0
    0x82, // LOAD_CONST_SMALL_INT 2
    0x10,0x02, // LOAD_CONST_STRING 'b'
    0x62, // STORE_MAP
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x03, // STORE_NAME 'f'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of edge__lt_module_gt_
// frozen bytecode for file edge.py, scope edge_f
static const byte fun_data_edge_f[15] = {
    0x99,0x88,0x80,0x80,0x40,0x0a, // prelude
    0x03,0x07,0x02, // names: f, a, b
    0x60,0x20, // code info
    0xb0, // LOAD_FAST 0
    0xb1, // LOAD_FAST 1
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_edge_f = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_edge_f,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 8,
        .n_pos_args = 1,
        .n_kwonly_args = 1,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_edge_f + 9,
        .line_info_top = fun_data_edge_f + 11,
        .opcodes = fun_data_edge_f + 11,
    },
    #endif
    #endif
};
#else
#define proto_fun_edge_f fun_data_edge_f[0]
#endif

static const mp_raw_code_t *const children_edge__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_edge_f,
};

static const mp_raw_code_truncated_t proto_fun_edge__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_edge__lt_module_gt_,
    .children = (void *)&children_edge__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 31,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_edge__lt_module_gt_ + 3,
        .line_info_top = fun_data_edge__lt_module_gt_ + 6,
        .opcodes = fun_data_edge__lt_module_gt_ + 6,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_edge[8] = {
    MP_QSTR_edge_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_b,
    MP_QSTR_f,
    MP_QSTR_x,
    MP_QSTR_y,
    MP_QSTR_z,
    MP_QSTR_a,
};

// constants
static const mp_obj_str_t const_obj_edge_1 = {{&mp_type_bytes}, 186, 2, (const byte*)"\x00\xff"};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_edge_2_1 = {{&mp_type_float}, (mp_float_t)2.5};
#define const_obj_edge_2_1_macro MP_ROM_PTR(&const_obj_edge_2_1)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_edge_2_1_macro ((mp_rom_obj_t)(0xc0a00002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_edge_2_1_macro ((mp_rom_obj_t)(0xc008000000000000))
#endif
static const mp_obj_int_t const_obj_edge_2_2 = {{&mp_type_int}, {.neg=0, .fixed_dig=1, .alloc=1, .len=1, .dig=(uint16_t*)(const uint16_t[]){0x2710}}};
static const mp_obj_str_t const_obj_edge_2_3 = {{&mp_type_str}, 9, 41, (const byte*)"\x6c\x6f\x6e\x67\x20\x73\x74\x72\x69\x6e\x67\x20\x63\x6f\x6e\x73\x74\x61\x6e\x74\x20\x74\x68\x61\x74\x20\x69\x73\x20\x6e\x6f\x74\x20\x69\x6e\x74\x65\x72\x6e\x65\x64"};
static const mp_rom_obj_tuple_t const_obj_edge_2 = {{&mp_type_tuple}, 5, {
    MP_ROM_INT(1),
    const_obj_edge_2_1_macro,
    MP_ROM_PTR(&const_obj_edge_2_2),
    MP_ROM_PTR(&const_obj_edge_2_3),
    MP_ROM_PTR(&mp_const_empty_tuple_obj),
}};

// constant table
static const mp_rom_obj_t const_obj_table_data_edge[3] = {
    MP_ROM_QSTR(MP_QSTR_caf_eacute__space__quot_q_quot__space__backslash_),
    MP_ROM_PTR(&const_obj_edge_1),
    MP_ROM_PTR(&const_obj_edge_2),
};

static const mp_frozen_module_t frozen_module_edge = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_edge,
        .obj_table = (mp_obj_t *)&const_obj_table_data_edge,
    },
    .proto_fun = &proto_fun_edge__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "edge.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_edge,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("edge", "edge.py")
#endif

/*
byte sizes:
qstr content: 8 unique, 48 bytes
bc content: 46
const str content: 43
const int content: 2
const obj content: 60
const table qstr content: 0 entries, 0 bytes
const table ptr content: 3 entries, 12 bytes
raw code content: 2 * 4 = 32
mp_frozen_mpy_names_content: 9
mp_frozen_mpy_content_size: 4
total: 256
*/
