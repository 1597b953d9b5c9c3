def cleanup(resource):
    raise OSError("cleanup failed for " + resource)
def work():
    try:
        raise ValueError("work failed")
    except ValueError:
        cleanup("db")
work()
