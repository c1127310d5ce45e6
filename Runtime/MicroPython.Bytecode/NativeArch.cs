namespace MicroPython.Bytecode;

/// <summary>The machine-code architectures a <c>.mpy</c> header can name.</summary>
public enum NativeArch
{
    /// <summary>Bytecode only.</summary>
    None = 0,
    /// <summary>32-bit x86.</summary>
    X86 = 1,
    /// <summary>x86-64.</summary>
    X64 = 2,
    /// <summary>ARMv6.</summary>
    Armv6 = 3,
    /// <summary>ARMv6-M (Cortex-M0/M0+).</summary>
    Armv6m = 4,
    /// <summary>ARMv7-M.</summary>
    Armv7m = 5,
    /// <summary>ARMv7E-M.</summary>
    Armv7em = 6,
    /// <summary>ARMv7E-M with single-precision FPU.</summary>
    Armv7emsp = 7,
    /// <summary>ARMv7E-M with double-precision FPU.</summary>
    Armv7emdp = 8,
    /// <summary>Xtensa (ESP8266).</summary>
    Xtensa = 9,
    /// <summary>Xtensa windowed (ESP32).</summary>
    Xtensawin = 10,
    /// <summary>RISC-V 32-bit IMC.</summary>
    Rv32imc = 11,
    /// <summary>RISC-V 64-bit IMC.</summary>
    Rv64imc = 12,
    /// <summary>The native debug emitter.</summary>
    Debug = 13,
}
