# A script whose last block never came: python reports it on the last line, with no caret.
def main():
    for n in range(3):
        try:
            print(n)


