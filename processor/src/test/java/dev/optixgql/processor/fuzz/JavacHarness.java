package dev.optixgql.processor.fuzz;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.optixgql.processor.OptixGqlProcessor;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrVariable;
import dev.optixgql.processor.naming.JavaNames;
import dev.optixgql.processor.naming.JavaTypes;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;

/**
 * Compiles one variant with javac and the real processor, through an interface binding the source's
 * clean operations: javac must not throw, report no {@code [OptixGql/Internal]}, locate every error
 * about GraphQL text as {@code path:line:col:}, and compile what was generated.
 */
final class JavacHarness {
  private static final Pattern ID = Pattern.compile("\\[OptixGql/(\\w+)]");
  private static final Pattern AT_LINE = Pattern.compile("^\\S[^\\n]*:\\d+:\\d+: \\[OptixGql/");
  private static final Pattern AT_FILE = Pattern.compile("^\\S[^\\n]*: \\[OptixGql/");

  private final VariantFiles files;

  JavacHarness(Path projectDir) {
    this.files = new VariantFiles(projectDir);
  }

  /**
   * Compiles {@code contents} with an interface binding {@code operations}, the source's clean
   * operations (so the mutation decides what still binds).
   */
  Outcome run(FuzzSource source, Map<String, String> contents, List<IrOperation> operations) {
    files.write(contents);
    String client = clientSource(source, operations);
    Compilation compilation;
    try {
      compilation =
          javac()
              .withProcessors(new OptixGqlProcessor())
              .withOptions(
                  "-Aoptixgql.graphqlDir=" + files.root(),
                  "-Aoptixgql.projectDir=" + files.projectDir())
              .compile(
                  JavaFileObjects.forSourceString(StageHarness.PACKAGE + ".FuzzClient", client));
    } catch (RuntimeException | Error e) {
      return Outcome.exception("javac", e);
    }
    return classify(compilation);
  }

  static String clientSource(FuzzSource source, List<IrOperation> operations) {
    JavaTypes types = new JavaTypes(StageHarness.PACKAGE, new IdentityHashMap<>());
    StringBuilder out = new StringBuilder();
    out.append("package ").append(StageHarness.PACKAGE).append(";\n\n");
    out.append("@dev.optixgql.runtime.GraphQLClient(schema = \"")
        .append(source.schemaPath())
        .append("\")\npublic interface FuzzClient {\n");
    for (int i = 0; i < operations.size(); i++) {
      IrOperation operation = operations.get(i);
      List<String> parameters = new ArrayList<>();
      for (IrVariable variable : operation.variables()) {
        parameters.add(
            types.plain(variable.type(), false) + " " + JavaNames.member(variable.name()));
      }
      out.append("  @dev.optixgql.runtime.GraphQLOperation(\"")
          .append(operation.name())
          .append("\")\n  ")
          .append(operation.className())
          .append(".Data op")
          .append(i)
          .append('(')
          .append(String.join(", ", parameters))
          .append(");\n");
    }
    return out.append("}\n").toString();
  }

  private static Outcome classify(Compilation compilation) {
    Set<String> ids = new TreeSet<>();
    int fileLevel = 0;
    List<String> javacErrors = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> error : compilation.errors()) {
      String message = error.getMessage(Locale.ROOT);
      Matcher id = ID.matcher(message);
      if (!id.find()) {
        String where = error.getSource() == null ? "" : error.getSource().toUri() + ": ";
        javacErrors.add(where + message);
        continue;
      }
      DiagnosticKind kind = kindOf(id.group(1));
      ids.add(id.group(1));
      if (kind == DiagnosticKind.INTERNAL) {
        return new Outcome(Outcome.Kind.EXCEPTION, ids, "[OptixGql/Internal]: " + message);
      }
      if (kind != null && Outcome.NOT_ABOUT_GRAPHQL_TEXT.contains(kind)) {
        continue;
      }
      boolean located =
          AT_LINE.matcher(message).find()
              || (kind != null
                  && Outcome.SNAPSHOT_LEVEL.contains(kind)
                  && AT_FILE.matcher(message).find());
      if (!located) {
        return new Outcome(Outcome.Kind.UNLOCATED, ids, message);
      }
      fileLevel += AT_LINE.matcher(message).find() ? 0 : 1;
    }
    for (String error : javacErrors) {
      if (error.contains("SOURCE_OUTPUT") || ids.isEmpty()) {
        return new Outcome(
            Outcome.Kind.UNCOMPILABLE,
            ids,
            String.join("\n", javacErrors.subList(0, Math.min(5, javacErrors.size()))));
      }
    }
    boolean failed = compilation.status() == Compilation.Status.FAILURE;
    return new Outcome(failed ? Outcome.Kind.LOCATED : Outcome.Kind.SUCCESS, ids, null, fileLevel);
  }

  private static DiagnosticKind kindOf(String id) {
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      if (kind.id().equals(id)) {
        return kind;
      }
    }
    return null;
  }
}
