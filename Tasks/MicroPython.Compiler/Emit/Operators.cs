namespace MicroPython.Compiler.Emit;

/// <summary>MicroPython's unary operator numbers (added to UNARY_OP_MULTI).</summary>
internal enum UnaryOperator
{
    Positive = 0,
    Negative = 1,
    Invert = 2,
    Not = 3,
}

/// <summary>MicroPython's binary operator numbers (added to BINARY_OP_MULTI).</summary>
internal enum BinaryOperator
{
    Less = 0,
    More = 1,
    Equal = 2,
    LessEqual = 3,
    MoreEqual = 4,
    NotEqual = 5,
    In = 6,
    Is = 7,
    ExceptionMatch = 8,
    InplaceOr = 9,
    InplaceAdd = 14,
    Or = 22,
    Xor = 23,
    And = 24,
    LeftShift = 25,
    Power = 34,
}
