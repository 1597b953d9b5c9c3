# An attribute that spans lines, (obj\n .name): CPython 3.11 starts its instructions at the name
# (update_start_location_to_match_attr), so a failing lookup, store, delete or method call shows the
# name's line in the traceback, the name underlined; a method call underlines through its last line.
import traceback

class Box:
    def fail(self, x):
        raise ValueError(x)

box = Box()

def chained_call():
    return (" a b ".strip()
            .split()
            .missing())

def method_after_call():
    return Box().fail(1
                      ).fail(2)

def multiline_arguments():
    return (box
            .fail(3,
                  4))

def lookup():
    return (box
            .absent)

def store_and_delete():
    (box
     .x) = 1
    del (box
         .y)

def augmented():
    (box
     .counter) += 1

for case in (chained_call, method_after_call, multiline_arguments, lookup, store_and_delete, augmented):
    try:
        case()
    except Exception:
        traceback.print_exc()
