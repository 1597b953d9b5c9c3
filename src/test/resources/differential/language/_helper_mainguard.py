def helper():
    return "helper from " + __name__
if __name__ == "__main__":
    print("never printed when imported")
else:
    print("imported as", __name__)
