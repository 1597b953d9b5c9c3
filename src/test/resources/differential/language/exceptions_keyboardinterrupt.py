try:
    raise KeyboardInterrupt
except Exception:
    print("not caught by Exception")
except KeyboardInterrupt:
    print("caught KeyboardInterrupt")
raise KeyboardInterrupt
