# The same at the end of a file without a final line break.
if __name__ == "__main__":