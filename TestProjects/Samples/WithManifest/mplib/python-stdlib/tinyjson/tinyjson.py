def dumps(obj):
    return "{" + ", ".join('"%s": %s' % (k, v) for k, v in obj.items()) + "}"
