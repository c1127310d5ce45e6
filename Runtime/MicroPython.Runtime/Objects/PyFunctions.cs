using MicroPython.Bytecode;
using MicroPython.Runtime.Interpreter;

namespace MicroPython.Runtime.Objects;

/// <summary>A built-in function or method; a method receives its object as the first argument.</summary>
internal sealed class PyBuiltin(string name, Func<object[], KwArgs?, object> body) : PyObject
{
    public string Name { get; } = name;

    public Func<object[], KwArgs?, object> Body { get; } = body;

    public override PyType Type => Types.BuiltinFunction;
}

/// <summary>A function defined in Python: its bytecode, its module, defaults and closed-over cells.</summary>
internal sealed class PyFunction(CodeObject code, PyTuple? defaults, PyDict? kwDefaults, object[] closed) : PyObject
{
    public CodeObject Code { get; } = code;

    public ModuleContext Module => Code.Module;

    public PyTuple? Defaults { get; } = defaults;

    public PyDict? KwDefaults { get; } = kwDefaults;

    public object[] Closed { get; } = closed;

    public string Name => Code.Name;

    public bool IsGenerator => Code.IsGenerator;

    public override PyType Type => IsGenerator ? Types.GeneratorFunction : Types.Function;
}

/// <summary>A function bound to an object.</summary>
internal sealed class PyBoundMethod(object self, object function) : PyObject
{
    public object Self { get; } = self;

    public object Function { get; } = function;

    public override PyType Type => Types.BoundMethod;
}

/// <summary>A <c>staticmethod</c> wrapper.</summary>
internal sealed class PyStaticMethod(object function) : PyObject
{
    public object Function { get; } = function;

    public override PyType Type => Types.StaticMethod;
}

/// <summary>A <c>classmethod</c> wrapper.</summary>
internal sealed class PyClassMethod(object function) : PyObject
{
    public object Function { get; } = function;

    public override PyType Type => Types.ClassMethod;
}

/// <summary>A <c>property</c>.</summary>
internal sealed class PyProperty(object getter, object setter, object deleter) : PyObject
{
    public object Getter { get; } = getter;

    public object Setter { get; } = setter;

    public object Deleter { get; } = deleter;

    public override PyType Type => Types.Property;
}

/// <summary>The <c>super()</c> proxy.</summary>
internal sealed class PySuper(PyType cls, object self) : PyObject
{
    public PyType Class { get; } = cls;

    public object Self { get; } = self;

    public override PyType Type => Types.Super;
}

/// <summary>A .NET-implemented iterator.</summary>
internal sealed class PyIterator(IEnumerator<object> source, string typeName = "iterator") : PyObject
{
    public IEnumerator<object> Source { get; } = source;

    public string TypeName { get; } = typeName;

    public override PyType Type => Types.IteratorType(TypeName);
}
