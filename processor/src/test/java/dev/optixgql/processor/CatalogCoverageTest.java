package dev.optixgql.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Keeps the catalog table of {@code docs/diagnostics.md} and the catalog ({@link DiagnosticKind})
 * in step: one row per id, in the catalog's order, with its default severity and an example
 * carrying its own tag.
 */
class CatalogCoverageTest {
  private static final Pattern TAG = Pattern.compile("\\[OptixGql/([A-Za-z]+)]");

  /** The table's rows by id: default severity, attached to, example. */
  private static Map<String, List<String>> rows;

  private static String section;

  @BeforeAll
  static void readCatalogPage() throws IOException {
    // Surefire runs in the module directory; docs/ is the reactor's.
    section = Files.readString(Path.of("../docs/diagnostics.md"), StandardCharsets.UTF_8);
    rows = new LinkedHashMap<>();
    for (String line : section.split("\n")) {
      if (!line.startsWith("| `")) {
        continue;
      }
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split(" \\| ")) {
        cells.add(cell.strip());
      }
      String id = cells.get(0).replace("`", "");
      assertNull(rows.put(id, cells.subList(1, cells.size())), () -> "two rows for " + id);
    }
  }

  @Test
  void everyIdHasOneRowInCatalogOrder() {
    List<String> catalog = new ArrayList<>();
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      catalog.add(kind.id());
    }
    assertEquals(catalog, new ArrayList<>(rows.keySet()), "docs/diagnostics.md catalog table ids");
  }

  @Test
  void everyRowStatesTheDefaultSeverity() {
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      List<String> row = rows.get(kind.id());
      assertEquals(3, row.size(), () -> kind.id() + ": " + row);
      assertEquals(
          kind.defaultSeverity().name().toLowerCase(Locale.ROOT),
          row.get(0),
          () -> kind.id() + " default severity");
    }
  }

  @Test
  void everyExampleCarriesItsOwnTag() {
    for (DiagnosticKind kind : DiagnosticKind.values()) {
      String example = rows.get(kind.id()).get(2);
      Matcher tags = TAG.matcher(example);
      int count = 0;
      while (tags.find()) {
        assertEquals(kind.id(), tags.group(1), () -> "example of " + kind.id() + ": " + example);
        count++;
      }
      assertTrue(count > 0, () -> "example of " + kind.id() + " has no tag: " + example);
    }
  }

  @Test
  void explainsOverridesAndSuppression() {
    assertTrue(section.contains("-Aoptixgql.severity.<Id>=error|warning|ignore"), section);
    assertTrue(section.contains("@SuppressWarnings(\"optixgql:deprecation\")"), section);
  }
}
