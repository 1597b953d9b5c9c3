package org.gillab.evaluator;

import java.io.File;
import java.net.MalformedURLException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import jdk.jshell.execution.LoaderDelegate;
import jdk.jshell.spi.ExecutionControl.ClassBytecodes;
import jdk.jshell.spi.ExecutionControl.ClassInstallException;
import jdk.jshell.spi.ExecutionControl.InternalException;

/**
 * How one generation of the cells' JShell loads its classes: renamed for the generation
 * ({@link GenerationNames}) into the loader all generations share. It keeps the class files it loaded,
 * which the next generation's compiler reads for the declarations it carries over, and the class path
 * entries {@code %classpath} added, which the next generation adds again.
 */
final class GenerationLoader implements LoaderDelegate {
    private final SnippetClassLoader loader;
    private final GenerationNames names;
    private final Map<String, Class<?>> classesByJShellName = new ConcurrentHashMap<>();
    private final Map<String, byte[]> classFilesByName = new ConcurrentHashMap<>();
    private final List<String> addedClassPath = new CopyOnWriteArrayList<>();

    GenerationLoader(SnippetClassLoader loader, GenerationNames names) {
        this.loader = loader;
        this.names = names;
    }

    GenerationNames names() {
        return names;
    }

    @Override
    public void load(ClassBytecodes[] classes) throws ClassInstallException {
        boolean[] installed = new boolean[classes.length];
        try {
            for (ClassBytecodes c : classes) {
                byte[] classFile = names.remap(c.bytecodes());
                String name = names.runtime(c.name());
                classFilesByName.put(name, classFile);
                loader.declare(name, classFile);
            }
            for (int i = 0; i < classes.length; i++) {
                Class<?> loaded = loader.loadClass(names.runtime(classes[i].name()));
                classesByJShellName.put(classes[i].name(), loaded);
                installed[i] = true;
                loaded.getDeclaredMethods();  // linked, as JShell's own loader leaves them
            }
        } catch (ClassNotFoundException | LinkageError e) {
            throw new ClassInstallException("load: " + e, installed);
        }
    }

    /** Not called: the local execution engine cannot redefine classes, so JShell loads changed ones under new names. */
    @Override
    public void classesRedefined(ClassBytecodes[] classes) {
    }

    @Override
    public void addToClasspath(String path) throws InternalException {
        try {
            for (String entry : path.split(File.pathSeparator)) {
                loader.addURL(new File(entry).toURI().toURL());
                addedClassPath.add(entry);
            }
        } catch (MalformedURLException e) {
            throw new InternalException("cannot add " + path + " to the class path: " + e.getMessage());
        }
    }

    @Override
    public Class<?> findClass(String jshellName) throws ClassNotFoundException {
        Class<?> loaded = classesByJShellName.get(jshellName);
        if (loaded == null) {
            throw new ClassNotFoundException(jshellName + " was not loaded");
        }
        return loaded;
    }

    /** The class file loaded under {@code name} in this generation, renamed; null when there is none. */
    byte[] classFile(String name) {
        return classFilesByName.get(name);
    }

    /** The names of the classes loaded in this generation. */
    Set<String> loadedNames() {
        return classFilesByName.keySet();
    }

    /** How many classes this generation loaded: its JShell's state grows with them. */
    int loadedClasses() {
        return classFilesByName.size();
    }

    /** The class path entries added with {@code %classpath} in this generation, in order. */
    List<String> addedClassPath() {
        return List.copyOf(addedClassPath);
    }
}
