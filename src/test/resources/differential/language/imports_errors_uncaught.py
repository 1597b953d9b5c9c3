from geometry import units, no_such_thing
