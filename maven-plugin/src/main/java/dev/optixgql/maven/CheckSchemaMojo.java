package dev.optixgql.maven;

import dev.optixgql.maven.schema.DriftCheck;
import dev.optixgql.maven.schema.OperationDocuments;
import dev.optixgql.maven.schema.OperationUsages;
import dev.optixgql.maven.schema.SchemaChanges;
import dev.optixgql.maven.schema.Snapshot;
import dev.optixgql.maven.schema.SnapshotException;
import dev.optixgql.maven.schema.SnapshotFiles;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Schema drift: compares the committed snapshot with the live endpoint (or another snapshot file,
 * {@code optixgql.against}) and names every operation under the GraphQL root a change reaches, at
 * its {@code file:line:col} ({@link DriftCheck}). An operation the new schema no longer validates,
 * or a reached breaking change, fails the goal; reached dangerous changes and newly deprecated
 * elements an operation uses are warnings; the rest is listed. A JSON report is written for CI.
 */
@Mojo(name = "check-schema", requiresProject = false, threadSafe = true)
public final class CheckSchemaMojo extends AbstractLiveSchemaMojo {
  /** The committed snapshot the operations were written against. */
  @Parameter(property = "optixgql.snapshot", required = true)
  private File snapshot;

  /** A snapshot file to compare with; without it the live endpoint is introspected. */
  @Parameter(property = "optixgql.against")
  private File against;

  /** The GraphQL root: every {@code .graphql} file under it is checked. */
  @Parameter(property = "optixgql.graphqlDir", defaultValue = "${basedir}/src/main/graphql")
  private File graphqlDir;

  /** Where the JSON report goes. */
  @Parameter(
      property = "optixgql.report",
      defaultValue = "${basedir}/target/optixgql/schema-check.json")
  private File report;

  @Parameter(defaultValue = "${basedir}", readonly = true)
  private File basedir;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    Snapshot committed = read(snapshot);
    Snapshot other = against != null ? read(against) : introspect(null, false, null);
    OperationDocuments documents;
    try {
      documents = OperationDocuments.read(graphqlDir.toPath(), basedir.toPath());
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot read " + graphqlDir + ": " + e, e);
    }
    DriftCheck.Result result = DriftCheck.check(committed, other, documents);
    writeReport(result);

    List<String> failures = new ArrayList<>();
    for (DriftCheck.Broken broken : result.broken()) {
      String line =
          broken.where()
              + ": operation "
              + broken.operation()
              + " is invalid against the new schema: "
              + broken.message();
      getLog().error(line);
      failures.add(line);
    }
    int[] counts = new int[SchemaChanges.Level.values().length];
    for (DriftCheck.Change change : result.changes()) {
      counts[change.level().ordinal()]++;
      logChange(change, failures);
    }
    for (String problem : result.problems()) {
      getLog().warn("optixgql: " + problem);
    }
    getLog().info(summary(result, counts, documents.operations().size()));
    if (!failures.isEmpty()) {
      throw new MojoFailureException(
          "optixgql: the schema changed under "
              + failures.size()
              + " use(s) in your operations:\n"
              + String.join("\n", failures));
    }
  }

  /** One schema change: a line per use it reaches (a breaking one a failure), or one info line. */
  private void logChange(DriftCheck.Change change, List<String> failures) {
    SchemaChanges.Change what = change.change();
    if (change.affected().isEmpty()) {
      getLog()
          .info(
              "optixgql: "
                  + change.level()
                  + " "
                  + what.category()
                  + " "
                  + what.subject()
                  + ": "
                  + what.message()
                  + " (no operation reaches it)");
      return;
    }
    for (OperationUsages.Use use : change.affected()) {
      String line =
          use.where()
              + ": operation "
              + use.operation()
              + " uses "
              + use.subject()
              + ": "
              + (change.deprecation() ? "newly deprecated: " : "")
              + what.message()
              + " ["
              + change.level()
              + ", "
              + what.category()
              + "]";
      if (change.level() == SchemaChanges.Level.BREAKING) {
        getLog().error(line);
        failures.add(line);
      } else if (change.level() == SchemaChanges.Level.DANGEROUS || change.deprecation()) {
        getLog().warn(line);
      } else {
        getLog().info(line);
      }
    }
  }

  /** The closing line: the verdict, the changes by level, what was checked, where the report is. */
  private String summary(DriftCheck.Result result, int[] counts, int operations) {
    return "optixgql: "
        + result.verdict()
        + ": "
        + counts[SchemaChanges.Level.BREAKING.ordinal()]
        + " breaking, "
        + counts[SchemaChanges.Level.DANGEROUS.ordinal()]
        + " dangerous, "
        + counts[SchemaChanges.Level.SAFE.ordinal()]
        + " safe change(s) from "
        + snapshot
        + " to "
        + (against != null ? against : endpointText())
        + "; "
        + operations
        + " operation(s) checked, "
        + result.broken().size()
        + " invalid against the new schema; report: "
        + report;
  }

  private void writeReport(DriftCheck.Result result) throws MojoExecutionException {
    try {
      Path path = report.toPath();
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, DriftCheck.reportJson(result), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot write " + report + ": " + e, e);
    }
  }

  private static Snapshot read(File file) throws MojoFailureException, MojoExecutionException {
    try {
      return SnapshotFiles.read(file.toPath());
    } catch (SnapshotException e) {
      throw new MojoFailureException("optixgql: cannot read " + file + ": " + e.getMessage());
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot read " + file + ": " + e, e);
    }
  }
}
