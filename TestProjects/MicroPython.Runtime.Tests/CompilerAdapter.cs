using MicroPython.Bytecode;
using MicroPython.Compiler;
using MicroPython.Compiler.Diagnostics;

namespace MicroPython.Runtime.Tests;

/// <summary>The host side of exec/eval: wires the project's compiler into the VM, as the CLI does.</summary>
internal sealed class CompilerAdapter : ISourceCompiler
{
    public MpyModule Compile(string source, string sourceName)
    {
        try
        {
            return MpyCompiler.Compile(source, sourceName, CompilerOptions.Default);
        }
        catch (CompileError e)
        {
            throw new SourceCompileException(e.ExceptionType, e.PythonMessage);
        }
    }
}
