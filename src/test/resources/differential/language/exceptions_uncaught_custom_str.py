class Problem(Exception):
    def __init__(self, what, where):
        super().__init__(what, where)
        self.what = what
        self.where = where
    def __str__(self):
        return f"{self.what} at {self.where}"
raise Problem("overheat", "core 2")
