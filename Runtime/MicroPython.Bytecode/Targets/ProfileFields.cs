using System.Text.Json;

namespace MicroPython.Bytecode.Targets;

/// <summary>Typed, checked access to the members of a profile's JSON object, with errors naming the member.</summary>
internal readonly struct ProfileFields
{
    private readonly JsonElement root;
    private readonly string origin;

    public ProfileFields(JsonElement root, string origin)
    {
        if (root.ValueKind != JsonValueKind.Object)
        {
            throw new TargetProfileException(origin, "the file must hold one JSON object");
        }

        this.root = root;
        this.origin = origin;
    }

    public string String(string name)
    {
        var value = Member(name, JsonValueKind.String).GetString()!;
        return value.Length > 0 ? value : throw Error($"'{name}' must not be empty");
    }

    public int Int(string name, int min, int max)
    {
        var element = Member(name, JsonValueKind.Number);
        if (!element.TryGetInt32(out var value) || value < min || value > max)
        {
            throw Error($"'{name}' must be an integer from {min} to {max}, not {element.GetRawText()}");
        }

        return value;
    }

    // An optional value must cite its source as the required ones do.
    public int? OptionalCitedInt(string name, int min, int max)
    {
        if (!root.TryGetProperty(name, out _))
        {
            return null;
        }

        var value = Int(name, min, max);
        return root.TryGetProperty("sources", out var sources) && sources.ValueKind == JsonValueKind.Object && sources.TryGetProperty(name, out _)
            ? value
            : throw Error($"no source cited for {name} (add it to 'sources')");
    }

    public bool Has(string name) => root.TryGetProperty(name, out _);

    /// <summary>A string member that may be JSON null.</summary>
    public string? NullableString(string name) =>
        root.TryGetProperty(name, out var element) && element.ValueKind == JsonValueKind.Null ? null : String(name);

    public IReadOnlyList<string> StringArray(string name)
    {
        var element = Member(name, JsonValueKind.Array);
        var items = new List<string>();
        foreach (var item in element.EnumerateArray())
        {
            items.Add(item.ValueKind == JsonValueKind.String ? item.GetString()! : throw Error($"'{name}' must hold only strings"));
        }

        return items;
    }

    public bool Bool(string name)
    {
        if (!root.TryGetProperty(name, out var element) || element.ValueKind is not (JsonValueKind.True or JsonValueKind.False))
        {
            throw Error($"'{name}' must be true or false");
        }

        return element.GetBoolean();
    }

    public T Enum<T>(string name)
        where T : struct, System.Enum
    {
        var text = String(name);
        return System.Enum.TryParse<T>(text, ignoreCase: true, out var value) && !int.TryParse(text, out _)
            ? value
            : throw Error($"'{name}' must be one of {string.Join(", ", System.Enum.GetNames<T>().Select(n => n.ToLowerInvariant()))}, not '{text}'");
    }

    public IReadOnlyDictionary<string, string> Sources(IReadOnlyList<string> required)
    {
        var element = Member("sources", JsonValueKind.Object);
        var sources = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
        {
            if (property.Value.ValueKind != JsonValueKind.String || property.Value.GetString() is not { Length: > 0 } text)
            {
                throw Error($"sources.{property.Name} must be a non-empty string naming the file and line");
            }

            sources[property.Name] = text;
        }

        var missing = required.Where(name => !sources.ContainsKey(name)).ToList();
        return missing.Count == 0
            ? sources
            : throw Error($"no source cited for {string.Join(", ", missing)} (add it to 'sources')");
    }

    private JsonElement Member(string name, JsonValueKind kind)
    {
        if (!root.TryGetProperty(name, out var element))
        {
            throw Error($"'{name}' is missing");
        }

        return element.ValueKind == kind
            ? element
            : throw Error($"'{name}' must be a JSON {kind.ToString().ToLowerInvariant()}");
    }

    private TargetProfileException Error(string reason) => new(origin, reason);
}
