# Uncaught: what except* clauses raise, joined with the unmatched rest in a new ExceptionGroup('', [...])
# whose traceback starts in the callers of the try statement's frame, each part keeping its own


def handle():
    try:
        raise ExceptionGroup("batch", [ValueError("bad value"), TypeError("bad type"), OSError("io")])
    except* ValueError as e:
        raise RuntimeError("could not recover") from e
    except* TypeError:
        raise


def main():
    handle()


main()
