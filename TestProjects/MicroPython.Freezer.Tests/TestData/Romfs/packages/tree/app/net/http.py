REASONS = {200: "OK", 404: "Not Found", 500: "Internal Server Error"}


def status_line(code):
    return "HTTP/1.1 %d %s" % (code, REASONS.get(code, "Unknown"))


class Request:
    def __init__(self, method, path):
        self.method = method
        self.path = path

    def __repr__(self):
        return "<Request %s %s>" % (self.method, self.path)
