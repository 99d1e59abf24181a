package dev.optixgql.maven.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * check-schema's verdict on single-change edits of the real Optix schema agrees with judges nobody
 * here wrote: {@code src/test/judge/judge.mjs} ran graphql-js validation and graphql-inspector's
 * diff over the same edits ({@code edits.json}) and operations ({@code drift/graphql}, 14 of them,
 * with required variables, {@code @include}/{@code @skip}, fragments across files, unions and
 * interfaces) and recorded {@code judged.tsv}. Every operation must be read: none is skipped.
 */
class DriftTableTest {
  private static final Path DRIFT = Path.of("src/test/resources/drift");

  private static String sdl;
  private static Snapshot committed;
  private static OperationDocuments documents;

  @BeforeAll
  static void readInputs() throws IOException {
    String shared = System.getProperty("optixgql.shared");
    assumeTrue(shared != null && !shared.isBlank(), "optixgql.shared is not set");
    Path schema = Path.of(shared, "optix", "schema.full.graphql");
    assumeTrue(Files.isRegularFile(schema), "the real Optix schema is not in " + shared);
    sdl = Files.readString(schema, StandardCharsets.UTF_8);
    committed = Snapshot.ofSdl(sdl, Snapshot.Provenance.NONE);
    documents = OperationDocuments.read(DRIFT.resolve("graphql"), DRIFT.toAbsolutePath());
  }

  @Test
  void everyOperationIsReadAgainstTheUnchangedSchema() {
    DriftCheck.Result same = DriftCheck.check(committed, committed, documents);
    assertEquals(14, documents.operations().size());
    assertEquals(List.of(), same.problems(), "no operation is skipped");
    assertEquals(List.of(), same.broken());
    assertEquals(List.of(), same.changes());
    assertEquals(DriftCheck.Verdict.PASS, same.verdict());
  }

  @Test
  @SuppressWarnings("unchecked")
  void everyVerdictAgreesWithGraphqlJsAndGraphqlInspector() throws IOException {
    Map<String, String> judged = judged();
    List<Object> edits =
        (List<Object>)
            JsonText.readObject(Files.readString(DRIFT.resolve("edits.json"))).get("edits");
    assertEquals(judged.keySet().size(), edits.size(), "judged.tsv is stale: run judge.mjs");
    List<String> disagreements = new ArrayList<>();
    StringBuilder table = new StringBuilder();
    for (Object item : edits) {
      Map<String, Object> edit = (Map<String, Object>) item;
      String id = (String) edit.get("id");
      Snapshot changed =
          Snapshot.ofSdl(
              SdlEdits.apply(sdl, (List<Object>) edit.get("steps")), Snapshot.Provenance.NONE);
      DriftCheck.Result result = DriftCheck.check(committed, changed, documents);
      assertEquals(List.of(), result.problems(), id + ": no operation is skipped");
      String verdict = result.verdict().name();
      table.append(String.format("%-38s %-4s judged %s%n", id, verdict, judged.get(id)));
      if (!verdict.equals(judged.get(id))) {
        disagreements.add(id + ": " + verdict + ", judged " + judged.get(id) + " " + why(result));
      }
    }
    assertEquals(List.of(), disagreements, table.toString());
  }

  private static String why(DriftCheck.Result result) {
    List<String> reasons = new ArrayList<>();
    result.broken().forEach(b -> reasons.add(b.where() + " " + b.message()));
    for (DriftCheck.Change change : result.changes()) {
      reasons.add(
          change.level()
              + " "
              + change.change().category()
              + " "
              + change.change().subject()
              + " reached "
              + change.affected().size());
    }
    return reasons.toString();
  }

  private static Map<String, String> judged() throws IOException {
    Map<String, String> verdicts = new LinkedHashMap<>();
    for (String line : Files.readAllLines(DRIFT.resolve("judged.tsv"))) {
      if (!line.startsWith("#") && !line.isBlank()) {
        String[] cells = line.split("\t");
        verdicts.put(cells[0], cells[1]);
      }
    }
    return verdicts;
  }
}
