values = [1, 2, None]
total = values[0] + values[1] * values[2]
