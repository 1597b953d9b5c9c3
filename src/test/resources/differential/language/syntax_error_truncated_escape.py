message = ("first part "
           "second \u12 part")
