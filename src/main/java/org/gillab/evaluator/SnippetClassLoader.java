package org.gillab.evaluator;

import java.net.URL;
import java.net.URLClassLoader;
import java.security.CodeSource;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Loads the classes JShell compiles from cells, for every generation of the cells' JShell
 * ({@link ShellGenerations}): one loader and so one runtime package REPL, in which the classes a later
 * generation compiles may use the package-private wrapper classes of an earlier one. Classes are
 * declared with their bytes and defined when first loaded, since they refer to each other (as in
 * JShell's own loader). The jars {@code %classpath} adds are searched after the JVM's class path.
 */
final class SnippetClassLoader extends URLClassLoader {
    private final Map<String, byte[]> declared = new ConcurrentHashMap<>();

    SnippetClassLoader() {
        super(new URL[0], ClassLoader.getSystemClassLoader());
    }

    /** Declares a class to define when it is first loaded; a class already defined keeps its definition. */
    void declare(String name, byte[] classFile) {
        if (findLoadedClass(name) == null) {
            declared.putIfAbsent(name, classFile);
        }
    }

    @Override
    protected Class<?> findClass(String name) throws ClassNotFoundException {
        byte[] classFile = declared.remove(name);
        if (classFile == null) {
            return super.findClass(name);
        }
        return defineClass(name, classFile, 0, classFile.length, (CodeSource) null);
    }

    @Override
    public void addURL(URL url) {
        super.addURL(url);
    }
}
