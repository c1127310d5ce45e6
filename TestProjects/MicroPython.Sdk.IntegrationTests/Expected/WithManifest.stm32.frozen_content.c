//
// Content for MICROPY_MODULE_FROZEN_STR
//
#include <stdint.h>
#define MP_FROZEN_STR_NAMES \

const uint32_t mp_frozen_str_sizes[] = { 0 };
const char mp_frozen_str_content[] = {
"\0"
};

//
// Content for MICROPY_MODULE_FROZEN_MPY
//
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
    MP_QSTR__quot__percent_s_quot__colon__space__percent_s = MP_QSTRnumber_of,
    MP_QSTR__comma__space_,
    MP_QSTR_0_dot_1_dot_0,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR___version__,
    MP_QSTR__rpm,
    MP_QSTR_app_dot_py,
    MP_QSTR_dumps,
    MP_QSTR_motor,
    MP_QSTR_motor_dot_py,
    MP_QSTR_obj,
    MP_QSTR_rpm,
    MP_QSTR_spin,
    MP_QSTR_tinyjson,
    MP_QSTR_tinyjson_dot_py,
    MP_QSTR_turns,
    MP_QSTR_turns_space_must_space_be_space_positive,
    MP_QSTR__brace_open_,
    MP_QSTR__brace_close_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    3039,
    26249,
    26900,
    27188,
    38975,
    58709,
    54883,
    11642,
    2510,
    45481,
    23554,
    35274,
    18369,
    52663,
    37040,
    23083,
    30456,
    46558,
    46552,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    8,
    2,
    5,
    9,
    11,
    4,
    6,
    5,
    5,
    8,
    3,
    3,
    4,
    8,
    11,
    5,
    22,
    1,
    1,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    19, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "\x22\x25\x73\x22\x3a\x20\x25\x73",
        ", ",
        "0.1.0",
        "<genexpr>",
        "__version__",
        "_rpm",
        "app.py",
        "dumps",
        "motor",
        "motor.py",
        "obj",
        "rpm",
        "spin",
        "tinyjson",
        "tinyjson.py",
        "turns",
        "turns must be positive",
        "{",
        "}",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module motor
// - original source file: build/frozen_mpy/motor.mpy
// - frozen file name: motor.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file motor.py, scope motor__lt_module_gt_
static const byte fun_data_motor__lt_module_gt_[19] = {
    0x00,0x08, // prelude
    0x01, // names: <module>
    0x63,0x64,0x60, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x17,0x05, // STORE_GLOBAL '_rpm'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x02, // STORE_NAME 'spin'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x04, // STORE_NAME 'rpm'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of motor__lt_module_gt_
// frozen bytecode for file motor.py, scope motor_spin
static const byte fun_data_motor_spin[28] = {
    0x11,0x0c, // prelude
    0x02,0x06, // names: spin, turns
    0x60,0x20,0x20,0x2c, // code info
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd8, // BINARY_OP 1 __gt__
    0x43,0x47, // POP_JUMP_IF_TRUE 7
    0x12,0x03, // LOAD_GLOBAL 'AssertionError'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x34,0x01, // CALL_FUNCTION 1
    0x65, // RAISE_OBJ
    0xb0, // LOAD_FAST 0
    0x22,0x3c, // LOAD_CONST_SMALL_INT 60
    0xf4, // BINARY_OP 29 __mul__
    0x17,0x05, // STORE_GLOBAL '_rpm'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_motor_spin = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_motor_spin,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
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
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_motor_spin + 4,
        .line_info_top = fun_data_motor_spin + 8,
        .opcodes = fun_data_motor_spin + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_motor_spin fun_data_motor_spin[0]
#endif

// child of motor__lt_module_gt_
// frozen bytecode for file motor.py, scope motor_rpm
static const byte fun_data_motor_rpm[8] = {
    0x00,0x06, // prelude
    0x04, // names: rpm
    0x80,0x0a, // code info
    0x12,0x05, // LOAD_GLOBAL '_rpm'
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_motor_rpm = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_motor_rpm,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 8,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 4,
        .line_info = fun_data_motor_rpm + 3,
        .line_info_top = fun_data_motor_rpm + 5,
        .opcodes = fun_data_motor_rpm + 5,
    },
    #endif
    #endif
};
#else
#define proto_fun_motor_rpm fun_data_motor_rpm[0]
#endif

static const mp_raw_code_t *const children_motor__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_motor_spin,
    (const mp_raw_code_t *)&proto_fun_motor_rpm,
};

static const mp_raw_code_truncated_t proto_fun_motor__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_motor__lt_module_gt_,
    .children = (void *)&children_motor__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 19,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_motor__lt_module_gt_ + 3,
        .line_info_top = fun_data_motor__lt_module_gt_ + 6,
        .opcodes = fun_data_motor__lt_module_gt_ + 6,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_motor[7] = {
    MP_QSTR_motor_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_spin,
    MP_QSTR_AssertionError,
    MP_QSTR_rpm,
    MP_QSTR__rpm,
    MP_QSTR_turns,
};

// constants

// constant table
static const mp_rom_obj_t const_obj_table_data_motor[1] = {
    MP_ROM_QSTR(MP_QSTR_turns_space_must_space_be_space_positive),
};

static const mp_frozen_module_t frozen_module_motor = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_motor,
        .obj_table = (mp_obj_t *)&const_obj_table_data_motor,
    },
    .proto_fun = &proto_fun_motor__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module app
// - original source file: build/frozen_mpy/app.mpy
// - frozen file name: app.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file app.py, scope app__lt_module_gt_
static const byte fun_data_app__lt_module_gt_[58] = {
    0x28,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'motor'
    0x16,0x02, // STORE_NAME 'motor'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x03, // IMPORT_NAME 'tinyjson'
    0x16,0x03, // STORE_NAME 'tinyjson'
    0x11,0x02, // LOAD_NAME 'motor'
    0x14,0x04, // LOAD_METHOD 'spin'
    0x83, // LOAD_CONST_SMALL_INT 3
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'print'
    0x11,0x03, // LOAD_NAME 'tinyjson'
    0x14,0x05, // LOAD_METHOD 'dumps'
    0x2c,0x01, // BUILD_MAP 1
    0x11,0x02, // LOAD_NAME 'motor'
    0x14,0x06, // LOAD_METHOD 'rpm'
    0x36,0x00, // CALL_METHOD 0
    0x10,0x06, // LOAD_CONST_STRING 'rpm'
    0x62, // STORE_MAP
    0x36,0x01, // CALL_METHOD 1
    0x34,0x01, // CALL_FUNCTION 1
    0x59, // POP_TOP
    0x11,0x08, // LOAD_NAME 'print'
    0x10,0x03, // LOAD_CONST_STRING 'tinyjson'
    0x11,0x03, // LOAD_NAME 'tinyjson'
    0x13,0x07, // LOAD_ATTR '__version__'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app__lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 58,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 6,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_app__lt_module_gt_ + 3,
        .line_info_top = fun_data_app__lt_module_gt_ + 3,
        .opcodes = fun_data_app__lt_module_gt_ + 3,
    },
    #endif
    #endif
};
#else
#define proto_fun_app__lt_module_gt_ fun_data_app__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_app[9] = {
    MP_QSTR_app_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_motor,
    MP_QSTR_tinyjson,
    MP_QSTR_spin,
    MP_QSTR_dumps,
    MP_QSTR_rpm,
    MP_QSTR___version__,
    MP_QSTR_print,
};

static const mp_frozen_module_t frozen_module_app = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_app,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_app__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module tinyjson
// - original source file: build/frozen_mpy/tinyjson.mpy
// - frozen file name: tinyjson.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file tinyjson.py, scope tinyjson__lt_module_gt_
static const byte fun_data_tinyjson__lt_module_gt_[15] = {
    0x00,0x06, // prelude
    0x01, // names: <module>
    0x64,0x20, // code info
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME 'dumps'
    0x10,0x02, // LOAD_CONST_STRING '0.1.0'
    0x16,0x0b, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of tinyjson__lt_module_gt_
// frozen bytecode for file tinyjson.py, scope tinyjson_dumps
static const byte fun_data_tinyjson_dumps[28] = {
    0x31,0x06, // prelude
    0x03,0x0c, // names: dumps, obj
    0x20, // code info
    0x10,0x04, // LOAD_CONST_STRING '{'
    0x10,0x05, // LOAD_CONST_STRING ', '
    0x14,0x06, // LOAD_METHOD 'join'
    0x32,0x00, // MAKE_FUNCTION 0
    0xb0, // LOAD_FAST 0
    0x14,0x07, // LOAD_METHOD 'items'
    0x36,0x00, // CALL_METHOD 0
    0x5e, // GET_ITER
    0x34,0x01, // CALL_FUNCTION 1
    0x36,0x01, // CALL_METHOD 1
    0xf2, // BINARY_OP 27 __add__
    0x10,0x08, // LOAD_CONST_STRING '}'
    0xf2, // BINARY_OP 27 __add__
    0x63, // RETURN_VALUE
};
// child of tinyjson_dumps
// frozen bytecode for file tinyjson.py, scope tinyjson_dumps__lt_genexpr_gt_
static const byte fun_data_tinyjson_dumps__lt_genexpr_gt_[29] = {
    0xc9,0x40,0x06, // prelude
    0x09,0x0d, // names: <genexpr>, *
    0x20, // code info
    0x53, // LOAD_NULL
    0xb0, // LOAD_FAST 0
    0x53, // LOAD_NULL
    0x53, // LOAD_NULL
    0x4b,0x0f, // FOR_ITER 15
    0x30,0x02, // UNPACK_SEQUENCE 2
    0xc1, // STORE_FAST 1
    0xc2, // STORE_FAST 2
    0x10,0x0a, // LOAD_CONST_STRING '"%s": %s'
    0xb1, // LOAD_FAST 1
    0xb2, // LOAD_FAST 2
    0x2a,0x02, // BUILD_TUPLE 2
    0xf8, // BINARY_OP 33 __mod__
    0x67, // YIELD_VALUE
    0x59, // POP_TOP
    0x42,0x2f, // JUMP -17
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_tinyjson_dumps__lt_genexpr_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 1,
    .fun_data = fun_data_tinyjson_dumps__lt_genexpr_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 29,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 0,
        .scope_flags = 1,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_tinyjson_dumps__lt_genexpr_gt_ + 5,
        .line_info_top = fun_data_tinyjson_dumps__lt_genexpr_gt_ + 6,
        .opcodes = fun_data_tinyjson_dumps__lt_genexpr_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_tinyjson_dumps__lt_genexpr_gt_ fun_data_tinyjson_dumps__lt_genexpr_gt_[0]
#endif

static const mp_raw_code_t *const children_tinyjson_dumps[] = {
    (const mp_raw_code_t *)&proto_fun_tinyjson_dumps__lt_genexpr_gt_,
};

static const mp_raw_code_truncated_t proto_fun_tinyjson_dumps = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_tinyjson_dumps,
    .children = (void *)&children_tinyjson_dumps,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 28,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 7,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_tinyjson_dumps + 4,
        .line_info_top = fun_data_tinyjson_dumps + 5,
        .opcodes = fun_data_tinyjson_dumps + 5,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_tinyjson__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_tinyjson_dumps,
};

static const mp_raw_code_truncated_t proto_fun_tinyjson__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_tinyjson__lt_module_gt_,
    .children = (void *)&children_tinyjson__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 1,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 1,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_tinyjson__lt_module_gt_ + 3,
        .line_info_top = fun_data_tinyjson__lt_module_gt_ + 5,
        .opcodes = fun_data_tinyjson__lt_module_gt_ + 5,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_tinyjson[14] = {
    MP_QSTR_tinyjson_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_0_dot_1_dot_0,
    MP_QSTR_dumps,
    MP_QSTR__brace_open_,
    MP_QSTR__comma__space_,
    MP_QSTR_join,
    MP_QSTR_items,
    MP_QSTR__brace_close_,
    MP_QSTR__lt_genexpr_gt_,
    MP_QSTR__quot__percent_s_quot__colon__space__percent_s,
    MP_QSTR___version__,
    MP_QSTR_obj,
    MP_QSTR__star_,
};

static const mp_frozen_module_t frozen_module_tinyjson = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_tinyjson,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_tinyjson__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "motor.py\0"
    "app.py\0"
    "tinyjson.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_motor,
    &frozen_module_app,
    &frozen_module_tinyjson,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("motor", "motor.py")
MICROPY_FROZEN_LIST_ITEM("app", "app.py")
MICROPY_FROZEN_LIST_ITEM("tinyjson", "tinyjson.py")
#endif

/*
byte sizes:
qstr content: 19 unique, 197 bytes
bc content: 185
const str content: 0
const int content: 0
const obj content: 0
const table qstr content: 0 entries, 0 bytes
const table ptr content: 1 entries, 4 bytes
raw code content: 7 * 4 = 112
mp_frozen_mpy_names_content: 29
mp_frozen_mpy_content_size: 12
total: 539
*/
