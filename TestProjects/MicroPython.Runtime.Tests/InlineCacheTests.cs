namespace MicroPython.Runtime.Tests;

/// <summary>
/// Name and attribute instructions cache their last lookup; every change that could alter a lookup's
/// answer must be seen by the next run of the same instruction (each snippet runs one instruction in a loop).
/// </summary>
[TestClass]
public sealed class InlineCacheTests
{
    [TestMethod]
    [DataRow("def f(): return len('ab')\nr = [f()]\nlen = lambda s: 7\nr.append(f())\ndel len\nr.append(f())\nprint(r)", "[2, 7, 2]\n")]
    [DataRow("def f(): return x\nx = 1\nr = [f()]\nx = 2\nr.append(f())\ndel x\ntry:\n    f()\nexcept NameError:\n    r.append('gone')\nprint(r)", "[1, 2, 'gone']\n")]
    [DataRow("class A:\n    def m(self): return 'a'\ndef call(o): return o.m()\no = A()\nr = [call(o)]\nA.m = lambda self: 'b'\nr.append(call(o))\no.m = lambda: 'own'\nr.append(call(o))\ndel o.m\nr.append(call(o))\nprint(r)", "['a', 'b', 'own', 'b']\n")]
    [DataRow("class A:\n    def m(self): return 'a'\nclass B(A): pass\ndef call(o): return o.m()\nr = [call(B())]\nB.m = lambda self: 'b'\nr.append(call(B()))\nr.append(call(A()))\nprint(r)", "['a', 'b', 'a']\n")]
    [DataRow("class P:\n    def __init__(self, v): self.v = v\ndef get(o): return o.v\nr = [get(P(1)), get(P(2))]\nq = P(3)\nq.w = 0\nr.append(get(q))\nclass Q:\n    v = 'cls'\nr.append(get(Q()))\nprint(r)", "[1, 2, 3, 'cls']\n")]
    [DataRow("class A:\n    pass\ndef put(o, v): o.x = v\na = A()\nput(a, 1)\nput(a, 2)\nA.x = property(lambda s: 'prop', lambda s, v: print('set', v))\nput(a, 3)\nprint(a.x)", "set 3\n2\n")]
    [DataRow("def f(s): return s.upper()\nr = [f('a'), f('b')]\nr.append(f(b'c'))\nprint(r)", "['A', 'B', b'C']\n")]
    public void ACachedLookupSeesEveryChange(string source, string expected)
    {
        var (output, outcome) = Snippets.Run(source);
        Assert.AreEqual(expected, output, outcome.Traceback);
    }
}
