package org.gillab.model.lib;

import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.function.Function;
import org.gillab.model.object.Args;
import org.gillab.model.object.BufferExporter;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyBytes;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyFloat;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyMemoryView;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;
import org.gillab.model.ucd.UnicodeNames;
import org.gillab.model.ucd.UnicodeTables;

/**
 * The unicodedata module (Modules/unicodedata.c): the Unicode Character Database's properties of a
 * character, names and their lookup, and normalization. CPython 3.11 answers from Unicode 14.0.0; the
 * model answers from Unicode 13.0.0, the version of Java 17's java.lang.Character data: categories,
 * bidirectional classes, mirroring and names come from Character, normalization from
 * java.text.Normalizer, the rest from {@link UnicodeTables}. A code point that 13.0 leaves unassigned
 * is unassigned here on any Java, so unidata_version is 13.0.0 wherever the model runs. Absent: the
 * UCD type and ucd_3_2_0 (the Unicode 3.2 database of the idna codec).
 */
final class UnicodedataModule {
    private UnicodedataModule() {}

    /** General_Category abbreviations by java.lang.Character.getType's number (17 is unused). */
    private static final String[] CATEGORIES = {"Cn", "Lu", "Ll", "Lt", "Lm", "Lo", "Mn", "Me", "Mc", "Nd", "Nl", "No", "Zs",
            "Zl", "Zp", "Cc", "Cf", "", "Co", "Cs", "Pd", "Ps", "Pe", "Pc", "Po", "Sm", "Sc", "Sk", "So", "Pi", "Pf"};
    /** Bidi_Class abbreviations by java.lang.Character.getDirectionality's number. */
    private static final String[] BIDI_CLASSES = {"L", "R", "AL", "EN", "ES", "ET", "AN", "CS", "NSM", "BN", "B", "S", "WS",
            "ON", "LRE", "LRO", "RLE", "RLO", "PDF", "LRI", "RLI", "FSI", "PDI"};

    static PyModule create() {
        return new PyModule("unicodedata", true)
                .add("unidata_version", PyStr.constant(UnicodeTables.VERSION))
                .function("lookup", UnicodedataModule::lookup)
                .function("name", UnicodedataModule::name)
                .function("category", args -> property(args, "category", cp -> CATEGORIES[category(cp)]))
                .function("bidirectional", args -> property(args, "bidirectional",
                        cp -> assigned(cp) ? BIDI_CLASSES[Character.getDirectionality(cp)] : ""))
                .function("east_asian_width", args -> property(args, "east_asian_width", UnicodeTables.get()::eastAsianWidth))
                .function("decomposition", args -> property(args, "decomposition", UnicodeTables.get()::decomposition))
                .function("combining", args -> PyInt.of(args.thread(), UnicodeTables.get().combining(character(args, "combining"))))
                .function("mirrored", args -> {
                    int cp = character(args, "mirrored");
                    return PyInt.of(args.thread(), assigned(cp) && Character.isMirrored(cp) ? 1 : 0);
                })
                .function("decimal", args -> number(args, "decimal", "not a decimal", n -> n.decimal() < 0 ? null : (double) n.decimal()))
                .function("digit", args -> number(args, "digit", "not a digit", n -> n.digit() < 0 ? null : (double) n.digit()))
                .function("numeric", args -> number(args, "numeric", "not a numeric character", n -> n.value()))
                .function("normalize", args -> {
                    PyStr text = normalizationArgs(args, "normalize");
                    String normal = Normalizer.normalize(text.value, form(args.get(0)));
                    return normal.equals(text.value) ? args.thread().newRef(text) : new PyStr(args.thread(), normal);
                })
                .function("is_normalized", args -> {
                    PyStr text = normalizationArgs(args, "is_normalized");
                    return PyBool.of(Normalizer.isNormalized(text.value, form(args.get(0))));
                });
    }

    private static boolean assigned(int cp) {
        return UnicodeTables.get().isAssigned(cp);
    }

    private static int category(int cp) {
        return assigned(cp) ? Character.getType(cp) : Character.UNASSIGNED;
    }

    /** lookup(name): the character (or named sequence) of that name, else KeyError. */
    private static PyObject lookup(Args args) {
        PyObject argument = args.oneArg("unicodedata.lookup");
        String name = nameText(argument);
        if (name.length() > UnicodeNames.MAX_LENGTH) {
            throw PyErrors.keyError(PyStr.constant("name too long"));
        }
        String found = UnicodeNames.lookup(name, true);
        if (found == null) {
            throw PyErrors.raise(PyErrors.KEY_ERROR, "undefined character name '" + name + "'");
        }
        return new PyStr(args.thread(), found);
    }

    /**
     * lookup's argument (the "s#" format): a str, or a bytes; other bytes-like objects, whose buffers are
     * released after use (bytearray, memoryview), are refused.
     */
    private static String nameText(PyObject argument) {
        if (argument instanceof PyStr s) {
            return s.value;
        }
        if (argument instanceof PyBytes b && !b.isMutable()) {
            return new String(b.value(), StandardCharsets.ISO_8859_1);
        }
        if (argument instanceof PyBytes || argument instanceof PyMemoryView || argument instanceof BufferExporter) {
            throw PyErrors.typeError("lookup() argument must be read-only bytes-like object, not " + argument.type().name());
        }
        throw PyErrors.typeError("a bytes-like object is required, not '" + argument.type().name() + "'");
    }

    /** name(chr[, default]): the character's name; default, or ValueError, for one without. */
    private static PyObject name(Args args) {
        args.checkPositional("name", "unicodedata.name", 1, 2);
        String name = UnicodeNames.name(character(args.get(0), "name() argument 1"));
        if (name != null) {
            return new PyStr(args.thread(), name);
        }
        if (args.size() == 2) {
            return args.thread().newRef(args.get(1));
        }
        throw PyErrors.valueError("no such name");
    }

    /** decimal, digit and numeric (chr[, default]): the value as {@code value} reads it, else default or ValueError. */
    private static PyObject number(Args args, String function, String missing, Function<UnicodeTables.Numeric, Double> value) {
        args.checkPositional(function, "unicodedata." + function, 1, 2);
        UnicodeTables.Numeric numeric = UnicodeTables.get().numeric(character(args.get(0), function + "() argument 1"));
        Double result = numeric == null ? null : value.apply(numeric);
        if (result != null) {
            return function.equals("numeric") ? new PyFloat(args.thread(), result) : PyInt.of(args.thread(), result.longValue());
        }
        if (args.size() == 2) {
            return args.thread().newRef(args.get(1));
        }
        throw PyErrors.valueError(missing);
    }

    /** A METH_O function of one character answering a str. */
    private static PyObject property(Args args, String function, Function<Integer, String> value) {
        return new PyStr(args.thread(), value.apply(character(args, function)));
    }

    private static int character(Args args, String function) {
        return character(args.oneArg("unicodedata." + function), function + "() argument");
    }

    /** The code point of a str of one character; else "category() argument must be a unicode character, not str". */
    private static int character(PyObject o, String argument) {
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw PyErrors.badArgument(argument, "a unicode character", o);
    }

    /** normalize's and is_normalized's (form, unistr): both str, the string returned. */
    private static PyStr normalizationArgs(Args args, String function) {
        args.checkPositional(function, "unicodedata." + function, 2, 2);
        for (int i = 0; i < 2; i++) {
            if (!(args.get(i) instanceof PyStr)) {
                throw PyErrors.badArgument(function + "() argument " + (i + 1), "str", args.get(i));
            }
        }
        return (PyStr) args.get(1);
    }

    private static Normalizer.Form form(PyObject name) {
        return switch (((PyStr) name).value) {
            case "NFC" -> Normalizer.Form.NFC;
            case "NFD" -> Normalizer.Form.NFD;
            case "NFKC" -> Normalizer.Form.NFKC;
            case "NFKD" -> Normalizer.Form.NFKD;
            default -> throw PyErrors.valueError("invalid normalization form");
        };
    }
}
