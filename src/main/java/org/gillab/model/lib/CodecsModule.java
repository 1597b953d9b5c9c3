package org.gillab.model.lib;

import org.gillab.model.object.Args;
import org.gillab.model.object.Codecs;
import org.gillab.model.object.PyBool;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.vm.InterpreterState;

/**
 * The _codecs module (Modules/_codecsmodule.c), as far as the model needs one: the codec registry itself
 * is the model's codecs.py. encode and decode are the registry's (pickle's protocols 0 to 2 rebuild bytes
 * with _codecs.encode); coded_here, the model's own, tells codecs.py which text encodings str.encode codes
 * in Java, so that the registry's lookup finds them without going through str.encode, which asks the
 * registry for any other.
 */
final class CodecsModule {
    private CodecsModule() {}

    static PyModule create(InterpreterState interp) {
        return new PyModule("_codecs", true)
                .function("encode", args -> registry(interp, args, "encode"))
                .function("decode", args -> registry(interp, args, "decode"))
                .function("coded_here", args -> {
                    args.expectPositional("coded_here", 1, 1);
                    if (!(args.get(0) instanceof PyStr name)) {
                        throw PyErrors.badArgument("coded_here() argument", "str", args.get(0));
                    }
                    return PyBool.of(Codecs.codedHere(name.value));
                });
    }

    private static PyObject registry(InterpreterState interp, Args args, String function) {
        PyObject codecsFunction = interp.importModule(args.thread(), "codecs").dict().get(function);
        return args.thread().invoker().call(args.thread(), codecsFunction, args);
    }
}
