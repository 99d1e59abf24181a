package dev.optixgql.processor.cache;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.GraphQLLocation;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.LoweredOperation;
import dev.optixgql.processor.ir.UsedTypes;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * What the cache keeps of one validated, lowered operation: the result, and the warnings computing
 * it reported, to be reported again when it is read back (where they go is kept as a role, since
 * the Java elements belong to one compilation).
 */
public record LoweringEntry(LoweredOperation lowered, List<Warning> warnings) {
  private static final int FORMAT = 1;

  public LoweringEntry {
    warnings = List.copyOf(warnings);
  }

  /** The Java site a warning was reported at, by role. */
  public enum Site {
    NONE,
    /** The method's {@code @GraphQLOperation} value. */
    OPERATION,
    /** The interface's {@code schema} value. */
    SCHEMA
  }

  /** A diagnostic to report again. */
  public record Warning(DiagnosticKind kind, GraphQLLocation location, Site site, String message) {}

  public byte[] encode() {
    CacheCodec.Writer out = new CacheCodec.Writer().integer(FORMAT);
    out.integer(warnings.size());
    for (Warning warning : warnings) {
      out.string(warning.kind().name()).bool(warning.location() != null);
      if (warning.location() != null) {
        GraphQLLocation at = warning.location();
        out.string(at.path()).integer(at.line()).integer(at.column());
      }
      out.string(warning.site().name()).string(warning.message());
    }
    out.operation(lowered.operation());
    out.strings(lowered.used().enums()).strings(lowered.used().inputObjects());
    out.integer(lowered.enums().size());
    lowered.enums().forEach(out::enumType);
    out.integer(lowered.inputObjects().size());
    lowered.inputObjects().forEach(out::inputObject);
    return out.toByteArray();
  }

  /** Reads an entry back; {@code null} when the bytes are not one (truncated, another format). */
  public static LoweringEntry decode(byte[] bytes) {
    try {
      CacheCodec.Reader in = new CacheCodec.Reader(bytes);
      if (in.integer() != FORMAT) {
        return null;
      }
      int warningCount = in.count();
      List<Warning> warnings = new ArrayList<>(warningCount);
      for (int i = 0; i < warningCount; i++) {
        DiagnosticKind kind = DiagnosticKind.valueOf(in.string());
        GraphQLLocation location =
            in.bool() ? new GraphQLLocation(in.string(), in.integer(), in.integer()) : null;
        warnings.add(new Warning(kind, location, Site.valueOf(in.string()), in.string()));
      }
      IrOperation operation = in.operation();
      UsedTypes used = new UsedTypes(new TreeSet<>(in.strings()), new TreeSet<>(in.strings()));
      int enumCount = in.count();
      List<IrEnum> enums = new ArrayList<>(enumCount);
      for (int i = 0; i < enumCount; i++) {
        enums.add(in.enumType());
      }
      int inputCount = in.count();
      List<IrInputObject> inputs = new ArrayList<>(inputCount);
      for (int i = 0; i < inputCount; i++) {
        inputs.add(in.inputObject());
      }
      if (!in.atEnd()) {
        return null;
      }
      return new LoweringEntry(new LoweredOperation(operation, used, enums, inputs), warnings);
    } catch (IOException | IllegalArgumentException | NullPointerException e) {
      return null;
    }
  }
}
