namespace MicroPython.Runtime.Tests;

/// <summary>
/// Plain positional calls bind arguments straight from the caller's stack into frames that each code
/// object pools; a reused frame must start as a new one would.
/// </summary>
[TestClass]
public sealed class CallPathTests
{
    [TestMethod]
    [DataRow("def f(first):\n    if first:\n        x = 1\n    try:\n        return x\n    except NameError:\n        return 'unbound'\nprint(f(True), f(False))", "1 unbound\n")]
    [DataRow("def fib(n): return n if n < 2 else fib(n - 1) + fib(n - 2)\nprint(fib(15), fib(3))", "610 2\n")]
    [DataRow("def g(n):\n    if n == 0:\n        raise ValueError(n)\n    return g(n - 1)\nfor _ in range(2):\n    try:\n        g(6)\n    except ValueError as e:\n        print('caught', e)\nprint(g.__name__)", "caught 0\ncaught 0\ng\n")]
    [DataRow("def f(a, b=2, c=3): return a, b, c\nprint(f(1), f(1, 5), f(1, 5, 6))", "(1, 2, 3) (1, 5, 3) (1, 5, 6)\n")]
    [DataRow("class A:\n    def m(self, k=10): return k\na = A()\nm = a.m\nprint(a.m(), a.m(1), m(), m(2))", "10 1 10 2\n")]
    [DataRow("def outer(v):\n    def inner(w): return v + w\n    return inner\nprint(outer(1)(2), outer(10)(20))", "3 30\n")]
    [DataRow("def cell(a):\n    def get(): return a\n    a += 1\n    return get()\nprint(cell(1), cell(5))", "2 6\n")]
    [DataRow("def f(a, b): return a\nfor args in ((1,), (1, 2, 3)):\n    try:\n        f(*args)\n    except TypeError:\n        print('TypeError')\ntry:\n    f(1)\nexcept TypeError:\n    print('TypeError')", "TypeError\nTypeError\nTypeError\n")]
    public void DirectCallsBehaveAsBoundOnes(string source, string expected)
    {
        var (output, outcome) = Snippets.Run(source);
        Assert.AreEqual(expected, output, outcome.Traceback);
    }
}
