package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.options.ProcessorOptions;
import dev.optixgql.runtime.OptixClient;
import dev.optixgql.sandbox.OptixSandbox;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps the Markdown pages (README, CONTRIBUTING, BENCHMARKS, CHANGELOG, ARCHITECTURE, docs/) true:
 * fences close, relative links and anchors resolve, Java blocks compile against this build (with
 * the processor run on the pages' own {@code .graphql} blocks), and the configuration tables list
 * exactly what the code reads. The rules for Java blocks are in CONTRIBUTING.md, "The docs are
 * tested".
 */
class DocsTest {
  /** The imports every Java block gets. */
  static final List<String> IMPORTS =
      List.of(
          "dev.optixgql.runtime.*",
          "dev.optixgql.runtime.scalars.*",
          "dev.optixgql.runtime.store.*",
          "dev.optixgql.sandbox.*",
          "dev.optixgql.distributed.*",
          "dev.optixgql.micrometer.*",
          "dev.optixgql.caffeine.*",
          "dev.optixgql.testing.*",
          "org.junit.jupiter.api.extension.ExtendWith",
          "io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics",
          "io.micrometer.core.instrument.MeterRegistry",
          "io.micrometer.observation.ObservationRegistry",
          "java.math.*",
          "java.net.*",
          "java.nio.file.*",
          "java.time.*",
          "java.util.*",
          "java.util.concurrent.*",
          "javax.sql.DataSource");

  private static final Pattern TYPE_DECLARATION =
      Pattern.compile(
          "^(?:@[\\w.]+(?:\\([^)]*\\))?\\s+)*(?:public\\s+)?(?:sealed\\s+|final\\s+|abstract\\s+)*"
              + "(?:interface|class|record|enum)\\s+(\\w+)",
          Pattern.DOTALL);
  private static final Pattern GRAPHQL_FILE =
      Pattern.compile("^# src/main/graphql/(\\S+\\.graphql)\\n");
  private static final Pattern METHOD_MARKER = Pattern.compile("^method\\((.*)\\)$");

  private static Path root;
  private static MarkdownPages pages;

  @BeforeAll
  static void readPages() throws IOException {
    // Surefire runs in the module directory; the pages are the reactor's.
    root = Path.of("").toAbsolutePath().getParent();
    pages = new MarkdownPages(root);
  }

  @Test
  void everyFenceCloses() throws IOException {
    List<String> problems = new ArrayList<>();
    for (Path page : pages.pages) {
      problems.addAll(pages.fenceProblems(page));
    }
    assertEquals(List.of(), problems, "unclosed code fences");
  }

  @Test
  void everyRelativeLinkResolves() throws IOException {
    List<String> problems = new ArrayList<>();
    Map<Path, Set<String>> anchors = new HashMap<>();
    for (Path page : pages.pages) {
      for (MarkdownPages.Link link : pages.relativeLinks(page)) {
        String target = link.target();
        int hash = target.indexOf('#');
        String file = hash < 0 ? target : target.substring(0, hash);
        Path resolved = file.isEmpty() ? page : page.getParent().resolve(file).normalize();
        String where = pages.name(page) + ":" + link.line() + ": " + target;
        if (!Files.exists(resolved)) {
          problems.add(where + ": no file " + root.relativize(resolved));
        } else if (hash >= 0 && resolved.toString().endsWith(".md")) {
          Set<String> known = anchors.get(resolved);
          if (known == null) {
            known = pages.anchors(resolved);
            anchors.put(resolved, known);
          }
          String anchor = target.substring(hash + 1);
          if (!known.contains(anchor)) {
            problems.add(
                where + ": no heading with anchor #" + anchor + " in " + pages.name(resolved));
          }
        }
      }
    }
    assertEquals(List.of(), problems, "dead links");
  }

  @Test
  void everyJavaBlockCompiles(@TempDir Path work) throws IOException {
    Path graphql = work.resolve("src/main/graphql");
    Path optix = Files.createDirectories(graphql.resolve("optix"));
    for (String snapshot : List.of("organization.graphqls", "personal.graphqls")) {
      Files.copy(
          root.resolve("examples/src/main/graphql/optix").resolve(snapshot),
          optix.resolve(snapshot));
    }
    List<JavaFileObject> sources = new ArrayList<>();
    Map<String, String> origins = new HashMap<>();
    int skipped = 0;
    int compiled = 0;
    for (Path page : pages.pages) {
      for (MarkdownPages.Block block : pages.blocks(page)) {
        String where = pages.name(page) + ":" + block.line();
        if (block.language().equals("graphql")) {
          Matcher file = GRAPHQL_FILE.matcher(block.text());
          if (file.find()) {
            Path target = graphql.resolve(file.group(1));
            assertTrue(!Files.exists(target), () -> where + ": a second " + file.group(1));
            Files.writeString(target, block.text(), StandardCharsets.UTF_8);
          }
          continue;
        }
        if (!block.language().equals("java")) {
          continue;
        }
        if (block.marker() != null && block.marker().startsWith("skip")) {
          skipped++;
          continue;
        }
        String className =
            "Snippet_" + pages.name(page).replaceAll("\\W", "_") + "_" + block.line();
        String text = block.text().strip();
        String imports =
            IMPORTS.stream().map(i -> "import " + i + ";").collect(Collectors.joining(" "));
        String source;
        Matcher type = TYPE_DECLARATION.matcher(text);
        if (type.find()) {
          className = type.group(1);
          source = "package docs; " + imports + "\n" + text + "\n";
        } else {
          Matcher method = block.marker() == null ? null : METHOD_MARKER.matcher(block.marker());
          String parameters = method != null && method.matches() ? method.group(1) : "";
          source =
              "package docs; "
                  + imports
                  + "\nclass "
                  + className
                  + " { void run("
                  + parameters
                  + ") throws Exception {\n"
                  + text
                  + "\n}}\n";
        }
        origins.put(className, where);
        sources.add(new Snippet(className, source));
        compiled++;
      }
    }
    List<String> errors = compile(work, graphql, sources, origins);
    assertEquals(List.of(), errors, "Java blocks that do not compile");
    assertTrue(
        skipped * 2 < compiled,
        "most Java blocks must compile: " + skipped + " skipped of " + (skipped + compiled));
  }

  private static List<String> compile(
      Path work, Path graphql, List<JavaFileObject> sources, Map<String, String> origins)
      throws IOException {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    try (StandardJavaFileManager files =
        javac.getStandardFileManager(diagnostics, Locale.ROOT, StandardCharsets.UTF_8)) {
      files.setLocationFromPaths(
          StandardLocation.CLASS_OUTPUT, List.of(Files.createDirectories(work.resolve("classes"))));
      files.setLocationFromPaths(
          StandardLocation.SOURCE_OUTPUT, List.of(Files.createDirectories(work.resolve("gen"))));
      String classPath = System.getProperty("java.class.path");
      List<String> options =
          List.of(
              "-classpath",
              classPath,
              "-processorpath",
              classPath,
              "-processor",
              "dev.optixgql.processor.OptixGqlProcessor",
              "-parameters",
              "-Aoptixgql.graphqlDir=" + graphql,
              "-Aoptixgql.projectDir=" + work,
              "-Aoptixgql.cache=false",
              "-Aoptixgql.testBuilders=true");
      javac.getTask(null, files, diagnostics, options, null, sources).call();
    }
    List<String> errors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : diagnostics.getDiagnostics()) {
      if (d.getKind() != Diagnostic.Kind.ERROR) {
        continue;
      }
      String where = "(build)";
      if (d.getSource() instanceof Snippet snippet) {
        // The first line of every source is the prelude; a wrapped block's second is its method.
        long line =
            d.getLineNumber()
                - (snippet.getCharContent(true).toString().contains(" void run(") ? 2 : 1);
        where = origins.get(snippet.className) + " (block line " + line + ")";
      } else if (d.getSource() != null) {
        where = d.getSource().getName() + ":" + d.getLineNumber();
      }
      errors.add(where + ": " + d.getMessage(Locale.ROOT));
    }
    return errors;
  }

  @Test
  void processorOptionsTableListsEveryOption() throws IOException, IllegalAccessException {
    Set<String> code = new TreeSet<>();
    for (Field field : ProcessorOptions.class.getFields()) {
      if (!Modifier.isStatic(field.getModifiers()) || field.getType() != String.class) {
        continue;
      }
      String name = (String) field.get(null);
      if (name.equals(ProcessorOptions.PREFIX) || name.contains(".internal.")) {
        continue; // the prefix itself, and test-only fault injection
      }
      code.add(name.equals(ProcessorOptions.SEVERITY_PREFIX) ? name + "<Id>" : name);
    }
    assertEquals(code, firstColumn("## Processor options (`-A`)"), "the -A options table");
  }

  @Test
  void builderTableListsEveryMethod() throws IOException {
    assertEquals(
        publicMethods(OptixClient.Builder.class),
        firstColumn("## `OptixClient.Builder`"),
        "the OptixClient.Builder table");
  }

  @Test
  void sandboxTableListsEveryMethodAndOption() throws IOException {
    String heading = "## `OptixSandbox.Builder` and its command line";
    assertEquals(
        publicMethods(OptixSandbox.Builder.class), firstColumn(heading), "the sandbox table");
    Set<String> options = new TreeSet<>();
    Matcher option =
        Pattern.compile("\"(--[a-z-]+)\"")
            .matcher(read("sandbox/src/main/java/dev/optixgql/sandbox/SandboxOptions.java"));
    while (option.find()) {
      options.add(option.group(1));
    }
    Set<String> documented = new TreeSet<>();
    for (List<String> row : pages.table(configuration(), heading)) {
      if (!row.get(1).isEmpty()) {
        documented.add(row.get(1).replace("`", "").split(" ")[0]);
      }
    }
    assertEquals(options, documented, "the sandbox's command-line options");
  }

  @Test
  void pluginTableListsEveryParameterOfEveryGoal() throws IOException {
    Path mojos = root.resolve("maven-plugin/src/main/java/dev/optixgql/maven");
    Map<String, String> sources = new HashMap<>();
    try (Stream<Path> files = Files.list(mojos)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        sources.put(file.getFileName().toString().replace(".java", ""), Files.readString(file));
      }
    }
    Pattern mojo = Pattern.compile("@Mojo\\(\\s*name = \"([a-z-]+)\"");
    Pattern parameter =
        Pattern.compile(
            "@Parameter\\(([^)]*)\\)\\s*(?:private|protected)?\\s*[\\w.<>]+\\s+(\\w+)\\s*[;=]");
    Pattern property = Pattern.compile("property = \"([^\"]+)\"");
    Pattern parent = Pattern.compile("class \\w+ extends (\\w+)");
    Set<String> code = new TreeSet<>();
    for (String source : sources.values()) {
      Matcher goal = mojo.matcher(source);
      if (!goal.find()) {
        continue;
      }
      for (String s = source; s != null; ) {
        Matcher p = parameter.matcher(s);
        while (p.find()) {
          if (p.group(1).contains("readonly = true")) {
            continue;
          }
          Matcher name = property.matcher(p.group(1));
          code.add(goal.group(1) + " " + (name.find() ? name.group(1) : "—") + " " + p.group(2));
        }
        Matcher up = parent.matcher(s);
        s = up.find() ? sources.get(up.group(1)) : null;
      }
    }
    Set<String> documented = new TreeSet<>();
    for (List<String> row : pages.table(configuration(), "## Maven plugin goals")) {
      documented.add(
          row.get(0).replace("`", "")
              + " "
              + row.get(1).replace("`", "")
              + " "
              + row.get(2).replace("`", ""));
    }
    assertEquals(code, documented, "the plugin table's goal, property and parameter columns");
  }

  private static Path configuration() {
    return root.resolve("docs/configuration.md");
  }

  private static String read(String path) throws IOException {
    return Files.readString(root.resolve(path), StandardCharsets.UTF_8);
  }

  /** The first column's backticked entries, several per cell allowed ({@code `a(X)`, `a(Y)`}). */
  private static Set<String> firstColumn(String heading) throws IOException {
    Set<String> entries = new TreeSet<>();
    for (List<String> row : pages.table(configuration(), heading)) {
      Matcher code = Pattern.compile("`([^`]+)`").matcher(row.get(0));
      while (code.find()) {
        entries.add(code.group(1));
      }
    }
    return entries;
  }

  /** {@code name(SimpleType, …)} for each public method a builder offers beyond Object's. */
  private static Set<String> publicMethods(Class<?> type) {
    Set<String> methods = new TreeSet<>();
    for (Method method : type.getMethods()) {
      if (method.getDeclaringClass() == Object.class) {
        continue;
      }
      methods.add(
          method.getName()
              + Arrays.stream(method.getParameterTypes())
                  .map(Class::getSimpleName)
                  .collect(Collectors.joining(", ", "(", ")")));
    }
    return methods;
  }

  /** A Java block as a source file, named by its class so errors lead back to the page. */
  private static final class Snippet extends SimpleJavaFileObject {
    final String className;
    private final String text;

    Snippet(String className, String text) {
      super(URI.create("string:///docs/" + className + ".java"), Kind.SOURCE);
      this.className = className;
      this.text = text;
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return text;
    }
  }
}
