namespace MicroPython.Freezer.Manifests;

/// <summary>The arguments of one manifest function call, bound to parameters by Python's rules.</summary>
internal sealed class CallArguments(List<object?> positional, List<KeyValuePair<string, object?>> keywords)
{
    public IReadOnlyList<object?> Positional => positional;

    public IReadOnlyList<KeyValuePair<string, object?>> Keywords => keywords;

    /// <summary>
    /// Binds to <paramref name="parameters"/> (the first <paramref name="required"/> must be given);
    /// unknown keywords go to <paramref name="extra"/> when the function takes <c>**kwargs</c>, else are an error.
    /// </summary>
    public object?[] Bind(string function, string[] parameters, int required, Dictionary<string, object?>? extra = null)
    {
        if (positional.Count > parameters.Length)
        {
            throw new ManifestCallException($"{function}() takes at most {parameters.Length} positional arguments but {positional.Count} were given");
        }

        var values = new object?[parameters.Length];
        var given = new bool[parameters.Length];
        for (var i = 0; i < positional.Count; i++)
        {
            values[i] = positional[i];
            given[i] = true;
        }

        foreach (var (name, value) in keywords)
        {
            var index = Array.IndexOf(parameters, name);
            if (index < 0)
            {
                if (extra is null)
                {
                    throw new ManifestCallException($"{function}() got an unexpected keyword argument '{name}'");
                }

                extra[name] = value;
                continue;
            }

            if (given[index])
            {
                throw new ManifestCallException($"{function}() got multiple values for argument '{name}'");
            }

            values[index] = value;
            given[index] = true;
        }

        for (var i = 0; i < required; i++)
        {
            if (!given[i])
            {
                throw new ManifestCallException($"{function}() missing required argument '{parameters[i]}'");
            }
        }

        return values;
    }
}
