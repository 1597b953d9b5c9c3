def f():
    try:
        raise ValueError("original")
    finally:
        print("cleanup runs")
f()
