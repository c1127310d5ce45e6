class Scheduler:
    """Runs callbacks in order of their due time (in milliseconds)."""

    def __init__(self):
        self._jobs = []
        self.now = 0

    def at(self, due_ms, callback, *args):
        self._jobs.append((due_ms, len(self._jobs), callback, args))
        self._jobs.sort()

    def run_until(self, end_ms):
        ran = 0
        while self._jobs and self._jobs[0][0] <= end_ms:
            due, _, callback, args = self._jobs.pop(0)
            self.now = due
            callback(*args)
            ran += 1
        self.now = end_ms
        return ran
