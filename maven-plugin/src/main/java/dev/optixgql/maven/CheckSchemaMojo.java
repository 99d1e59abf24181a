package dev.optixgql.maven;

import dev.optixgql.maven.schema.DriftCheck;
import dev.optixgql.maven.schema.OperationUsages;
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
 * {@code optixgql.against}), classifies each change as breaking, dangerous or safe, and names every
 * operation under the GraphQL root a change affects at its {@code file:line:col}. A breaking change
 * that an operation uses fails the goal; dangerous changes and newly deprecated fields that
 * operations use are warnings; the rest is listed. A JSON report is written for CI.
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
    OperationUsages usages;
    try {
      usages = OperationUsages.of(graphqlDir.toPath(), basedir.toPath(), committed.toSchema());
    } catch (IOException e) {
      throw new MojoExecutionException("optixgql: cannot read " + graphqlDir + ": " + e, e);
    }
    List<DriftCheck.Change> changes = DriftCheck.compare(committed, other, usages);
    writeReport(changes, usages.problems());

    List<String> failures = new ArrayList<>();
    int breaking = 0;
    int dangerous = 0;
    int safe = 0;
    for (DriftCheck.Change change : changes) {
      switch (change.level()) {
        case BREAKING -> breaking++;
        case DANGEROUS -> dangerous++;
        default -> safe++;
      }
      if (change.affected().isEmpty()) {
        getLog().info("optixgql: " + describe(change) + " (no operation uses it)");
        continue;
      }
      for (OperationUsages.Use use : change.affected()) {
        String line =
            use.where()
                + ": operation "
                + use.operation()
                + " uses "
                + change.subject()
                + ": "
                + (change.deprecation() ? "newly deprecated: " : "")
                + change.reason()
                + " ["
                + change.level()
                + ", "
                + change.category()
                + "]";
        if (change.level() == DriftCheck.Level.BREAKING) {
          getLog().error(line);
          failures.add(line);
        } else if (change.level() == DriftCheck.Level.DANGEROUS || change.deprecation()) {
          getLog().warn(line);
        } else {
          getLog().info(line);
        }
      }
    }
    for (String problem : usages.problems()) {
      getLog().warn("optixgql: " + problem);
    }
    String summary =
        "optixgql: "
            + breaking
            + " breaking, "
            + dangerous
            + " dangerous, "
            + safe
            + " safe change(s) from "
            + snapshot
            + " to "
            + (against != null ? against : endpointText())
            + "; report: "
            + report;
    getLog().info(summary);
    if (!failures.isEmpty()) {
      throw new MojoFailureException(
          "optixgql: the schema changed under "
              + failures.size()
              + " use(s) in your operations:\n"
              + String.join("\n", failures));
    }
  }

  private static String describe(DriftCheck.Change change) {
    return change.level()
        + " "
        + change.category()
        + " "
        + change.subject()
        + ": "
        + change.reason();
  }

  private void writeReport(List<DriftCheck.Change> changes, List<String> problems)
      throws MojoExecutionException {
    try {
      Path path = report.toPath();
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.writeString(path, DriftCheck.reportJson(changes, problems), StandardCharsets.UTF_8);
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
