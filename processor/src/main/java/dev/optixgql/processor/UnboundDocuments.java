package dev.optixgql.processor;

import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.validation.OperationDocuments;
import dev.optixgql.processor.validation.OperationValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Stage 3 for what no method binds: operations no interface names are still validated (against each
 * schema in use, reported against the first only when none accepts them), and fragments no
 * operation uses are reported and validated.
 */
final class UnboundDocuments {
  private final Diagnostics diagnostics;

  UnboundDocuments(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Validates the operations no method of {@code clients} binds and the unused fragments. */
  void validate(
      List<ClientDeclaration> clients,
      DocumentIndex documents,
      Map<ClientDeclaration, SchemaSnapshot> snapshots,
      OperationAnalysis analysis) {
    validateUnbound(documents, boundOperations(clients), snapshots, analysis);
    validateUnusedFragments(documents, snapshots);
  }

  private static Set<String> boundOperations(List<ClientDeclaration> clients) {
    Set<String> bound = new HashSet<>();
    for (ClientDeclaration client : clients) {
      client.methods().forEach(method -> bound.add(method.operationName()));
    }
    return bound;
  }

  /**
   * Operations no interface binds are still checked: against each schema in use, and reported
   * (against the first) only when no schema accepts them.
   */
  private void validateUnbound(
      DocumentIndex documents,
      Set<String> bound,
      Map<ClientDeclaration, SchemaSnapshot> snapshots,
      OperationAnalysis analysis) {
    List<SchemaSnapshot> distinct = distinct(snapshots);
    if (distinct.isEmpty()) {
      return;
    }
    for (OperationSource operation : documents.operations().values()) {
      if (bound.contains(operation.name())) {
        continue;
      }
      boolean accepted = false;
      for (SchemaSnapshot snapshot : distinct) {
        if (analysis.accepts(operation, snapshot)) {
          accepted = true;
          break;
        }
      }
      if (!accepted && distinct.get(0).schema() != null) {
        new OperationValidator(diagnostics).validate(operation, documents, distinct.get(0), null);
      }
    }
  }

  /**
   * A fragment no operation uses is an error (spec §5.5.1.4: a document's fragments must be used),
   * and it is still validated, against each schema in use, like an unbound operation.
   */
  private void validateUnusedFragments(
      DocumentIndex documents, Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    Set<String> used = new HashSet<>();
    for (OperationSource operation : documents.operations().values()) {
      for (FragmentSource fragment : OperationDocuments.fragmentsOf(operation, documents)) {
        used.add(fragment.name());
      }
    }
    List<SchemaSnapshot> distinct = distinct(snapshots);
    for (FragmentSource fragment : documents.fragments().values()) {
      if (used.contains(fragment.name())) {
        continue;
      }
      diagnostics.report(
          DiagnosticKind.UNUSED_FRAGMENT,
          fragment.location(),
          null,
          "Fragment '"
              + fragment.name()
              + "' is not used by any operation (spec §5.5.1.4): spread it with ..."
              + fragment.name()
              + " where it is needed, or delete it.");
      boolean accepted = false;
      for (SchemaSnapshot snapshot : distinct) {
        if (snapshot.schema() != null
            && new OperationValidator(new Diagnostics()).validate(fragment, documents, snapshot)) {
          accepted = true;
          break;
        }
      }
      if (!accepted && !distinct.isEmpty() && distinct.get(0).schema() != null) {
        new OperationValidator(diagnostics).validate(fragment, documents, distinct.get(0));
      }
    }
  }

  static List<SchemaSnapshot> distinct(Map<ClientDeclaration, SchemaSnapshot> snapshots) {
    List<SchemaSnapshot> distinct = new ArrayList<>();
    Set<Path> seen = new HashSet<>();
    for (SchemaSnapshot snapshot : snapshots.values()) {
      if (seen.add(snapshot.file())) {
        distinct.add(snapshot);
      }
    }
    return distinct;
  }
}
