import sys
try:
    sys.exit(5)
except SystemExit as e:
    print("caught", e.code)
try:
    exit(6)
except SystemExit as e:
    print("caught exit()", e.code)
try:
    quit()
except SystemExit as e:
    print("caught quit()", e.code)
sys.exit("fatal: message to stderr")
