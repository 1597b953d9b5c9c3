package org.gillab.model.lib;

import java.util.List;
import java.util.function.Predicate;
import org.gillab.model.object.Args;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyErrors;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The pwd module (CPython's Modules/pwdmodule.c), written for the model from the library documentation and
 * python3's behaviour, not copied: the accounts of /etc/passwd as struct_passwd sequences.
 */
final class PwdModule {
    private PwdModule() {}

    private static final StructSequence STRUCT_PASSWD = new StructSequence("pwd.struct_passwd",
            "pw_name", "pw_passwd", "pw_uid", "pw_gid", "pw_gecos", "pw_dir", "pw_shell");

    static PyModule create() {
        return new PyModule("pwd", true)
                .add("struct_passwd", STRUCT_PASSWD.type())
                .function("getpwuid", PwdModule::getpwuid)
                .function("getpwnam", PwdModule::getpwnam)
                .function("getpwall", args -> {
                    args.noArgs("pwd.getpwall");
                    return AccountFiles.list(args.thread(), accounts(entry -> true), PwdModule::passwd);
                });
    }

    /** getpwuid(uid): a number no uid can be is not found, where grp.getgrgid raises OverflowError. */
    private static PyObject getpwuid(Args args) {
        Long uid = AccountFiles.idOrNull(args.oneArg("pwd.getpwuid"), "uid");
        String notFound = "getpwuid(): uid not found";
        if (uid == null) {
            throw PyErrors.keyError(PyStr.constant(notFound));
        }
        return AccountFiles.first(args.thread(), accounts(entry -> uid.equals(AccountFiles.id(entry[2]))),
                PwdModule::passwd, notFound + ": " + AccountFiles.shown(uid));
    }

    private static PyObject getpwnam(Args args) {
        String name = AccountFiles.nameArgument(args.oneArg("pwd.getpwnam"), "getpwnam() argument must be str, not ");
        return AccountFiles.first(args.thread(), accounts(entry -> entry[0].equals(name)), PwdModule::passwd,
                "getpwnam(): name not found: " + Ops.repr(args.thread(), args.get(0)));
    }

    /** The entries of /etc/passwd that {@code match} accepts, those with numeric ids only. */
    private static List<String[]> accounts(Predicate<String[]> match) {
        return AccountFiles.entries("/etc/passwd", 7,
                entry -> AccountFiles.id(entry[2]) != null && AccountFiles.id(entry[3]) != null && match.test(entry));
    }

    private static PyObject passwd(ThreadState ts, String[] entry) {
        return STRUCT_PASSWD.make(ts, new PyStr(ts, entry[0]), new PyStr(ts, entry[1]),
                PyInt.of(ts, AccountFiles.shown(AccountFiles.id(entry[2]))),
                PyInt.of(ts, AccountFiles.shown(AccountFiles.id(entry[3]))), new PyStr(ts, entry[4]),
                new PyStr(ts, entry[5]), new PyStr(ts, entry[6]));
    }
}
