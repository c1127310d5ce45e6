namespace MicroPython.Runtime.Tests;

[TestClass]
public sealed class InterpreterTests
{
    [TestMethod]
    [DataRow("print(2 ** 64, -(2 ** 63) - 1, 9223372036854775807 + 1)", "18446744073709551616 -9223372036854775809 9223372036854775808\n")]
    [DataRow("print(7 // -2, 7 % -2, -7 // 2, divmod(-7, 2), 2 ** -1)", "-4 -1 -4 (-4, 1) 0.5\n")]
    [DataRow("print(True + 1, isinstance(True, int), 1 == 1.0, hash(1) == hash(1.0))", "2 False True True\n")]
    [DataRow("print('%5.2f|%-4d|%x|%r' % (3.14159, 7, 255, 'a'))", " 3.14|7   |ff|'a'\n")]
    [DataRow("print('{:>6}|{:^5}|{:,}|{:08.3f}'.format('ab', 'x', 1234567, -3.5))", "    ab|  x  |1,234,567|-003.500\n")]
    [DataRow("print({i: i * i for i in (3, 1, 2, 0)})", "{0: 0, 1: 1, 2: 4, 3: 9}\n")]
    [DataRow("print(sorted({5, 3, 9}), [x for x in range(10) if x % 3 == 0][::-1])", "[3, 5, 9] [9, 6, 3, 0]\n")]
    [DataRow("def f(a, b=2, *c, d, e=5, **k):\n    return a, b, c, d, e, sorted(k)\nprint(f(1, d=4, z=0), f(1, 2, 3, d=4, e=6))", "(1, 2, (), 4, 5, ['z']) (1, 2, (3,), 4, 6, [])\n")]
    [DataRow("def mk():\n    n = 0\n    def inc():\n        nonlocal n\n        n += 1\n        return n\n    return inc\ni = mk()\ni()\nprint(i())", "2\n")]
    [DataRow("class A:\n    def f(self): return 'A'\nclass B(A):\n    def f(self): return 'B' + super().f()\nprint(B().f())", "BA\n")]
    [DataRow("def g():\n    x = yield 1\n    yield x * 2\nit = g()\nprint(next(it), it.send(21))", "1 42\n")]
    [DataRow("def g():\n    try:\n        yield 1\n    finally:\n        print('closed')\nit = g()\nnext(it)\nit.close()", "closed\n")]
    [DataRow("try:\n    {}['k']\nexcept KeyError as e:\n    print(repr(e), str(e))", "KeyError('k',) k\n")]
    [DataRow("for i in range(3):\n    try:\n        continue\n    finally:\n        print('f', i)", "f 0\nf 1\nf 2\n")]
    [DataRow("def f():\n    try:\n        return 1\n    finally:\n        print('fin')\nprint(f())", "fin\n1\n")]
    [DataRow("class C:\n    def __enter__(self): print('in'); return self\n    def __exit__(self, *a): print('out', a[0].__name__); return True\nwith C():\n    raise ValueError\nprint('after')", "in\nout ValueError\nafter\n")]
    [DataRow("print(repr('\\x01\\u00e9\\n\\u20ac'), 'h\\u00e9'.upper())", "'\\x01\\xe9\\n\\u20ac' H\u00e9\n")]
    [DataRow("print(range(3) == range(0, 3), hasattr('', 'swapcase'))", "False False\n")]
    [DataRow("try:\n    '{x.real}'.format(x=1)\nexcept NotImplementedError as e:\n    print(e)", "attributes not supported\n")]
    [DataRow("print(OSError(2, 'x'), str(OSError(99999)))", "[Errno 2] ENOENT: x 99999\n")]
    public void SnippetPrintsWhatMicroPythonPrints(string source, string expected)
    {
        var (output, outcome) = Snippets.Run(source);
        Assert.AreEqual(expected, output, outcome.Traceback);
    }

    [TestMethod]
    public void UncaughtExceptionGivesMicroPythonsTraceback()
    {
        var (output, outcome) = Snippets.Run("print('start')\ndef g():\n    raise ValueError('bad')\ng()\n");
        Assert.AreEqual("start\n", output);
        Assert.IsFalse(outcome.Completed);
        Assert.AreEqual("ValueError", outcome.ExceptionType);
        Assert.AreEqual(1, outcome.ExitCode);
        Assert.AreEqual("Traceback (most recent call last):\n  File \"t.py\", line 4, in <module>\n  File \"t.py\", line 3, in g\nValueError: bad\n", outcome.Traceback);
    }

    [TestMethod]
    public void DeepRecursionRaisesRuntimeErrorInsteadOfOverflowingTheStack()
    {
        var (output, outcome) = Snippets.Run("def f(n):\n    return f(n + 1)\ntry:\n    f(0)\nexcept RuntimeError as e:\n    print(e)\nf(0)\n");
        Assert.AreEqual("maximum recursion depth exceeded\n", output);
        Assert.AreEqual("RuntimeError", outcome.ExceptionType);
    }

    [TestMethod]
    public void SystemExitEndsTheRunWithItsCode()
    {
        var (output, outcome) = Snippets.Run("import sys\nprint('a')\nsys.exit(3)\nprint('b')\n");
        Assert.AreEqual("a\n", output);
        Assert.IsTrue(outcome.Completed);
        Assert.AreEqual(3, outcome.ExitCode);
    }

    [TestMethod]
    public void ImportsModulesFromTheSearchPath()
    {
        var dir = Directory.CreateTempSubdirectory("mpy-vm-import-");
        try
        {
            File.WriteAllBytes(Path.Combine(dir.FullName, "helper.mpy"), MicroPython.Bytecode.MpyWriter.Write(Snippets.Compile("VALUE = 41\ndef bump(v):\n    return v + 1\n", "helper.py")));
            var (output, outcome) = Snippets.Run("import helper\nfrom helper import bump\nprint(bump(helper.VALUE), helper.__name__)\n", vm => vm.SearchPath.Add(dir.FullName));
            Assert.AreEqual("42 helper\n", output, outcome.Traceback);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [TestMethod]
    public void ExecWithoutACompilerRaisesInsteadOfCrashing()
    {
        var vm = new MicroPythonVm();
        var output = new StringWriter();
        var outcome = vm.Run(Snippets.Compile("try:\n    exec('x = 1')\nexcept NotImplementedError:\n    print('no compiler')\n"), output);
        Assert.IsTrue(outcome.Completed);
        Assert.AreEqual("no compiler\n", output.ToString());
    }

    [TestMethod]
    public void SyntaxErrorsFromTheHostCompilerBecomePythonExceptions()
    {
        var (output, _) = Snippets.Run("try:\n    exec('x = (')\nexcept SyntaxError:\n    print('syntax')\n");
        Assert.AreEqual("syntax\n", output);
    }
}

[TestClass]
public sealed class RobustnessTests
{
    [TestMethod]
    [DataRow("list.append(5, 1)", "TypeError")]
    [DataRow("[].append()", "TypeError")]
    [DataRow("'ab' * (10 ** 12)", "MemoryError")]
    [DataRow("x = []\nwhile True:\n    x.append(0)", "MemoryError")]
    [DataRow("def g():\n    while True:\n        yield 0\n[i for i in g()]", "MemoryError")]
    [DataRow("int('12', 99)", "ValueError")]
    [DataRow("x = []\nfor _ in range(100000):\n    x = [x]\nrepr(x)", "RuntimeError")]
    public void MisuseOfBuiltinsRaisesACatchablePythonException(string statement, string expected)
    {
        var indented = string.Join("\n", statement.Split('\n').Select(l => "    " + l));
        var (output, outcome) = Snippets.Run($"try:\n{indented}\nexcept Exception as e:\n    print(type(e).__name__)\n");
        Assert.AreEqual(expected + "\n", output, outcome.Traceback);
    }
}

[TestClass]
public sealed class VmOptionsTests
{
    [TestMethod]
    public void ProfilesTheHostCannotEmulateAreRejectedUpFront()
    {
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new MicroPythonVm(new VmOptions { FloatPrecision = 16 }));
        Assert.ThrowsExactly<ArgumentOutOfRangeException>(() => new MicroPythonVm(new VmOptions { SmallIntBits = 0 }));
    }

    [TestMethod]
    [DataRow(31, "2147483647\n")]
    [DataRow(63, "9223372036854775807\n")]
    public void SysMaxsizeFollowsTheTargetWordSize(int smallIntBits, string expected)
    {
        var vm = new MicroPythonVm(new VmOptions { SmallIntBits = smallIntBits });
        var output = new StringWriter();
        vm.Run(Snippets.Compile("import sys\nprint(sys.maxsize)\n"), output);
        Assert.AreEqual(expected, output.ToString());
    }
}
