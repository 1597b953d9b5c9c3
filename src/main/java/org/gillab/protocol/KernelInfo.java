package org.gillab.protocol;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The kernel_info_reply content: who we are, the language and where to find help. */
final class KernelInfo {
    static final String IMPLEMENTATION = "gil-lab";

    private KernelInfo() {}

    static Map<String, Object> content() {
        String javaVersion = System.getProperty("java.version");
        int feature = Runtime.version().feature();
        Map<String, Object> language = new LinkedHashMap<>();
        language.put("name", "java");
        language.put("version", javaVersion);
        language.put("mimetype", "text/x-java");
        language.put("file_extension", ".java");
        language.put("pygments_lexer", "java");
        language.put("codemirror_mode", "text/x-java");

        Map<String, Object> content = new LinkedHashMap<>();
        content.put("status", "ok");
        content.put("protocol_version", MessageFactory.PROTOCOL_VERSION);
        content.put("implementation", IMPLEMENTATION);
        content.put("implementation_version", implementationVersion());
        content.put("language_info", language);
        content.put("banner", """
                GIL Lab kernel: Java %s (JShell), running cells in the kernel's JVM.
                Cells hold Java statements, declarations and expressions; the last expression is the result.
                display(x), html(..), markdown(..) show rich output; %%help lists magics and display functions.
                """.formatted(javaVersion));
        content.put("help_links", List.of(
                link("Java " + feature + " API", "https://docs.oracle.com/en/java/javase/" + feature + "/docs/api/"),
                link("JShell guide", "https://docs.oracle.com/en/java/javase/" + feature + "/jshell/introduction-jshell.html"),
                link("Tablesaw", "https://jtablesaw.github.io/tablesaw/")));
        content.put("debugger", false);
        return content;
    }

    private static Map<String, Object> link(String text, String url) {
        return Map.of("text", text, "url", url);
    }

    private static String implementationVersion() {
        String version = KernelInfo.class.getPackage().getImplementationVersion();
        return version == null ? "development" : version;
    }
}
