//
// Content for MICROPY_MODULE_FROZEN_STR
//
#include <stdint.h>
#define MP_FROZEN_STR_NAMES \
"boot.py\0" \
"settings.py\0" \

const uint32_t mp_frozen_str_sizes[] = { 68, 46, 0 };
const char mp_frozen_str_content[] = {
"# Frozen as text: runs first on every boot.\nimport gc\n\ngc.collect()\n\0"
"WIFI_SSID = \"workshop\"\nSAMPLE_PERIOD_MS = 250\n\0"
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
    MP_QSTR_1_dot_0 = MP_QSTRnumber_of,
    MP_QSTR_1_dot_0_dot_0,
    MP_QSTR__gt_h,
    MP_QSTR_MovingAverage,
    MP_QSTR_SCALE,
    MP_QSTR_Scheduler,
    MP_QSTR_TMP36,
    MP_QSTR___version__,
    MP_QSTR__jobs,
    MP_QSTR__read_u16,
    MP_QSTR__size,
    MP_QSTR__values,
    MP_QSTR__vref_mv,
    MP_QSTR_app,
    MP_QSTR_app_dot_scheduler,
    MP_QSTR_app_slash___init___dot_py,
    MP_QSTR_app_slash_scheduler_dot_py,
    MP_QSTR_at,
    MP_QSTR_celsius,
    MP_QSTR_describe,
    MP_QSTR_drivers,
    MP_QSTR_drivers_slash_thermo_dot_py,
    MP_QSTR_due_ms,
    MP_QSTR_end_ms,
    MP_QSTR_frame,
    MP_QSTR_main_dot_py,
    MP_QSTR_mean,
    MP_QSTR_millivolts,
    MP_QSTR_now,
    MP_QSTR_read_u16,
    MP_QSTR_run_until,
    MP_QSTR_s,
    MP_QSTR_sensors,
    MP_QSTR_sensors_dot_filters,
    MP_QSTR_sensors_dot_tmp36,
    MP_QSTR_sensors_slash___init___dot_py,
    MP_QSTR_sensors_slash_filters_dot_py,
    MP_QSTR_sensors_slash_tmp36_dot_py,
    MP_QSTR_size,
    MP_QSTR_smooth,
    MP_QSTR_thermo,
    MP_QSTR_third,
    MP_QSTR_vref_mv,
    MP_QSTR__brace_open__colon__dot_1f_brace_close__space_C,
    MP_QSTR__brace_open__colon__dot_1f_brace_close__space_C_space__paren_open_freezing_paren_close_,
};

const qstr_hash_t mp_qstr_frozen_const_hashes[] = {
    28490,
    27924,
    26771,
    19090,
    20829,
    18098,
    6441,
    38975,
    63342,
    62309,
    44511,
    22658,
    41817,
    13508,
    31261,
    43254,
    25691,
    28208,
    23347,
    40,
    37896,
    61769,
    9520,
    57771,
    35448,
    40873,
    51650,
    63866,
    22451,
    44762,
    17689,
    46550,
    22208,
    63485,
    8834,
    35314,
    15547,
    7524,
    42272,
    48199,
    62348,
    20614,
    62214,
    12867,
    27500,
};

const qstr_len_t mp_qstr_frozen_const_lengths[] = {
    3,
    5,
    2,
    13,
    5,
    9,
    5,
    11,
    5,
    9,
    5,
    7,
    8,
    3,
    13,
    15,
    16,
    2,
    7,
    8,
    7,
    17,
    6,
    6,
    5,
    7,
    4,
    10,
    3,
    8,
    9,
    1,
    7,
    15,
    13,
    19,
    18,
    16,
    4,
    6,
    6,
    5,
    7,
    8,
    19,
};

extern const qstr_pool_t mp_qstr_const_pool;
const qstr_pool_t mp_qstr_frozen_const_pool = {
    &mp_qstr_const_pool, // previous pool
    MP_QSTRnumber_of, // previous pool size
    true, // is_sorted
    10, // allocated entries
    45, // used entries
    (qstr_hash_t *)mp_qstr_frozen_const_hashes,
    (qstr_len_t *)mp_qstr_frozen_const_lengths,
    {
        "1.0",
        "1.0.0",
        ">h",
        "MovingAverage",
        "SCALE",
        "Scheduler",
        "TMP36",
        "__version__",
        "_jobs",
        "_read_u16",
        "_size",
        "_values",
        "_vref_mv",
        "app",
        "app.scheduler",
        "app/__init__.py",
        "app/scheduler.py",
        "at",
        "celsius",
        "describe",
        "drivers",
        "drivers/thermo.py",
        "due_ms",
        "end_ms",
        "frame",
        "main.py",
        "mean",
        "millivolts",
        "now",
        "read_u16",
        "run_until",
        "s",
        "sensors",
        "sensors.filters",
        "sensors.tmp36",
        "sensors/__init__.py",
        "sensors/filters.py",
        "sensors/tmp36.py",
        "size",
        "smooth",
        "thermo",
        "third",
        "vref_mv",
        "{:.1f} C",
        "{:.1f} C (freezing)",
    },
};

////////////////////////////////////////////////////////////////////////////////
// frozen module app___init__
// - original source file: build/frozen_mpy/app/__init__.mpy
// - frozen file name: app/__init__.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file app/__init__.py, scope app___init____lt_module_gt_
static const byte fun_data_app___init____lt_module_gt_[22] = {
    0x08,0x04, // prelude
    0x01, // names: <module>
    0x4c, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'Scheduler'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'app.scheduler'
    0x1c,0x02, // IMPORT_FROM 'Scheduler'
    0x16,0x02, // STORE_NAME 'Scheduler'
    0x59, // POP_TOP
    0x10,0x04, // LOAD_CONST_STRING '1.0'
    0x16,0x05, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app___init____lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app___init____lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 22,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_app___init____lt_module_gt_ + 3,
        .line_info_top = fun_data_app___init____lt_module_gt_ + 4,
        .opcodes = fun_data_app___init____lt_module_gt_ + 4,
    },
    #endif
    #endif
};
#else
#define proto_fun_app___init____lt_module_gt_ fun_data_app___init____lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_app___init__[6] = {
    MP_QSTR_app_slash___init___dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Scheduler,
    MP_QSTR_app_dot_scheduler,
    MP_QSTR_1_dot_0,
    MP_QSTR___version__,
};

static const mp_frozen_module_t frozen_module_app___init__ = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_app___init__,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_app___init____lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module app_scheduler
// - original source file: build/frozen_mpy/app/scheduler.mpy
// - frozen file name: app/scheduler.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file app/scheduler.py, scope app_scheduler__lt_module_gt_
static const byte fun_data_app_scheduler__lt_module_gt_[14] = {
    0x10,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'Scheduler'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'Scheduler'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of app_scheduler__lt_module_gt_
// frozen bytecode for file app/scheduler.py, scope app_scheduler_Scheduler
static const byte fun_data_app_scheduler_Scheduler[31] = {
    0x00,0x0e, // prelude
    0x02, // names: Scheduler
    0x28,0x40,0x64,0x20,0x64,0x20, // code info
    0x11,0x0b, // LOAD_NAME '__name__'
    0x16,0x0c, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'Scheduler'
    0x16,0x0d, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'at'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x09, // STORE_NAME 'run_until'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of app_scheduler_Scheduler
// frozen bytecode for file app/scheduler.py, scope app_scheduler_Scheduler___init__
static const byte fun_data_app_scheduler_Scheduler___init__[18] = {
    0x11,0x0a, // prelude
    0x03,0x0e, // names: __init__, self
    0x60,0x20,0x25, // code info
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x18,0x04, // STORE_ATTR '_jobs'
    0x80, // LOAD_CONST_SMALL_INT 0
    0xb0, // LOAD_FAST 0
    0x18,0x05, // STORE_ATTR 'now'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_scheduler_Scheduler___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_scheduler_Scheduler___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
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
        .qstr_block_name_idx = 3,
        .line_info = fun_data_app_scheduler_Scheduler___init__ + 4,
        .line_info_top = fun_data_app_scheduler_Scheduler___init__ + 7,
        .opcodes = fun_data_app_scheduler_Scheduler___init__ + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_scheduler_Scheduler___init__ fun_data_app_scheduler_Scheduler___init__[0]
#endif

// child of app_scheduler_Scheduler
// frozen bytecode for file app/scheduler.py, scope app_scheduler_Scheduler_at
static const byte fun_data_app_scheduler_Scheduler_at[42] = {
    0xcb,0x80,0x80,0x40,0x0e, // prelude
    0x06,0x0e,0x0f,0x10, // names: at, self, due_ms, callback
    0x80,0x08,0x34, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x14,0x07, // LOAD_METHOD 'append'
    0xb1, // LOAD_FAST 1
    0x12,0x11, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x34,0x01, // CALL_FUNCTION 1
    0xb2, // LOAD_FAST 2
    0xb3, // LOAD_FAST 3
    0x2a,0x04, // BUILD_TUPLE 4
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x14,0x08, // LOAD_METHOD 'sort'
    0x36,0x00, // CALL_METHOD 0
    0x59, // POP_TOP
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_scheduler_Scheduler_at = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_scheduler_Scheduler_at,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 42,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 10,
        .n_exc_stack = 0,
        .scope_flags = 4,
        .n_pos_args = 3,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_app_scheduler_Scheduler_at + 9,
        .line_info_top = fun_data_app_scheduler_Scheduler_at + 12,
        .opcodes = fun_data_app_scheduler_Scheduler_at + 12,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_scheduler_Scheduler_at fun_data_app_scheduler_Scheduler_at[0]
#endif

// child of app_scheduler_Scheduler
// frozen bytecode for file app/scheduler.py, scope app_scheduler_Scheduler_run_until
static const byte fun_data_app_scheduler_Scheduler_run_until[68] = {
    0x52,0x18, // prelude
    0x09,0x0e,0x12, // names: run_until, self, end_ms
    0x80,0x0c,0x22,0x22,0x2e,0x24,0x26,0x34,0x24, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0xc2, // STORE_FAST 2
    0x42,0x5c, // JUMP 28
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x14,0x0a, // LOAD_METHOD 'pop'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x36,0x01, // CALL_METHOD 1
    0x30,0x04, // UNPACK_SEQUENCE 4
    0xc3, // STORE_FAST 3
    0xc4, // STORE_FAST 4
    0xc5, // STORE_FAST 5
    0xc6, // STORE_FAST 6
    0xb3, // LOAD_FAST 3
    0xb0, // LOAD_FAST 0
    0x18,0x05, // STORE_ATTR 'now'
    0xb5, // LOAD_FAST 5
    0xb6, // LOAD_FAST 6
    0x81, // LOAD_CONST_SMALL_INT 1
    0x35,0x01, // CALL_FUNCTION_VAR_KW 1
    0x59, // POP_TOP
    0xb2, // LOAD_FAST 2
    0x81, // LOAD_CONST_SMALL_INT 1
    0xe5, // BINARY_OP 14 __iadd__
    0xc2, // STORE_FAST 2
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x44,0x4b, // POP_JUMP_IF_FALSE 11
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_jobs'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0x80, // LOAD_CONST_SMALL_INT 0
    0x55, // LOAD_SUBSCR
    0xb1, // LOAD_FAST 1
    0xda, // BINARY_OP 3 __le__
    0x43,0x14, // POP_JUMP_IF_TRUE -44
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x05, // STORE_ATTR 'now'
    0xb2, // LOAD_FAST 2
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_app_scheduler_Scheduler_run_until = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_scheduler_Scheduler_run_until,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 68,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 11,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 9,
        .line_info = fun_data_app_scheduler_Scheduler_run_until + 5,
        .line_info_top = fun_data_app_scheduler_Scheduler_run_until + 14,
        .opcodes = fun_data_app_scheduler_Scheduler_run_until + 14,
    },
    #endif
    #endif
};
#else
#define proto_fun_app_scheduler_Scheduler_run_until fun_data_app_scheduler_Scheduler_run_until[0]
#endif

static const mp_raw_code_t *const children_app_scheduler_Scheduler[] = {
    (const mp_raw_code_t *)&proto_fun_app_scheduler_Scheduler___init__,
    (const mp_raw_code_t *)&proto_fun_app_scheduler_Scheduler_at,
    (const mp_raw_code_t *)&proto_fun_app_scheduler_Scheduler_run_until,
};

static const mp_raw_code_truncated_t proto_fun_app_scheduler_Scheduler = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_scheduler_Scheduler,
    .children = (void *)&children_app_scheduler_Scheduler,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 31,
    .n_children = 3,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_app_scheduler_Scheduler + 3,
        .line_info_top = fun_data_app_scheduler_Scheduler + 9,
        .opcodes = fun_data_app_scheduler_Scheduler + 9,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_app_scheduler__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_app_scheduler_Scheduler,
};

static const mp_raw_code_truncated_t proto_fun_app_scheduler__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_app_scheduler__lt_module_gt_,
    .children = (void *)&children_app_scheduler__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 1,
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
        .line_info = fun_data_app_scheduler__lt_module_gt_ + 3,
        .line_info_top = fun_data_app_scheduler__lt_module_gt_ + 3,
        .opcodes = fun_data_app_scheduler__lt_module_gt_ + 3,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_app_scheduler[19] = {
    MP_QSTR_app_slash_scheduler_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Scheduler,
    MP_QSTR___init__,
    MP_QSTR__jobs,
    MP_QSTR_now,
    MP_QSTR_at,
    MP_QSTR_append,
    MP_QSTR_sort,
    MP_QSTR_run_until,
    MP_QSTR_pop,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_self,
    MP_QSTR_due_ms,
    MP_QSTR_callback,
    MP_QSTR_len,
    MP_QSTR_end_ms,
};

static const mp_frozen_module_t frozen_module_app_scheduler = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_app_scheduler,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_app_scheduler__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module drivers_thermo
// - original source file: build/frozen_mpy/drivers/thermo.mpy
// - frozen file name: drivers/thermo.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file drivers/thermo.py, scope drivers_thermo__lt_module_gt_
static const byte fun_data_drivers_thermo__lt_module_gt_[27] = {
    0x08,0x0a, // prelude
    0x01, // names: <module>
    0x66,0x64,0x64,0x40, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x51, // LOAD_CONST_NONE
    0x1b,0x02, // IMPORT_NAME 'struct'
    0x16,0x02, // STORE_NAME 'struct'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x16,0x09, // STORE_NAME 'SCALE'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME 'decode'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'describe'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of drivers_thermo__lt_module_gt_
// frozen bytecode for file drivers/thermo.py, scope drivers_thermo_decode
static const byte fun_data_drivers_thermo_decode[24] = {
    0x29,0x0a, // prelude
    0x03,0x0a, // names: decode, frame
    0x80,0x07,0x2c, // code info
    0x12,0x02, // LOAD_GLOBAL 'struct'
    0x14,0x04, // LOAD_METHOD 'unpack'
    0x10,0x05, // LOAD_CONST_STRING '>h'
    0xb0, // LOAD_FAST 0
    0x36,0x02, // CALL_METHOD 2
    0x30,0x01, // UNPACK_SEQUENCE 1
    0xc1, // STORE_FAST 1
    0xb1, // LOAD_FAST 1
    0x12,0x09, // LOAD_GLOBAL 'SCALE'
    0xf4, // BINARY_OP 29 __mul__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_thermo_decode = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_thermo_decode,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 24,
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
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_drivers_thermo_decode + 4,
        .line_info_top = fun_data_drivers_thermo_decode + 7,
        .opcodes = fun_data_drivers_thermo_decode + 7,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_thermo_decode fun_data_drivers_thermo_decode[0]
#endif

// child of drivers_thermo__lt_module_gt_
// frozen bytecode for file drivers/thermo.py, scope drivers_thermo_describe
static const byte fun_data_drivers_thermo_describe[29] = {
    0x19,0x0c, // prelude
    0x06,0x0b, // names: describe, celsius
    0x80,0x0c,0x25,0x28, // code info
    0xb0, // LOAD_FAST 0
    0x80, // LOAD_CONST_SMALL_INT 0
    0xd7, // BINARY_OP 0 __lt__
    0x44,0x48, // POP_JUMP_IF_FALSE 8
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x14,0x07, // LOAD_METHOD 'format'
    0xb0, // LOAD_FAST 0
    0x36,0x01, // CALL_METHOD 1
    0x63, // RETURN_VALUE
    0x10,0x08, // LOAD_CONST_STRING '{:.1f} C'
    0x14,0x07, // LOAD_METHOD 'format'
    0xb0, // LOAD_FAST 0
    0x36,0x01, // CALL_METHOD 1
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_drivers_thermo_describe = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_thermo_describe,
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
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 1,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_drivers_thermo_describe + 4,
        .line_info_top = fun_data_drivers_thermo_describe + 8,
        .opcodes = fun_data_drivers_thermo_describe + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_drivers_thermo_describe fun_data_drivers_thermo_describe[0]
#endif

static const mp_raw_code_t *const children_drivers_thermo__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_drivers_thermo_decode,
    (const mp_raw_code_t *)&proto_fun_drivers_thermo_describe,
};

static const mp_raw_code_truncated_t proto_fun_drivers_thermo__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_drivers_thermo__lt_module_gt_,
    .children = (void *)&children_drivers_thermo__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 27,
    .n_children = 2,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_drivers_thermo__lt_module_gt_ + 3,
        .line_info_top = fun_data_drivers_thermo__lt_module_gt_ + 7,
        .opcodes = fun_data_drivers_thermo__lt_module_gt_ + 7,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_drivers_thermo[12] = {
    MP_QSTR_drivers_slash_thermo_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_struct,
    MP_QSTR_decode,
    MP_QSTR_unpack,
    MP_QSTR__gt_h,
    MP_QSTR_describe,
    MP_QSTR_format,
    MP_QSTR__brace_open__colon__dot_1f_brace_close__space_C,
    MP_QSTR_SCALE,
    MP_QSTR_frame,
    MP_QSTR_celsius,
};

// constants
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_drivers_thermo_0 = {{&mp_type_float}, (mp_float_t)0.0625};
#define const_obj_drivers_thermo_0_macro MP_ROM_PTR(&const_obj_drivers_thermo_0)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_drivers_thermo_0_macro ((mp_rom_obj_t)(0xbe000002))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_drivers_thermo_0_macro ((mp_rom_obj_t)(0xbfb4000000000000))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_drivers_thermo[2] = {
    const_obj_drivers_thermo_0_macro,
    MP_ROM_QSTR(MP_QSTR__brace_open__colon__dot_1f_brace_close__space_C_space__paren_open_freezing_paren_close_),
};

static const mp_frozen_module_t frozen_module_drivers_thermo = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_drivers_thermo,
        .obj_table = (mp_obj_t *)&const_obj_table_data_drivers_thermo,
    },
    .proto_fun = &proto_fun_drivers_thermo__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module main
// - original source file: build/frozen_mpy/main.mpy
// - frozen file name: main.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file main.py, scope main__lt_module_gt_
static const byte fun_data_main__lt_module_gt_[187] = {
    0x40,0x1a, // prelude
    0x01, // names: <module>
    0x2c,0x2c,0x4c,0x24,0x26,0x3a,0x3a,0x50,0x27,0x27,0x32,0x4f, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'Scheduler'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'app'
    0x1c,0x02, // IMPORT_FROM 'Scheduler'
    0x16,0x02, // STORE_NAME 'Scheduler'
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x04, // LOAD_CONST_STRING 'thermo'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x05, // IMPORT_NAME 'drivers'
    0x1c,0x04, // IMPORT_FROM 'thermo'
    0x16,0x04, // STORE_NAME 'thermo'
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x06, // LOAD_CONST_STRING 'MovingAverage'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x07, // IMPORT_NAME 'sensors'
    0x1c,0x06, // IMPORT_FROM 'MovingAverage'
    0x16,0x06, // STORE_NAME 'MovingAverage'
    0x59, // POP_TOP
    0x2b,0x00, // BUILD_LIST 0
    0x16,0x10, // STORE_NAME 'log'
    0x11,0x02, // LOAD_NAME 'Scheduler'
    0x34,0x00, // CALL_FUNCTION 0
    0x16,0x11, // STORE_NAME 's'
    0x11,0x11, // LOAD_NAME 's'
    0x14,0x08, // LOAD_METHOD 'at'
    0x94, // LOAD_CONST_SMALL_INT 20
    0x11,0x10, // LOAD_NAME 'log'
    0x13,0x09, // LOAD_ATTR 'append'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0a, // LOAD_METHOD 'describe'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0b, // LOAD_METHOD 'decode'
    0x23,0x00, // LOAD_CONST_OBJ 0
    0x36,0x01, // CALL_METHOD 1
    0x36,0x01, // CALL_METHOD 1
    0x36,0x03, // CALL_METHOD 3
    0x59, // POP_TOP
    0x11,0x11, // LOAD_NAME 's'
    0x14,0x08, // LOAD_METHOD 'at'
    0x8a, // LOAD_CONST_SMALL_INT 10
    0x11,0x10, // LOAD_NAME 'log'
    0x13,0x09, // LOAD_ATTR 'append'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0a, // LOAD_METHOD 'describe'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0b, // LOAD_METHOD 'decode'
    0x23,0x01, // LOAD_CONST_OBJ 1
    0x36,0x01, // CALL_METHOD 1
    0x36,0x01, // CALL_METHOD 1
    0x36,0x03, // CALL_METHOD 3
    0x59, // POP_TOP
    0x11,0x12, // LOAD_NAME 'print'
    0x11,0x11, // LOAD_NAME 's'
    0x14,0x0c, // LOAD_METHOD 'run_until'
    0x22,0x80,0x64, // LOAD_CONST_SMALL_INT 100
    0x36,0x01, // CALL_METHOD 1
    0x11,0x10, // LOAD_NAME 'log'
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x06, // LOAD_NAME 'MovingAverage'
    0x82, // LOAD_CONST_SMALL_INT 2
    0x34,0x01, // CALL_FUNCTION 1
    0x16,0x13, // STORE_NAME 'smooth'
    0x23,0x02, // LOAD_CONST_OBJ 2
    0x5f, // GET_ITER_STACK
    0x4b,0x14, // FOR_ITER 20
    0x16,0x14, // STORE_NAME 'frame'
    0x11,0x13, // LOAD_NAME 'smooth'
    0x14,0x0d, // LOAD_METHOD 'add'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0b, // LOAD_METHOD 'decode'
    0x11,0x14, // LOAD_NAME 'frame'
    0x36,0x01, // CALL_METHOD 1
    0x36,0x01, // CALL_METHOD 1
    0x16,0x0e, // STORE_NAME 'mean'
    0x42,0x2a, // JUMP -22
    0x11,0x12, // LOAD_NAME 'print'
    0x10,0x0e, // LOAD_CONST_STRING 'mean'
    0x11,0x04, // LOAD_NAME 'thermo'
    0x14,0x0a, // LOAD_METHOD 'describe'
    0x11,0x0e, // LOAD_NAME 'mean'
    0x36,0x01, // CALL_METHOD 1
    0x34,0x02, // CALL_FUNCTION 2
    0x59, // POP_TOP
    0x11,0x12, // LOAD_NAME 'print'
    0x10,0x0f, // LOAD_CONST_STRING 'third'
    0x23,0x03, // LOAD_CONST_OBJ 3
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
    .fun_data_len = 187,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 9,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_main__lt_module_gt_ + 3,
        .line_info_top = fun_data_main__lt_module_gt_ + 15,
        .opcodes = fun_data_main__lt_module_gt_ + 15,
    },
    #endif
    #endif
};
#else
#define proto_fun_main__lt_module_gt_ fun_data_main__lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_main[21] = {
    MP_QSTR_main_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_Scheduler,
    MP_QSTR_app,
    MP_QSTR_thermo,
    MP_QSTR_drivers,
    MP_QSTR_MovingAverage,
    MP_QSTR_sensors,
    MP_QSTR_at,
    MP_QSTR_append,
    MP_QSTR_describe,
    MP_QSTR_decode,
    MP_QSTR_run_until,
    MP_QSTR_add,
    MP_QSTR_mean,
    MP_QSTR_third,
    MP_QSTR_log,
    MP_QSTR_s,
    MP_QSTR_print,
    MP_QSTR_smooth,
    MP_QSTR_frame,
};

// constants
static const mp_obj_str_t const_obj_main_0 = {{&mp_type_bytes}, 27316, 2, (const byte*)"\x01\x90"};
static const mp_obj_str_t const_obj_main_1 = {{&mp_type_bytes}, 24602, 2, (const byte*)"\xff\x80"};
static const mp_obj_str_t const_obj_main_2_0 = {{&mp_type_bytes}, 24602, 2, (const byte*)"\xff\x80"};
static const mp_obj_str_t const_obj_main_2_1 = {{&mp_type_bytes}, 27316, 2, (const byte*)"\x01\x90"};
static const mp_rom_obj_tuple_t const_obj_main_2 = {{&mp_type_tuple}, 2, {
    MP_ROM_PTR(&const_obj_main_2_0),
    MP_ROM_PTR(&const_obj_main_2_1),
}};
#if MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_A || MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_B
static const mp_obj_float_t const_obj_main_3 = {{&mp_type_float}, (mp_float_t)0.3333333333333333};
#define const_obj_main_3_macro MP_ROM_PTR(&const_obj_main_3)
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_C
#define const_obj_main_3_macro ((mp_rom_obj_t)(0xbf2aaaaa))
#elif MICROPY_OBJ_REPR == MICROPY_OBJ_REPR_D
#define const_obj_main_3_macro ((mp_rom_obj_t)(0xbfd9555555555555))
#endif

// constant table
static const mp_rom_obj_t const_obj_table_data_main[4] = {
    MP_ROM_PTR(&const_obj_main_0),
    MP_ROM_PTR(&const_obj_main_1),
    MP_ROM_PTR(&const_obj_main_2),
    const_obj_main_3_macro,
};

static const mp_frozen_module_t frozen_module_main = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_main,
        .obj_table = (mp_obj_t *)&const_obj_table_data_main,
    },
    .proto_fun = &proto_fun_main__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module sensors___init__
// - original source file: build/frozen_mpy/sensors/__init__.mpy
// - frozen file name: sensors/__init__.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file sensors/__init__.py, scope sensors___init____lt_module_gt_
static const byte fun_data_sensors___init____lt_module_gt_[36] = {
    0x08,0x08, // prelude
    0x01, // names: <module>
    0x20,0x2c,0x4c, // code info
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x02, // LOAD_CONST_STRING 'MovingAverage'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x03, // IMPORT_NAME 'sensors.filters'
    0x1c,0x02, // IMPORT_FROM 'MovingAverage'
    0x16,0x02, // STORE_NAME 'MovingAverage'
    0x59, // POP_TOP
    0x80, // LOAD_CONST_SMALL_INT 0
    0x10,0x04, // LOAD_CONST_STRING 'TMP36'
    0x2a,0x01, // BUILD_TUPLE 1
    0x1b,0x05, // IMPORT_NAME 'sensors.tmp36'
    0x1c,0x04, // IMPORT_FROM 'TMP36'
    0x16,0x04, // STORE_NAME 'TMP36'
    0x59, // POP_TOP
    0x10,0x06, // LOAD_CONST_STRING '1.0.0'
    0x16,0x07, // STORE_NAME '__version__'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors___init____lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors___init____lt_module_gt_,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 36,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 1,
        .line_info = fun_data_sensors___init____lt_module_gt_ + 3,
        .line_info_top = fun_data_sensors___init____lt_module_gt_ + 6,
        .opcodes = fun_data_sensors___init____lt_module_gt_ + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors___init____lt_module_gt_ fun_data_sensors___init____lt_module_gt_[0]
#endif

static const qstr_short_t const_qstr_table_data_sensors___init__[8] = {
    MP_QSTR_sensors_slash___init___dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_MovingAverage,
    MP_QSTR_sensors_dot_filters,
    MP_QSTR_TMP36,
    MP_QSTR_sensors_dot_tmp36,
    MP_QSTR_1_dot_0_dot_0,
    MP_QSTR___version__,
};

static const mp_frozen_module_t frozen_module_sensors___init__ = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_sensors___init__,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_sensors___init____lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module sensors_filters
// - original source file: build/frozen_mpy/sensors/filters.mpy
// - frozen file name: sensors/filters.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file sensors/filters.py, scope sensors_filters__lt_module_gt_
static const byte fun_data_sensors_filters__lt_module_gt_[14] = {
    0x10,0x02, // prelude
    0x01, // names: <module>
     // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'MovingAverage'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'MovingAverage'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of sensors_filters__lt_module_gt_
// frozen bytecode for file sensors/filters.py, scope sensors_filters_MovingAverage
static const byte fun_data_sensors_filters_MovingAverage[25] = {
    0x00,0x0a, // prelude
    0x02, // names: MovingAverage
    0x28,0x40,0x64,0x20, // code info
    0x11,0x09, // LOAD_NAME '__name__'
    0x16,0x0a, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'MovingAverage'
    0x16,0x0b, // STORE_NAME '__qualname__'
    0x32,0x00, // MAKE_FUNCTION 0
    0x16,0x03, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'add'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of sensors_filters_MovingAverage
// frozen bytecode for file sensors/filters.py, scope sensors_filters_MovingAverage___init__
static const byte fun_data_sensors_filters_MovingAverage___init__[19] = {
    0x1a,0x0c, // prelude
    0x03,0x0c,0x0d, // names: __init__, self, size
    0x60,0x20,0x24, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x04, // STORE_ATTR '_size'
    0x2b,0x00, // BUILD_LIST 0
    0xb0, // LOAD_FAST 0
    0x18,0x05, // STORE_ATTR '_values'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors_filters_MovingAverage___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_filters_MovingAverage___init__,
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
        .n_state = 4,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_sensors_filters_MovingAverage___init__ + 5,
        .line_info_top = fun_data_sensors_filters_MovingAverage___init__ + 8,
        .opcodes = fun_data_sensors_filters_MovingAverage___init__ + 8,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors_filters_MovingAverage___init__ fun_data_sensors_filters_MovingAverage___init__[0]
#endif

// child of sensors_filters_MovingAverage
// frozen bytecode for file sensors/filters.py, scope sensors_filters_MovingAverage_add
static const byte fun_data_sensors_filters_MovingAverage_add[57] = {
    0x22,0x10, // prelude
    0x06,0x0c,0x0e, // names: add, self, value
    0x80,0x08,0x29,0x2d,0x29, // code info
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_values'
    0x14,0x07, // LOAD_METHOD 'append'
    0xb1, // LOAD_FAST 1
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x12,0x0f, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_values'
    0x34,0x01, // CALL_FUNCTION 1
    0xb0, // LOAD_FAST 0
    0x13,0x04, // LOAD_ATTR '_size'
    0xd8, // BINARY_OP 1 __gt__
    0x44,0x49, // POP_JUMP_IF_FALSE 9
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_values'
    0x14,0x08, // LOAD_METHOD 'pop'
    0x80, // LOAD_CONST_SMALL_INT 0
    0x36,0x01, // CALL_METHOD 1
    0x59, // POP_TOP
    0x12,0x10, // LOAD_GLOBAL 'sum'
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_values'
    0x34,0x01, // CALL_FUNCTION 1
    0x12,0x0f, // LOAD_GLOBAL 'len'
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_values'
    0x34,0x01, // CALL_FUNCTION 1
    0xf7, // BINARY_OP 32 __truediv__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors_filters_MovingAverage_add = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_filters_MovingAverage_add,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 57,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 2,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 6,
        .line_info = fun_data_sensors_filters_MovingAverage_add + 5,
        .line_info_top = fun_data_sensors_filters_MovingAverage_add + 10,
        .opcodes = fun_data_sensors_filters_MovingAverage_add + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors_filters_MovingAverage_add fun_data_sensors_filters_MovingAverage_add[0]
#endif

static const mp_raw_code_t *const children_sensors_filters_MovingAverage[] = {
    (const mp_raw_code_t *)&proto_fun_sensors_filters_MovingAverage___init__,
    (const mp_raw_code_t *)&proto_fun_sensors_filters_MovingAverage_add,
};

static const mp_raw_code_truncated_t proto_fun_sensors_filters_MovingAverage = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_filters_MovingAverage,
    .children = (void *)&children_sensors_filters_MovingAverage,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 25,
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
        .qstr_block_name_idx = 2,
        .line_info = fun_data_sensors_filters_MovingAverage + 3,
        .line_info_top = fun_data_sensors_filters_MovingAverage + 7,
        .opcodes = fun_data_sensors_filters_MovingAverage + 7,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_sensors_filters__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_sensors_filters_MovingAverage,
};

static const mp_raw_code_truncated_t proto_fun_sensors_filters__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_filters__lt_module_gt_,
    .children = (void *)&children_sensors_filters__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 14,
    .n_children = 1,
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
        .line_info = fun_data_sensors_filters__lt_module_gt_ + 3,
        .line_info_top = fun_data_sensors_filters__lt_module_gt_ + 3,
        .opcodes = fun_data_sensors_filters__lt_module_gt_ + 3,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_sensors_filters[17] = {
    MP_QSTR_sensors_slash_filters_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_MovingAverage,
    MP_QSTR___init__,
    MP_QSTR__size,
    MP_QSTR__values,
    MP_QSTR_add,
    MP_QSTR_append,
    MP_QSTR_pop,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_self,
    MP_QSTR_size,
    MP_QSTR_value,
    MP_QSTR_len,
    MP_QSTR_sum,
};

static const mp_frozen_module_t frozen_module_sensors_filters = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_sensors_filters,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_sensors_filters__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// frozen module sensors_tmp36
// - original source file: build/frozen_mpy/sensors/tmp36.mpy
// - frozen file name: sensors/tmp36.py
// - .mpy header: 4d:06:00:1f

// frozen bytecode for file sensors/tmp36.py, scope sensors_tmp36__lt_module_gt_
static const byte fun_data_sensors_tmp36__lt_module_gt_[15] = {
    0x10,0x04, // prelude
    0x01, // names: <module>
    0x60, // code info
    0x54, // LOAD_BUILD_CLASS
    0x32,0x00, // MAKE_FUNCTION 0
    0x10,0x02, // LOAD_CONST_STRING 'TMP36'
    0x34,0x02, // CALL_FUNCTION 2
    0x16,0x02, // STORE_NAME 'TMP36'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of sensors_tmp36__lt_module_gt_
// frozen bytecode for file sensors/tmp36.py, scope sensors_tmp36_TMP36
static const byte fun_data_sensors_tmp36_TMP36[36] = {
    0x08,0x0c, // prelude
    0x02, // names: TMP36
    0x68,0x20,0x6a,0x40,0x64, // code info
    0x11,0x08, // LOAD_NAME '__name__'
    0x16,0x09, // STORE_NAME '__module__'
    0x10,0x02, // LOAD_CONST_STRING 'TMP36'
    0x16,0x0a, // STORE_NAME '__qualname__'
    0x22,0x99,0x64, // LOAD_CONST_SMALL_INT 3300
    0x2a,0x01, // BUILD_TUPLE 1
    0x53, // LOAD_NULL
    0x33,0x00, // MAKE_FUNCTION_DEFARGS 0
    0x16,0x03, // STORE_NAME '__init__'
    0x32,0x01, // MAKE_FUNCTION 1
    0x16,0x06, // STORE_NAME 'millivolts'
    0x32,0x02, // MAKE_FUNCTION 2
    0x16,0x07, // STORE_NAME 'celsius'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
// child of sensors_tmp36_TMP36
// frozen bytecode for file sensors/tmp36.py, scope sensors_tmp36_TMP36___init__
static const byte fun_data_sensors_tmp36_TMP36___init__[20] = {
    0xa3,0x01,0x0e, // prelude
    0x03,0x0b,0x0c,0x0d, // names: __init__, self, read_u16, vref_mv
    0x60,0x60,0x24, // code info
    0xb1, // LOAD_FAST 1
    0xb0, // LOAD_FAST 0
    0x18,0x04, // STORE_ATTR '_read_u16'
    0xb2, // LOAD_FAST 2
    0xb0, // LOAD_FAST 0
    0x18,0x05, // STORE_ATTR '_vref_mv'
    0x51, // LOAD_CONST_NONE
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors_tmp36_TMP36___init__ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_tmp36_TMP36___init__,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 20,
    .n_children = 0,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 5,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 3,
        .n_kwonly_args = 0,
        .n_def_pos_args = 1,
        .qstr_block_name_idx = 3,
        .line_info = fun_data_sensors_tmp36_TMP36___init__ + 7,
        .line_info_top = fun_data_sensors_tmp36_TMP36___init__ + 10,
        .opcodes = fun_data_sensors_tmp36_TMP36___init__ + 10,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors_tmp36_TMP36___init__ fun_data_sensors_tmp36_TMP36___init__[0]
#endif

// child of sensors_tmp36_TMP36
// frozen bytecode for file sensors/tmp36.py, scope sensors_tmp36_TMP36_millivolts
static const byte fun_data_sensors_tmp36_TMP36_millivolts[21] = {
    0x11,0x08, // prelude
    0x06,0x0b, // names: millivolts, self
    0x80,0x0a, // code info
    0xb0, // LOAD_FAST 0
    0x14,0x04, // LOAD_METHOD '_read_u16'
    0x36,0x00, // CALL_METHOD 0
    0xb0, // LOAD_FAST 0
    0x13,0x05, // LOAD_ATTR '_vref_mv'
    0xf4, // BINARY_OP 29 __mul__
    0x22,0x83,0xff,0x7f, // LOAD_CONST_SMALL_INT 65535
    0xf6, // BINARY_OP 31 __floordiv__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors_tmp36_TMP36_millivolts = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_tmp36_TMP36_millivolts,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 21,
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
        .qstr_block_name_idx = 6,
        .line_info = fun_data_sensors_tmp36_TMP36_millivolts + 4,
        .line_info_top = fun_data_sensors_tmp36_TMP36_millivolts + 6,
        .opcodes = fun_data_sensors_tmp36_TMP36_millivolts + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors_tmp36_TMP36_millivolts fun_data_sensors_tmp36_TMP36_millivolts[0]
#endif

// child of sensors_tmp36_TMP36
// frozen bytecode for file sensors/tmp36.py, scope sensors_tmp36_TMP36_celsius
static const byte fun_data_sensors_tmp36_TMP36_celsius[18] = {
    0x11,0x08, // prelude
    0x07,0x0b, // names: celsius, self
    0x80,0x0d, // code info
    0xb0, // LOAD_FAST 0
    0x14,0x06, // LOAD_METHOD 'millivolts'
    0x36,0x00, // CALL_METHOD 0
    0x22,0x83,0x74, // LOAD_CONST_SMALL_INT 500
    0xf3, // BINARY_OP 28 __sub__
    0x8a, // LOAD_CONST_SMALL_INT 10
    0xf7, // BINARY_OP 32 __truediv__
    0x63, // RETURN_VALUE
};
#if MICROPY_PERSISTENT_CODE_SAVE
static const mp_raw_code_truncated_t proto_fun_sensors_tmp36_TMP36_celsius = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_tmp36_TMP36_celsius,
    .children = NULL,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 18,
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
        .qstr_block_name_idx = 7,
        .line_info = fun_data_sensors_tmp36_TMP36_celsius + 4,
        .line_info_top = fun_data_sensors_tmp36_TMP36_celsius + 6,
        .opcodes = fun_data_sensors_tmp36_TMP36_celsius + 6,
    },
    #endif
    #endif
};
#else
#define proto_fun_sensors_tmp36_TMP36_celsius fun_data_sensors_tmp36_TMP36_celsius[0]
#endif

static const mp_raw_code_t *const children_sensors_tmp36_TMP36[] = {
    (const mp_raw_code_t *)&proto_fun_sensors_tmp36_TMP36___init__,
    (const mp_raw_code_t *)&proto_fun_sensors_tmp36_TMP36_millivolts,
    (const mp_raw_code_t *)&proto_fun_sensors_tmp36_TMP36_celsius,
};

static const mp_raw_code_truncated_t proto_fun_sensors_tmp36_TMP36 = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_tmp36_TMP36,
    .children = (void *)&children_sensors_tmp36_TMP36,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 36,
    .n_children = 3,
    #if MICROPY_EMIT_MACHINE_CODE
    .prelude_offset = 0,
    #endif
    #if MICROPY_PY_SYS_SETTRACE
    .line_of_definition = 0,
    .prelude = {
        .n_state = 2,
        .n_exc_stack = 0,
        .scope_flags = 0,
        .n_pos_args = 0,
        .n_kwonly_args = 0,
        .n_def_pos_args = 0,
        .qstr_block_name_idx = 2,
        .line_info = fun_data_sensors_tmp36_TMP36 + 3,
        .line_info_top = fun_data_sensors_tmp36_TMP36 + 8,
        .opcodes = fun_data_sensors_tmp36_TMP36 + 8,
    },
    #endif
    #endif
};

static const mp_raw_code_t *const children_sensors_tmp36__lt_module_gt_[] = {
    (const mp_raw_code_t *)&proto_fun_sensors_tmp36_TMP36,
};

static const mp_raw_code_truncated_t proto_fun_sensors_tmp36__lt_module_gt_ = {
    .proto_fun_indicator[0] = MP_PROTO_FUN_INDICATOR_RAW_CODE_0,
    .proto_fun_indicator[1] = MP_PROTO_FUN_INDICATOR_RAW_CODE_1,
    .kind = MP_CODE_BYTECODE,
    .is_generator = 0,
    .fun_data = fun_data_sensors_tmp36__lt_module_gt_,
    .children = (void *)&children_sensors_tmp36__lt_module_gt_,
    #if MICROPY_PERSISTENT_CODE_SAVE
    .fun_data_len = 15,
    .n_children = 1,
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
        .line_info = fun_data_sensors_tmp36__lt_module_gt_ + 3,
        .line_info_top = fun_data_sensors_tmp36__lt_module_gt_ + 4,
        .opcodes = fun_data_sensors_tmp36__lt_module_gt_ + 4,
    },
    #endif
    #endif
};

static const qstr_short_t const_qstr_table_data_sensors_tmp36[14] = {
    MP_QSTR_sensors_slash_tmp36_dot_py,
    MP_QSTR__lt_module_gt_,
    MP_QSTR_TMP36,
    MP_QSTR___init__,
    MP_QSTR__read_u16,
    MP_QSTR__vref_mv,
    MP_QSTR_millivolts,
    MP_QSTR_celsius,
    MP_QSTR___name__,
    MP_QSTR___module__,
    MP_QSTR___qualname__,
    MP_QSTR_self,
    MP_QSTR_read_u16,
    MP_QSTR_vref_mv,
};

static const mp_frozen_module_t frozen_module_sensors_tmp36 = {
    .constants = {
        .qstr_table = (qstr_short_t *)&const_qstr_table_data_sensors_tmp36,
        .obj_table = NULL,
    },
    .proto_fun = &proto_fun_sensors_tmp36__lt_module_gt_,
};

////////////////////////////////////////////////////////////////////////////////
// collection of all frozen modules

const char mp_frozen_names[] = {
    #ifdef MP_FROZEN_STR_NAMES
    MP_FROZEN_STR_NAMES
    #endif
    "app/__init__.py\0"
    "app/scheduler.py\0"
    "drivers/thermo.py\0"
    "main.py\0"
    "sensors/__init__.py\0"
    "sensors/filters.py\0"
    "sensors/tmp36.py\0"
    "\0"
};

const mp_frozen_module_t *const mp_frozen_mpy_content[] = {
    &frozen_module_app___init__,
    &frozen_module_app_scheduler,
    &frozen_module_drivers_thermo,
    &frozen_module_main,
    &frozen_module_sensors___init__,
    &frozen_module_sensors_filters,
    &frozen_module_sensors_tmp36,
};

#ifdef MICROPY_FROZEN_LIST_ITEM
MICROPY_FROZEN_LIST_ITEM("app", "app/__init__.py")
MICROPY_FROZEN_LIST_ITEM("app/scheduler", "app/scheduler.py")
MICROPY_FROZEN_LIST_ITEM("drivers/thermo", "drivers/thermo.py")
MICROPY_FROZEN_LIST_ITEM("main", "main.py")
MICROPY_FROZEN_LIST_ITEM("sensors", "sensors/__init__.py")
MICROPY_FROZEN_LIST_ITEM("sensors/filters", "sensors/filters.py")
MICROPY_FROZEN_LIST_ITEM("sensors/tmp36", "sensors/tmp36.py")
#endif

/*
byte sizes:
qstr content: 45 unique, 557 bytes
bc content: 723
const str content: 8
const int content: 0
const obj content: 88
const table qstr content: 0 entries, 0 bytes
const table ptr content: 6 entries, 24 bytes
raw code content: 20 * 4 = 320
mp_frozen_mpy_names_content: 116
mp_frozen_mpy_content_size: 28
total: 1864
*/
