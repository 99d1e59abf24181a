package dev.optixgql.maven.schema;

import graphql.schema.diff.DiffCategory;
import graphql.schema.diff.DiffEvent;
import graphql.schema.diff.DiffLevel;
import graphql.schema.diff.SchemaDiff;
import graphql.schema.diff.SchemaDiffSet;
import graphql.schema.diff.reporting.CapturingReporter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * How a schema moved from the committed snapshot to another one, and what of it the operations use.
 * The classification is graphql-java's {@code SchemaDiff} (breaking, dangerous, info: it walks from
 * the root types as an existing client would); types added off every path from the roots, which it
 * does not visit, are listed as safe additions.
 */
public final class DriftCheck {
  /** How much a change can hurt an operation that uses what changed. */
  public enum Level {
    BREAKING,
    DANGEROUS,
    SAFE
  }

  /** One change, and the uses it affects (empty when no operation uses what changed). */
  public record Change(
      Level level,
      String category,
      String type,
      String field,
      List<String> components,
      String reason,
      List<OperationUsages.Use> affected) {
    public boolean deprecation() {
      return category.equals(DiffCategory.DEPRECATION_ADDED.name());
    }

    public String subject() {
      return field == null ? type : type + "." + field;
    }
  }

  private DriftCheck() {}

  public static List<Change> compare(Snapshot committed, Snapshot other, OperationUsages usages) {
    CapturingReporter reporter = new CapturingReporter();
    new SchemaDiff()
        .diffSchema(
            SchemaDiffSet.diffSetFromIntrospection(
                Map.of("__schema", committed.schema()), Map.of("__schema", other.schema())),
            reporter);
    List<Change> changes = new ArrayList<>();
    Set<String> reportedTypes = new TreeSet<>();
    for (DiffEvent event : reporter.getEvents()) {
      if (event.getCategory() == null) {
        continue; // progress notes ("Examining type …"), not changes
      }
      Level level =
          event.getLevel() == DiffLevel.BREAKING
              ? Level.BREAKING
              : event.getLevel() == DiffLevel.DANGEROUS ? Level.DANGEROUS : Level.SAFE;
      if (event.getFieldName() == null) {
        reportedTypes.add(event.getTypeName());
      }
      changes.add(
          new Change(
              level,
              event.getCategory().name(),
              event.getTypeName(),
              event.getFieldName(),
              List.copyOf(event.getComponents()),
              event.getReasonMsg(),
              affected(
                  event.getTypeName(),
                  event.getFieldName(),
                  event.getTypeKind() == graphql.language.TypeKind.InputObject,
                  usages)));
    }
    Set<String> before = typeNames(committed);
    for (String added : typeNames(other)) {
      if (!before.contains(added) && !reportedTypes.contains(added)) {
        changes.add(
            new Change(
                Level.SAFE,
                DiffCategory.ADDITION.name(),
                added,
                null,
                List.of(),
                "The new schema adds type '" + added + "'",
                List.of()));
      }
    }
    return changes;
  }

  /** The report for CI: every change with the operations it affects. */
  public static Map<String, Object> report(List<Change> changes, List<String> problems) {
    Map<String, Object> report = new LinkedHashMap<>();
    Map<String, Object> counts = new LinkedHashMap<>();
    for (Level level : Level.values()) {
      long all = changes.stream().filter(c -> c.level() == level).count();
      long used =
          changes.stream().filter(c -> c.level() == level && !c.affected().isEmpty()).count();
      counts.put(
          level.name().toLowerCase(java.util.Locale.ROOT),
          Map.of("all", all, "affectingOperations", used));
    }
    report.put("summary", counts);
    List<Object> items = new ArrayList<>();
    for (Change change : changes) {
      Map<String, Object> item = new LinkedHashMap<>();
      item.put("level", change.level().name());
      item.put("category", change.category());
      item.put("type", change.type());
      item.put("field", change.field());
      item.put("reason", change.reason());
      List<Object> uses = new ArrayList<>();
      for (OperationUsages.Use use : change.affected()) {
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
    report.put("problems", problems);
    return report;
  }

  public static String reportJson(List<Change> changes, List<String> problems) {
    return JsonText.write(report(changes, problems));
  }

  /**
   * The uses {@code type.field} affects: selections of the field on the type; for an input type's
   * field, every place the input type is named (variables); for a whole type, every use of it.
   */
  private static List<OperationUsages.Use> affected(
      String type, String field, boolean inputType, OperationUsages usages) {
    Set<String> seen = new LinkedHashSet<>();
    List<OperationUsages.Use> out = new ArrayList<>();
    for (OperationUsages.Use use : usages.uses()) {
      boolean hit =
          use.typeName().equals(type)
              && (field == null || field.equals(use.field()) || (inputType && use.field() == null));
      if (hit && seen.add(use.operation() + "@" + use.where())) {
        out.add(use);
      }
    }
    return out;
  }

  @SuppressWarnings("unchecked")
  private static Set<String> typeNames(Snapshot snapshot) {
    Set<String> names = new TreeSet<>();
    for (Object type : (List<Object>) snapshot.schema().get("types")) {
      names.add(String.valueOf(((Map<String, Object>) type).get("name")));
    }
    return names;
  }
}
