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
    MP_QSTR_main_dot_py = MP_QSTRnumber_of,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    40873,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    7,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    1, // allocated entries
    1, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "main.py",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module main
// - original source file: main.mpy
// - frozen file name: main.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file main.py, scope main__lt_module_gt_
static const byte fun_data_main__lt_module_gt_[19] = {
    0x10,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x11,0x02, // LOAD_NAME 'print'
    0x11,0x03, // LOAD_NAME 'len'
    0x81, // LOAD_CONST_SMALL_INT 1
    0x2b,0x01, // BUILD_LIST 1
    0x34,0x01, // CALL_FUNCTION 1
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_main__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_main__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 3,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_main__lt_module_gt_ + 3,
        .line_info_top = fun_data_main__lt_module_gt_ + 3,
        .opcodes = fun_data_main__lt_module_gt_ + 3,
    },
    #endif
    #endif
};
#else
#define proto_fun_main__lt_module_gt_ fun_data_main__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_main[4] = {
    MP_QSTR_main_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_print,
    MP_QSTR_len,
};

// constants
static const mp_obj_str_t const_obj_main_0 = {{&mp_type_bytes}, 261, 250, (const byte*)"\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78\x78"};

// constant table
static const mp_rom_obj_t const_obj_table_data_main[1] = {
    MP_ROM_PTR(&const_obj_main_0),
};

static const mp_frozen_module_t frozen_module_main = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_main,
        .obj_table = (mp_obj_t *)&const_obj_table_data_main,
    },
    .proto_fun = &proto_fun_main__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "main.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_main,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("main", "main.py")
#endif

/*
byte sizes:
qstr content: 1 unique, 11 bytes
bc content: 19
const str content: 250
const int content: 0
const obj content: 16
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 1 * 4 = 16
mp_frozen_mpy_names_content: 9
mp_frozen_mpy_content_size: 4
total: 329
*/
