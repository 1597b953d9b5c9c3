package org.gillab.model.object;

import java.util.List;

/**
 * The TypeErrors of a call that does not fit a Python function's signature, worded as Python/ceval.c words
 * them (too_many_positional, missing_arguments, format_missing): for functions defined in Python and for
 * native functions that stand in for Python ones (re.match is a def in CPython's re module).
 */
public final class SignatureErrors {
    private SignatureErrors() {}

    /** "f() takes 2 positional arguments but 3 were given", "takes from 1 to 2 ... (and 1 keyword-only argument)". */
    public static RuntimeException tooManyPositional(String qualname, int required, int params, int given, int keywordOnlyGiven) {
        String takes = required == params ? String.valueOf(params) : "from " + required + " to " + params;
        String givenText = keywordOnlyGiven == 0 ? given + (given == 1 ? " was" : " were")
                : given + " positional argument" + (given == 1 ? "" : "s") + " (and " + keywordOnlyGiven
                + " keyword-only argument" + (keywordOnlyGiven == 1 ? "" : "s") + ") were";
        return PyErrors.typeError(qualname + "() takes " + takes + " positional argument"
                + (params == 1 && required == params ? "" : "s") + " but " + givenText + " given");
    }

    /** "f() missing 2 required positional arguments: 'a' and 'b'" ({@code kind} is positional or keyword-only). */
    public static RuntimeException missing(String qualname, List<String> names, String kind) {
        return PyErrors.typeError(qualname + "() missing " + names.size() + " required " + kind + " argument"
                + (names.size() == 1 ? "" : "s") + ": " + englishList(names.stream().map(n -> "'" + n + "'").toList()));
    }

    public static RuntimeException unexpectedKeyword(String qualname, String keyword) {
        return PyErrors.typeError(qualname + "() got an unexpected keyword argument '" + keyword + "'");
    }

    public static RuntimeException multipleValues(String qualname, String parameter) {
        return PyErrors.typeError(qualname + "() got multiple values for argument '" + parameter + "'");
    }

    /** 'a', 'a' and 'b', 'a', 'b', and 'c' */
    private static String englishList(List<String> names) {
        if (names.size() == 1) {
            return names.get(0);
        }
        if (names.size() == 2) {
            return names.get(0) + " and " + names.get(1);
        }
        return String.join(", ", names.subList(0, names.size() - 1)) + ", and " + names.get(names.size() - 1);
    }
}
