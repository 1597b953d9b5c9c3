package org.gillab.evaluator;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;

/**
 * The classes of earlier generations whose declarations a later generation of the cells' JShell imports
 * ({@link ShellGenerations}), as its compiler reads them: class files in package REPL, found beside the
 * classes JShell compiles itself. JShell checks an import snippet in a compilation unit of its own,
 * outside package REPL, where its package-private wrapper classes could not be imported: the compiler
 * is shown them public. They are loaded as they were compiled, in the one runtime package REPL.
 */
final class CarriedClassFiles {
    private static final String PACKAGE = "REPL";

    /** A carried class file in memory, which knows its class's name. */
    private static final class CarriedFile extends SimpleJavaFileObject {
        private final String binaryName;
        private final byte[] classFile;

        CarriedFile(String binaryName, byte[] classFile) {
            super(URI.create("carried:///" + binaryName.replace('.', '/') + ".class"), Kind.CLASS);
            this.binaryName = binaryName;
            this.classFile = classFile;
        }

        @Override
        public InputStream openInputStream() {
            return new ByteArrayInputStream(classFile);
        }
    }

    private final Map<String, CarriedFile> filesByName = new ConcurrentHashMap<>();

    /** Adds the class {@code name} (binary name) with its loaded class file. */
    void add(String name, byte[] classFile) {
        filesByName.put(name, new CarriedFile(name, ClassFiles.publicClass(classFile)));
    }

    boolean isEmpty() {
        return filesByName.isEmpty();
    }

    /**
     * {@code fileManager}, which also lists the carried classes in package REPL of the class path. A
     * proxy: JShell takes a StandardJavaFileManager, an interface of 20-odd methods of which two change.
     */
    StandardJavaFileManager over(StandardJavaFileManager fileManager) {
        return (StandardJavaFileManager) Proxy.newProxyInstance(CarriedClassFiles.class.getClassLoader(),
                new Class<?>[] {StandardJavaFileManager.class}, (proxy, method, arguments) -> switch (method.getName()) {
                    case "list" -> list(fileManager, method, arguments);
                    case "inferBinaryName" -> inferBinaryName(fileManager, method, arguments);
                    default -> forward(fileManager, method, arguments);
                });
    }

    private Object list(StandardJavaFileManager fileManager, Method method, Object[] arguments) throws Throwable {
        @SuppressWarnings("unchecked")
        Iterable<JavaFileObject> listed = (Iterable<JavaFileObject>) forward(fileManager, method, arguments);
        boolean classesOfRepl = arguments[0] == StandardLocation.CLASS_PATH && PACKAGE.equals(arguments[1])
                && ((Set<?>) arguments[2]).contains(JavaFileObject.Kind.CLASS);
        if (!classesOfRepl) {
            return listed;
        }
        List<JavaFileObject> files = new ArrayList<>(filesByName.values());
        listed.forEach(files::add);
        return files;
    }

    private Object inferBinaryName(StandardJavaFileManager fileManager, Method method, Object[] arguments) throws Throwable {
        return arguments[1] instanceof CarriedFile carried ? carried.binaryName : forward(fileManager, method, arguments);
    }

    private static Object forward(StandardJavaFileManager fileManager, Method method, Object[] arguments) throws Throwable {
        try {
            return method.invoke(fileManager, arguments);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
