using MicroPython.Bytecode;
using MicroPython.Runtime.Objects;

namespace MicroPython.Runtime.Interpreter;

/// <summary>
/// Puts a call's arguments into a new frame's locals the way MicroPython's prelude does: closed-over
/// cells first, then positional, keyword-only, <c>*args</c> and <c>**kwargs</c> slots, then defaults,
/// and finally turns the listed locals into cells.
/// </summary>
internal static class ArgBinder
{
    public static void Bind(PyFunction fn, Frame frame, object[] args, KwArgs? kw)
    {
        var p = fn.Code.Prelude;
        var fast = frame.Fast;
        var qstrs = fn.Module.Qstrs;
        var nPos = p.NPosArgs;
        var nKwOnly = p.NKwOnlyArgs;
        var varArgs = (p.Flags & ScopeFlags.VarArgs) != 0;
        var varKw = (p.Flags & ScopeFlags.VarKeywords) != 0;

        // Closed-over cells arrive as leading positional arguments.
        var nClosed = fn.Closed.Length;
        var nArgs = args.Length + nClosed;
        object Arg(int i) => i < nClosed ? fn.Closed[i] : args[i - nClosed];

        // The counts include closed-over cells, exactly as the reference reports them.
        if (nArgs > nPos && !varArgs)
        {
            throw Err.Type($"function takes {nPos} positional arguments but {nArgs} were given");
        }

        var nDefaults = fn.Defaults?.Items.Length ?? 0;
        if (nArgs < nPos - nDefaults && (kw is null || kw.Count == 0) && (p.Flags & ScopeFlags.DefaultKeywordArgs) == 0)
        {
            throw Err.Type($"function takes {nPos - nDefaults} positional arguments but {nArgs} were given");
        }

        for (var i = 0; i < Math.Min(nArgs, nPos); i++)
        {
            fast[i] = Arg(i);
        }

        var slot = nPos + nKwOnly;
        if (varArgs)
        {
            var extra = nArgs > nPos ? Enumerable.Range(nPos, nArgs - nPos).Select(Arg).ToArray() : [];
            fast[slot++] = extra.Length == 0 ? PyTuple.Empty : new PyTuple(extra);
        }

        PyDict? kwDict = null;
        if (varKw)
        {
            kwDict = new PyDict();
            fast[slot] = kwDict;
        }

        if (kw is not null)
        {
            foreach (var (name, value) in kw)
            {
                var found = false;
                for (var i = 0; i < nPos + nKwOnly; i++)
                {
                    if (qstrs[p.ArgNames[i]] == name)
                    {
                        if (fast[i] is not null)
                        {
                            throw Err.Type($"function got multiple values for argument '{name}'");
                        }

                        fast[i] = value;
                        found = true;
                        break;
                    }
                }

                if (!found)
                {
                    if (kwDict is null)
                    {
                        throw Err.Type($"unexpected keyword argument '{name}'");
                    }

                    kwDict[name] = value;
                }
            }
        }

        var defaults = fn.Defaults?.Items ?? [];
        var firstDefault = nPos - defaults.Length;
        // Checked from the last parameter down, so the message names the highest missing slot as the reference does.
        for (var i = nPos - 1; i >= 0; i--)
        {
            if (fast[i] is null)
            {
                if (i >= firstDefault)
                {
                    fast[i] = defaults[i - firstDefault];
                }
                else
                {
                    throw Err.Type($"function missing required positional argument #{i}");
                }
            }
        }

        for (var i = nPos; i < nPos + nKwOnly; i++)
        {
            if (fast[i] is null)
            {
                var name = qstrs[p.ArgNames[i]];
                if (fn.KwDefaults is { } kd && kd.Table.Get(name) is { } v)
                {
                    fast[i] = v;
                }
                else
                {
                    throw Err.Type($"function missing required keyword argument '{name}'");
                }
            }
        }

        foreach (var cell in p.Cells)
        {
            fast[cell] = new PyCell(fast[cell]);
        }
    }
}
