package org.gillab.model.lib;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.gillab.model.object.Ops;
import org.gillab.model.object.PyInt;
import org.gillab.model.object.PyList;
import org.gillab.model.object.PyModule;
import org.gillab.model.object.PyObject;
import org.gillab.model.object.PyStr;
import org.gillab.model.object.ThreadState;

/**
 * The grp module (CPython's Modules/grpmodule.c), written for the model from the library documentation and
 * python3's behaviour, not copied: the groups of /etc/group as struct_group sequences, members as a list.
 */
final class GrpModule {
    private GrpModule() {}

    private static final StructSequence STRUCT_GROUP = new StructSequence("grp.struct_group",
            "gr_name", "gr_passwd", "gr_gid", "gr_mem");

    static PyModule create() {
        return new PyModule("grp", true)
                .add("struct_group", STRUCT_GROUP.type())
                .function("getgrgid", args -> {
                    PyObject argument = args.bind("getgrgid", 1, "id")[0];
                    long gid = AccountFiles.idArgument(argument, "gid");
                    return AccountFiles.first(args.thread(), groups(entry -> Long.valueOf(gid).equals(AccountFiles.id(entry[2]))),
                            GrpModule::group, "getgrgid(): gid not found: " + AccountFiles.shown(gid));
                })
                .function("getgrnam", args -> {
                    PyObject argument = args.bind("getgrnam", 1, "name")[0];
                    String name = AccountFiles.nameArgument(argument, "getgrnam() argument 'name' must be str, not ");
                    return AccountFiles.first(args.thread(), groups(entry -> entry[0].equals(name)), GrpModule::group,
                            "getgrnam(): name not found: " + Ops.repr(args.thread(), argument));
                })
                .function("getgrall", args -> {
                    args.noArgs("grp.getgrall");
                    return AccountFiles.list(args.thread(), groups(entry -> true), GrpModule::group);
                });
    }

    /** The entries of /etc/group that {@code match} accepts, those with a numeric gid only. */
    private static List<String[]> groups(Predicate<String[]> match) {
        return AccountFiles.entries("/etc/group", 4, entry -> AccountFiles.id(entry[2]) != null && match.test(entry));
    }

    private static PyObject group(ThreadState ts, String[] entry) {
        List<PyObject> members = new ArrayList<>();
        if (!entry[3].isEmpty()) {
            for (String member : entry[3].split(",")) {
                members.add(new PyStr(ts, member));
            }
        }
        return STRUCT_GROUP.make(ts, new PyStr(ts, entry[0]), new PyStr(ts, entry[1]),
                PyInt.of(ts, AccountFiles.shown(AccountFiles.id(entry[2]))), new PyList(ts, members));
    }
}
