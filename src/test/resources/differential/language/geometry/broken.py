VALUE = 1
raise RuntimeError("broken module fails while importing")
