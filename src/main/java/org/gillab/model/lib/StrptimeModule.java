package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyNone;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.PyTuple;
import org.gillab.model.object.ThreadState;

/**
 * The _strptime module (Lib/_strptime.py) as datetime.strptime uses it: {@code _strptime(string, format)}
 * parses with the same directives and errors as time.strptime ({@link TimeFormat}) and returns what
 * CPython's does, {@code ((year, month, day, hour, minute, second, weekday, julian, isdst, tzname, gmtoff),
 * fraction, gmtoff_fraction)}, keeping the microseconds of %f and of %z that a struct_time cannot hold.
 * CPython writes this in Python; the model parses in Java because time.strptime already does.
 */
final class StrptimeModule {
    private StrptimeModule() {}

    static PyModule create() {
        return new PyModule("_strptime", true).function("_strptime", StrptimeModule::strptime);
    }

    private static PyObject strptime(Args args) {
        args.expectPositional("_strptime", 1, 2);
        String format = args.size() == 2 ? text(args.get(1), 2) : "%a %b %d %H:%M:%S %Y";
        TimeFormat.Parsed t = TimeFormat.strptime(text(args.get(0), 1), format);
        ThreadState ts = args.thread();
        PyObject fields = new PyTuple(ts, new PyObject[] {PyInt.of(ts, t.year()), PyInt.of(ts, t.month()),
                PyInt.of(ts, t.day()), PyInt.of(ts, t.hour()), PyInt.of(ts, t.minute()), PyInt.of(ts, t.second()),
                PyInt.of(ts, t.weekday()), PyInt.of(ts, t.yearday()), PyInt.of(ts, t.isdst()),
                t.zone() == null ? PyNone.NONE : new PyStr(ts, t.zone()),
                t.gmtoff() == null ? PyNone.NONE : PyInt.of(ts, t.gmtoff())});
        return new PyTuple(ts, new PyObject[] {fields, PyInt.of(ts, t.fraction()), PyInt.of(ts, t.gmtoffFraction())});
    }

    /** datetime.strptime's argument check: "strptime() argument 1 must be str, not int". */
    private static String text(PyObject o, int position) {
        if (!(o instanceof PyStr s)) {
            throw PyErrors.badArgument("strptime() argument " + position, "str", o);
        }
        return s.value;
    }
}
