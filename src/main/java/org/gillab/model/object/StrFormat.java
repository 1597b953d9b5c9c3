package org.gillab.model.object;

/** str.format (Objects/stringlib/unicode_format.h): {} {0} {name} {!r} {:spec} and {{ }}. */
final class StrFormat {
    private StrFormat() {}

    static String format(String template, Args args) {
        StringBuilder out = new StringBuilder();
        int auto = 0;
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            if (c == '{' && i + 1 < template.length() && template.charAt(i + 1) == '{') {
                out.append('{');
                i += 2;
            } else if (c == '}' && i + 1 < template.length() && template.charAt(i + 1) == '}') {
                out.append('}');
                i += 2;
            } else if (c == '}') {
                throw PyErrors.valueError("Single '}' encountered in format string");
            } else if (c == '{') {
                int close = template.indexOf('}', i);
                if (close < 0) {
                    throw PyErrors.valueError("Single '{' encountered in format string");
                }
                String field = template.substring(i + 1, close);
                String spec = "";
                int colon = field.indexOf(':');
                if (colon >= 0) {
                    spec = field.substring(colon + 1);
                    field = field.substring(0, colon);
                }
                char conversion = 0;
                int bang = field.indexOf('!');
                if (bang >= 0) {
                    conversion = field.charAt(bang + 1);
                    field = field.substring(0, bang);
                }
                PyObject value;
                if (field.isEmpty()) {
                    value = positional(args, auto++);
                } else if (field.chars().allMatch(Character::isDigit)) {
                    value = positional(args, Integer.parseInt(field));
                } else {
                    value = args.keyword(field);
                    if (value == null) {
                        throw PyErrors.keyError(PyStr.constant(field));
                    }
                }
                if (conversion == 'r') {
                    value = PyStr.constant(value.repr());
                } else if (conversion == 's') {
                    value = PyStr.constant(value.str());
                }
                out.append(Format.format(value, spec));
                i = close + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static PyObject positional(Args args, int index) {
        if (index >= args.size()) {
            throw PyErrors.indexError("Replacement index " + index + " out of range for positional args tuple");
        }
        return args.get(index);
    }
}
