global using KwArgs = System.Collections.Generic.List<System.Collections.Generic.KeyValuePair<string, object>>;
