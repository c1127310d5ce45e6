class A(B, metaclass=M):
    def m(self, *a, **k):
        super().m(*a, **k)
        return super()
