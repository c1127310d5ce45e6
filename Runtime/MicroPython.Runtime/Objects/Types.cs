using System.Numerics;

namespace MicroPython.Runtime.Objects;

/// <summary>The built-in types, and the type of any value.</summary>
internal static class Types
{
    public static readonly PyType Object = new("object", [], new PyDict(), true);
    public static readonly PyType TypeType = Make("type");
    public static readonly PyType NoneType = Make("NoneType");
    public static readonly PyType EllipsisType = Make("ellipsis");
    public static readonly PyType NotImplementedType = Make("NotImplementedType");
    public static readonly PyType Int = Make("int");
    // In MicroPython bool is not a subclass of int (it still does int arithmetic).
    public static readonly PyType Bool = Make("bool");
    public static readonly PyType Float = Make("float");
    public static readonly PyType Complex = Make("complex");
    public static readonly PyType Str = Make("str");
    public static readonly PyType Bytes = Make("bytes");
    public static readonly PyType ByteArray = Make("bytearray");
    public static readonly PyType List = Make("list");
    public static readonly PyType Tuple = Make("tuple");
    public static readonly PyType Dict = Make("dict");
    public static readonly PyType OrderedDict = Make("OrderedDict", Dict);
    public static readonly PyType Set = Make("set");
    public static readonly PyType FrozenSet = Make("frozenset");
    public static readonly PyType Range = Make("range");
    public static readonly PyType Slice = Make("slice");
    public static readonly PyType Module = Make("module");
    public static readonly PyType Function = Make("function");
    public static readonly PyType GeneratorFunction = Make("generator");
    public static readonly PyType BuiltinFunction = Make("function");
    public static readonly PyType BoundMethod = Make("bound_method");
    public static readonly PyType StaticMethod = Make("staticmethod");
    public static readonly PyType ClassMethod = Make("classmethod");
    public static readonly PyType Property = Make("property");
    public static readonly PyType Super = Make("super");
    public static readonly PyType Iterator = Make("iterator");
    public static readonly PyType Generator = Make("generator");
    public static readonly PyType Cell = Make("cell");
    public static readonly PyType Code = Make("code");

    public static readonly PyType BaseException = Make("BaseException");
    public static readonly PyType SystemExit = Make("SystemExit", BaseException);
    public static readonly PyType KeyboardInterrupt = Make("KeyboardInterrupt", BaseException);
    public static readonly PyType GeneratorExit = Make("GeneratorExit", BaseException);
    public static readonly PyType Exception = Make("Exception", BaseException);
    public static readonly PyType StopIteration = Make("StopIteration", Exception);
    public static readonly PyType StopAsyncIteration = Make("StopAsyncIteration", Exception);
    public static readonly PyType ArithmeticError = Make("ArithmeticError", Exception);
    public static readonly PyType OverflowError = Make("OverflowError", ArithmeticError);
    public static readonly PyType ZeroDivisionError = Make("ZeroDivisionError", ArithmeticError);
    public static readonly PyType AssertionError = Make("AssertionError", Exception);
    public static readonly PyType AttributeError = Make("AttributeError", Exception);
    public static readonly PyType EOFError = Make("EOFError", Exception);
    public static readonly PyType ImportError = Make("ImportError", Exception);
    public static readonly PyType LookupError = Make("LookupError", Exception);
    public static readonly PyType IndexError = Make("IndexError", LookupError);
    public static readonly PyType KeyError = Make("KeyError", LookupError);
    public static readonly PyType MemoryError = Make("MemoryError", Exception);
    public static readonly PyType NameError = Make("NameError", Exception);
    public static readonly PyType OSError = Make("OSError", Exception);
    public static readonly PyType RuntimeError = Make("RuntimeError", Exception);
    public static readonly PyType NotImplementedError = Make("NotImplementedError", RuntimeError);
    public static readonly PyType SyntaxError = Make("SyntaxError", Exception);
    public static readonly PyType IndentationError = Make("IndentationError", SyntaxError);
    public static readonly PyType TypeError = Make("TypeError", Exception);
    public static readonly PyType ValueError = Make("ValueError", Exception);
    public static readonly PyType UnicodeError = Make("UnicodeError", ValueError);

    /// <summary>The exception types the builtins module exposes.</summary>
    public static readonly PyType[] ExceptionTypes =
    [
        BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception, StopIteration, StopAsyncIteration,
        ArithmeticError, OverflowError, ZeroDivisionError, AssertionError, AttributeError, EOFError, ImportError,
        LookupError, IndexError, KeyError, MemoryError, NameError, OSError, RuntimeError, NotImplementedError,
        SyntaxError, IndentationError, TypeError, ValueError, UnicodeError,
    ];

    private static readonly Dictionary<string, PyType> IteratorTypes = [];

    /// <summary>The class of a built-in iterator kind (map, zip, list_iterator, ...), made on first use.</summary>
    public static PyType IteratorType(string name)
    {
        lock (IteratorTypes)
        {
            if (!IteratorTypes.TryGetValue(name, out var t))
            {
                t = new PyType(name, [Iterator], new PyDict(), true);
                IteratorTypes[name] = t;
            }

            return t;
        }
    }

    public static PyType Of(object value) => value switch
    {
        PyObject o => o.Type,
        bool => Bool,
        long or BigInteger => Int,
        string => Str,
        double => Float,
        _ => Object,
    };

    private static PyType Make(string name, PyType? baseType = null) => new(name, [baseType ?? Object], new PyDict(), true);
}
