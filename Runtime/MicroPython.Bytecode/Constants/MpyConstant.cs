using System.Numerics;

namespace MicroPython.Bytecode.Constants;

/// <summary>
/// One object of a module's constant table. Subclasses cover every object kind the format can hold;
/// equality is reference equality, because deciding which constants may share an entry is the
/// compiler's business (it uses MicroPython's strict, type-exact equality).
/// </summary>
public abstract class MpyConstant
{
    private protected MpyConstant()
    {
    }

    /// <summary>The tag byte that introduces this kind of object in a <c>.mpy</c> file.</summary>
    public abstract ConstantTag Tag { get; }

    /// <summary>The object as MicroPython's <c>repr()</c> would show it.</summary>
    public abstract string Repr();

    /// <inheritdoc />
    public override string ToString() => Repr();
}

/// <summary>The singletons: <c>None</c>, <c>False</c>, <c>True</c>, <c>...</c> and the native function-table marker.</summary>
public sealed class MpySingleton : MpyConstant
{
    private readonly string repr;

    private MpySingleton(ConstantTag tag, string repr)
    {
        Tag = tag;
        this.repr = repr;
    }

    /// <summary><c>None</c>.</summary>
    public static MpySingleton None { get; } = new(ConstantTag.None, "None");

    /// <summary><c>False</c>.</summary>
    public static MpySingleton False { get; } = new(ConstantTag.False, "False");

    /// <summary><c>True</c>.</summary>
    public static MpySingleton True { get; } = new(ConstantTag.True, "True");

    /// <summary><c>Ellipsis</c>.</summary>
    public static MpySingleton Ellipsis { get; } = new(ConstantTag.Ellipsis, "Ellipsis");

    /// <summary>The marker native code uses for its function table.</summary>
    public static MpySingleton FunTable { get; } = new(ConstantTag.FunTable, "<fun_table>");

    /// <inheritdoc />
    public override ConstantTag Tag { get; }

    /// <summary>The singleton for <paramref name="value"/>.</summary>
    public static MpySingleton Bool(bool value) => value ? True : False;

    /// <inheritdoc />
    public override string Repr() => repr;
}

/// <summary>A <c>str</c> constant (one the compiler did not intern as a qstr).</summary>
/// <param name="content">The text, with MicroPython's exact bytes.</param>
public sealed class MpyStr(MpyText content) : MpyConstant
{
    /// <summary>A constant whose bytes are the WTF-8 encoding of <paramref name="value"/>.</summary>
    /// <param name="value">The string.</param>
    public MpyStr(string value)
        : this(new MpyText(value))
    {
    }

    /// <summary>The text, with MicroPython's exact bytes.</summary>
    public MpyText Content { get; } = content;

    /// <summary>The text as a .NET string.</summary>
    public string Value => Content.Text;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Str;

    /// <inheritdoc />
    public override string Repr() => PythonRepr.OfStr(Content);
}

/// <summary>A <c>bytes</c> constant.</summary>
/// <param name="value">The bytes.</param>
public sealed class MpyBytes(byte[] value) : MpyConstant
{
    /// <summary>The bytes.</summary>
    public byte[] Value { get; } = value;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Bytes;

    /// <inheritdoc />
    public override string Repr() => PythonRepr.OfBytes(Value);
}

/// <summary>An <c>int</c> constant: one too big for the target's small ints, or one inside a constant tuple.</summary>
/// <param name="value">The value.</param>
public sealed class MpyInt(BigInteger value) : MpyConstant
{
    /// <summary>The value.</summary>
    public BigInteger Value { get; } = value;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Int;

    /// <inheritdoc />
    public override string Repr() => Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

/// <summary>A <c>float</c> constant with the exact text the file stores for it.</summary>
/// <param name="value">The value as the compiler computed it.</param>
/// <param name="text">MicroPython's <c>repr</c> of the value, which is what the file holds.</param>
public sealed class MpyFloat(double value, string text) : MpyConstant
{
    /// <summary>The value.</summary>
    public double Value { get; } = value;

    /// <summary>The stored text.</summary>
    public string Text { get; } = text;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Float;

    /// <summary>The constant for <paramref name="value"/>, with the text mpy-cross v1.28 writes for it.</summary>
    /// <param name="value">The value.</param>
    public static MpyFloat FromValue(double value) => new(value, Numerics.MicroPythonFloat.Repr(value));

    /// <inheritdoc />
    public override string Repr() => Text;
}

/// <summary>A <c>complex</c> constant with the exact text the file stores for it.</summary>
/// <param name="real">The real part.</param>
/// <param name="imag">The imaginary part.</param>
/// <param name="text">MicroPython's <c>repr</c> of the value, such as <c>2j</c> or <c>(1+2j)</c>.</param>
public sealed class MpyComplex(double real, double imag, string text) : MpyConstant
{
    /// <summary>The real part.</summary>
    public double Real { get; } = real;

    /// <summary>The imaginary part.</summary>
    public double Imag { get; } = imag;

    /// <summary>The stored text.</summary>
    public string Text { get; } = text;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Complex;

    /// <summary>The constant for <c>complex(real, imag)</c>, with the text mpy-cross v1.28 writes for it.</summary>
    /// <param name="real">The real part.</param>
    /// <param name="imag">The imaginary part.</param>
    public static MpyComplex FromParts(double real, double imag) => new(real, imag, Numerics.MicroPythonFloat.ComplexRepr(real, imag));

    /// <inheritdoc />
    public override string Repr() => Text;
}

/// <summary>A constant <c>tuple</c>, whose items are constants themselves.</summary>
/// <param name="items">The items.</param>
public sealed class MpyTuple(IReadOnlyList<MpyConstant> items) : MpyConstant
{
    /// <summary>The items.</summary>
    public IReadOnlyList<MpyConstant> Items { get; } = items;

    /// <inheritdoc />
    public override ConstantTag Tag => ConstantTag.Tuple;

    /// <inheritdoc />
    public override string Repr() => Items.Count == 1
        ? "(" + Items[0].Repr() + ",)"
        : "(" + string.Join(", ", Items.Select(i => i.Repr())) + ")";
}
