package dev.optixgql.processor;

import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.cache.LoweringEntry;
import dev.optixgql.processor.diagnostic.Diagnostic;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.LoweredOperation;
import dev.optixgql.processor.ir.ScalarMapping;
import dev.optixgql.processor.ir.UsedTypes;
import dev.optixgql.processor.lowering.JavaLimits;
import dev.optixgql.processor.lowering.OperationLowering;
import dev.optixgql.processor.lowering.ScalarTypes;
import dev.optixgql.processor.lowering.SchemaTypeLowering;
import dev.optixgql.processor.options.ProcessorOptions;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.validation.OperationDocuments;
import dev.optixgql.processor.validation.OperationValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stages 3 and 4 for one operation against one snapshot, through the cache: an operation whose
 * inputs (its file and the files of the fragments it reaches, the snapshot's content, the scalar
 * mappings, the types package, the severity options, this processor build) were validated and
 * lowered cleanly by an earlier compilation is read back with its warnings, and the schema is not
 * needed for it. Only clean results are kept: an operation with errors is computed every time, so
 * its errors are always reported fresh.
 */
final class OperationAnalysis {
  private final Diagnostics diagnostics;
  private final BuildCache cache;
  private final DocumentIndex documents;
  private final Map<String, String> severities;
  private int computed;
  private int fromCache;

  OperationAnalysis(
      Diagnostics diagnostics,
      BuildCache cache,
      DocumentIndex documents,
      ProcessorOptions options) {
    this.diagnostics = diagnostics;
    this.cache = cache;
    this.documents = documents;
    this.severities = options.severityOptions();
  }

  /** One client's view of a snapshot: what lowering depends on besides the operation. */
  record View(
      SchemaSnapshot snapshot,
      Map<String, ScalarMapping> mappings,
      ScalarTypes scalars,
      String typesPackage,
      JavaSite schemaSite) {}

  /** The operation validated and lowered, or {@code null} when it has errors (reported). */
  LoweredOperation lower(OperationSource operation, View view, JavaSite operationSite) {
    if (!cache.enabled()) {
      computed++;
      return compute(operation, view, operationSite);
    }
    CacheKey key =
        sources(CacheKey.of("lowering"), operation)
            .add(view.snapshot().digest())
            .add(view.typesPackage())
            .add(view.mappings(), mapping -> mapping.javaType() + " " + mapping.adapter());
    byte[] bytes = cache.get(key);
    LoweringEntry entry = bytes == null ? null : LoweringEntry.decode(bytes);
    if (entry != null) {
      fromCache++;
      for (LoweringEntry.Warning warning : entry.warnings()) {
        JavaSite site =
            switch (warning.site()) {
              case OPERATION -> operationSite;
              case SCHEMA -> view.schemaSite();
              case NONE -> null;
            };
        diagnostics.report(warning.kind(), warning.location(), site, warning.message());
      }
      return entry.lowered();
    }
    computed++;
    int mark = diagnostics.mark();
    LoweredOperation lowered = compute(operation, view, operationSite);
    if (lowered != null) {
      List<LoweringEntry.Warning> warnings = replayable(mark, operationSite, view.schemaSite());
      if (warnings != null) {
        cache.put(key, new LoweringEntry(lowered, warnings).encode());
      }
    }
    return lowered;
  }

  /**
   * Whether {@code operation}, which no interface binds, is valid against {@code snapshot}, with
   * nothing reported: remembered in the cache when it is.
   */
  boolean accepts(OperationSource operation, SchemaSnapshot snapshot) {
    CacheKey key =
        cache.enabled() ? sources(CacheKey.of("accepts"), operation).add(snapshot.digest()) : null;
    if (cache.get(key) != null) {
      return true;
    }
    if (snapshot.schema() == null) {
      return false;
    }
    boolean accepted =
        new OperationValidator(new Diagnostics()).validate(operation, documents, snapshot, null);
    if (accepted) {
      cache.put(key, new byte[] {1});
    }
    return accepted;
  }

  int computed() {
    return computed;
  }

  int fromCache() {
    return fromCache;
  }

  /** The key's parts every entry about an operation shares: its text and its fragments'. */
  private CacheKey sources(CacheKey key, OperationSource operation) {
    key.add(severities, value -> value);
    key.add(operation.name()).add(operation.file().displayPath()).add(operation.file().digest());
    List<FragmentSource> fragments = OperationDocuments.fragmentsOf(operation, documents);
    key.add(fragments.size());
    for (FragmentSource fragment : fragments) {
      key.add(fragment.name()).add(fragment.file().displayPath()).add(fragment.file().digest());
    }
    return key;
  }

  private LoweredOperation compute(OperationSource operation, View view, JavaSite site) {
    SchemaSnapshot snapshot = view.snapshot();
    if (snapshot.schema() == null) {
      return null; // the snapshot's problem is reported
    }
    if (!new OperationValidator(diagnostics).validate(operation, documents, snapshot, site)) {
      return null;
    }
    UsedTypes used = UsedTypes.empty();
    IrOperation ir =
        new OperationLowering(diagnostics)
            .lower(operation, documents, snapshot, site, used, view.scalars(), view.typesPackage());
    if (ir == null) {
      return null;
    }
    JavaLimits.Overflow overflow = JavaLimits.firstOverflow(ir);
    if (overflow != null) {
      reportTooLargeForJava(operation, site, overflow);
      return null;
    }
    List<IrEnum> enums = new ArrayList<>();
    for (String name : used.enums()) {
      enums.add(SchemaTypeLowering.enumOf(snapshot.schema(), name));
    }
    List<IrInputObject> inputs = new ArrayList<>();
    for (String name : used.inputObjects()) {
      inputs.add(SchemaTypeLowering.inputObjectOf(snapshot.schema(), name, view.scalars()));
    }
    return new LoweredOperation(ir, used, enums, inputs);
  }

  /**
   * What was reported since {@code mark}, as warnings to report again, or {@code null} if one of
   * them cannot be (an error, or a site other than the operation's or the schema's).
   */
  private List<LoweringEntry.Warning> replayable(
      int mark, JavaSite operationSite, JavaSite schemaSite) {
    List<LoweringEntry.Warning> out = new ArrayList<>();
    for (Diagnostic d : diagnostics.since(mark)) {
      LoweringEntry.Site role;
      if (d.severity() == javax.tools.Diagnostic.Kind.ERROR) {
        return null;
      } else if (d.element() == null) {
        role = LoweringEntry.Site.NONE;
      } else if (at(d, operationSite)) {
        role = LoweringEntry.Site.OPERATION;
      } else if (at(d, schemaSite)) {
        role = LoweringEntry.Site.SCHEMA;
      } else {
        return null;
      }
      out.add(new LoweringEntry.Warning(d.kind(), d.location(), role, d.message()));
    }
    return out;
  }

  private static boolean at(Diagnostic d, JavaSite site) {
    return site != null
        && d.element() == site.element()
        && d.annotation() == site.annotation()
        && d.annotationValue() == site.value();
  }

  private void reportTooLargeForJava(
      OperationSource operation, JavaSite site, JavaLimits.Overflow overflow) {
    diagnostics.report(
        DiagnosticKind.INVALID_OPERATION,
        operation.location(),
        site,
        "'"
            + operation.name()
            + "' is valid GraphQL but too large for Java: its "
            + (overflow.schemaType().equals("variables")
                ? "variables take "
                : "selection on '" + overflow.schemaType() + "' (" + overflow.name() + ") takes ")
            + overflow.slots()
            + " parameter slots, and a record holds at most "
            + JavaLimits.RECORD_SLOTS
            + " (a Float! takes two). Split it into two operations.");
  }
}
