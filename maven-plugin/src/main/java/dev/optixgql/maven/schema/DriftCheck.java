package dev.optixgql.maven.schema;

import dev.optixgql.maven.schema.OperationUsages.Kind;
import dev.optixgql.maven.schema.OperationUsages.Use;
import dev.optixgql.maven.schema.SchemaChanges.Level;
import graphql.language.OperationDefinition;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The verdict of {@code check-schema}: how the schema moved from the committed snapshot to another
 * one, and what of it the operations reach. Two judges, as graphql-js and graphql-inspector judge
 * the test table in {@code src/test/resources/drift}: validation itself (an operation valid against
 * the committed snapshot and invalid against the new schema is broken, at the error's location),
 * then {@link SchemaChanges} matched to the {@link OperationUsages} index for what validation
 * cannot see (a selected field turned nullable or into a list, a required input field added to an
 * input type a variable carries, an enum value added to an enum an operation reads).
 */
public final class DriftCheck {
  /** The goal's outcome: a reached breaking change fails, a reached dangerous one warns. */
  public enum Verdict {
    FAIL,
    WARN,
    PASS
  }

  /** One schema change and the uses it reaches (empty when no operation reaches it). */
  public record Change(SchemaChanges.Change change, List<Use> affected) {
    public Level level() {
      return change.level();
    }

    public boolean deprecation() {
      return change.category().endsWith("_DEPRECATION_ADDED");
    }
  }

  /** An operation valid against the committed snapshot that the new schema refuses. */
  public record Broken(String operation, String file, int line, int column, String message) {
    public String where() {
      return file + ":" + line + ":" + column;
    }
  }

  /** Everything the goal reports; {@code problems} are operations it could not check. */
  public record Result(List<Change> changes, List<Broken> broken, List<String> problems) {
    public Verdict verdict() {
      if (!broken.isEmpty() || reached(Level.BREAKING)) {
        return Verdict.FAIL;
      }
      return reached(Level.DANGEROUS) ? Verdict.WARN : Verdict.PASS;
    }

    private boolean reached(Level level) {
      return changes.stream().anyMatch(c -> c.level() == level && !c.affected().isEmpty());
    }
  }

  private DriftCheck() {}

  public static Result check(Snapshot committed, Snapshot other, OperationDocuments documents) {
    GraphQLSchema before = committed.toSchema();
    GraphQLSchema after = other.toSchema();
    Validator validator = new Validator();
    List<String> problems = new ArrayList<>(documents.problems());
    List<OperationDefinition> checked = new ArrayList<>();
    List<Broken> broken = new ArrayList<>();
    for (OperationDefinition operation : documents.operations()) {
      String name = OperationDocuments.name(operation);
      List<ValidationError> errors =
          validator.validateDocument(before, documents.document(operation), Locale.ROOT);
      if (!errors.isEmpty()) {
        problems.add(
            where(errors.get(0), operation)
                + ": operation "
                + name
                + " is not valid against the committed snapshot, so it cannot be checked: "
                + worded(errors.get(0).getDescription()));
        continue;
      }
      checked.add(operation);
      for (ValidationError error :
          validator.validateDocument(after, documents.document(operation), Locale.ROOT)) {
        SourceLocation at =
            error.getLocations() == null || error.getLocations().isEmpty()
                ? operation.getSourceLocation()
                : error.getLocations().get(0);
        broken.add(
            new Broken(
                name,
                Locations.file(at),
                Locations.line(at),
                Locations.column(at),
                worded(error.getDescription())));
      }
    }
    OperationUsages usages = OperationUsages.of(documents, checked, before);
    List<Change> changes = new ArrayList<>();
    for (SchemaChanges.Change change : SchemaChanges.between(before, after)) {
      changes.add(new Change(change, affected(change, usages)));
    }
    return new Result(List.copyOf(changes), List.copyOf(broken), List.copyOf(problems));
  }

  /**
   * graphql-java's validation message without its rule prefix ({@code Validation error
   * (FieldUndefined@[a/b]) : }) and with literals printed as written, not as AST dumps ({@code
   * EnumValue{name='X'}}).
   */
  static String worded(String description) {
    return description
        .replaceFirst("^Validation error \\([^)]*\\) ?: ?", "")
        .replaceAll("\\w+Value\\{(?:name|value)='?([^}']*)'?}", "$1");
  }

  private static String where(ValidationError error, OperationDefinition operation) {
    return Locations.of(
        error.getLocations() == null || error.getLocations().isEmpty()
            ? operation.getSourceLocation()
            : error.getLocations().get(0));
  }

  /**
   * The uses a change reaches. Fields and arguments by name; an enum value or union member or
   * interface implementation added by the type being read (returned by a selected field or named by
   * a type condition); an input field by its input type reached through a variable or an argument;
   * an enum value removed by a literal of it or its enum carried by a variable.
   */
  static List<Use> affected(SchemaChanges.Change change, OperationUsages usages) {
    String type = change.type();
    String member = change.member();
    Predicate<Use> hit =
        switch (change.category()) {
          case "FIELD_ARGUMENT_ADDED", "FIELD_ARGUMENT_DEFAULT_CHANGED" -> field(type, member);
          case "FIELD_ARGUMENT_REMOVED", "FIELD_ARGUMENT_TYPE_CHANGED" ->
              u ->
                  u.kind() == Kind.ARGUMENT
                      && u.typeName().equals(type)
                      && member.equals(u.member())
                      && change.argument().equals(u.argument());
          case "ENUM_VALUE_ADDED", "UNION_MEMBER_ADDED", "UNION_MEMBER_REMOVED" -> read(type);
          case "OBJECT_TYPE_INTERFACE_ADDED", "OBJECT_TYPE_INTERFACE_REMOVED" ->
              read(change.related());
          case "ENUM_VALUE_REMOVED" ->
              literal(type, member)
                  .or(u -> u.kind() == Kind.VARIABLE_INPUT_TYPE && u.typeName().equals(type));
          case "ENUM_VALUE_DEPRECATION_ADDED" -> literal(type, member);
          case "INPUT_FIELD_ADDED",
                  "INPUT_FIELD_REMOVED",
                  "INPUT_FIELD_TYPE_CHANGED",
                  "INPUT_FIELD_DEFAULT_VALUE_CHANGED" ->
              u ->
                  (u.kind() == Kind.VARIABLE_INPUT_TYPE || u.kind() == Kind.ARGUMENT_INPUT_TYPE)
                      && u.typeName().equals(type);
          case "DIRECTIVE_REMOVED", "DIRECTIVE_ADDED" -> u -> false; // validation sees uses
          default -> member != null ? field(type, member) : u -> u.typeName().equals(type);
        };
    Set<String> seen = new LinkedHashSet<>();
    List<Use> out = new ArrayList<>();
    for (Use use : usages.uses()) {
      if (hit.test(use) && seen.add(use.operation() + "@" + use.where())) {
        out.add(use);
      }
    }
    return List.copyOf(out);
  }

  private static Predicate<Use> field(String type, String member) {
    return u -> u.kind() == Kind.FIELD && u.typeName().equals(type) && member.equals(u.member());
  }

  private static Predicate<Use> read(String type) {
    return u ->
        (u.kind() == Kind.OUTPUT_TYPE || u.kind() == Kind.TYPE_CONDITION)
            && u.typeName().equals(type);
  }

  private static Predicate<Use> literal(String type, String value) {
    return u ->
        u.kind() == Kind.ENUM_LITERAL && u.typeName().equals(type) && value.equals(u.member());
  }

  /** The report for CI: the verdict, every change with the uses it reaches, broken operations. */
  public static Map<String, Object> report(Result result) {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("verdict", result.verdict().name());
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      long all = result.changes().stream().filter(c -> c.level() == level).count();
      long used =
          result.changes().stream()
              .filter(c -> c.level() == level && !c.affected().isEmpty())
              .count();
      counts.put(
          level.name().toLowerCase(Locale.ROOT), Map.of("all", all, "affectingOperations", used));
    }
    report.put("summary", counts);
    List<Object> invalid = new ArrayList<>();
    for (Broken broken : result.broken()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("operation", broken.operation());
      item.put("file", broken.file());
      item.put("line", broken.line());
      item.put("column", broken.column());
      item.put("message", broken.message());
      invalid.add(item);
    }
    report.put("invalidOperations", invalid);
    List<Object> items = new ArrayList<>();
    for (Change change : result.changes()) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("level", change.level().name());
      item.put("category", change.change().category());
      item.put("type", change.change().type());
      item.put("member", change.change().member());
      item.put("argument", change.change().argument());
      item.put("reason", change.change().message());
      List<Object> uses = new ArrayList<>();
      for (Use use : change.affected()) {
        Map<String, Object> at = new LinkedHashMap<>();
        at.put("operation", use.operation());
        at.put("file", use.file());
        at.put("line", use.line());
        at.put("column", use.column());
        uses.add(at);
      }
      item.put("operations", uses);
      items.add(item);
    }
    report.put("changes", items);
    report.put("problems", result.problems());
    return report;
  }

  public static String reportJson(Result result) {
    return JsonText.write(report(result));
  }
}
