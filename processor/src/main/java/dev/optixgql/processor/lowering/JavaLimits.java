package dev.optixgql.processor.lowering;

import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.IrVariable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * What a valid operation can still not be in Java: a record's canonical constructor takes at most
 * 255 parameter slots, one of them the record itself, and a {@code double} (a {@code Float!}) takes
 * two. A selection or variable list beyond that would generate code javac refuses.
 */
public final class JavaLimits {
  /** The slots a record's components may take: 255 less one for {@code this}. */
  public static final int RECORD_SLOTS = 254;

  private JavaLimits() {}

  /** A model too large for one record (selected from {@code schemaType}) and its slot count. */
  public record Overflow(String schemaType, String name, int slots) {}

  /** The first model of {@code operation} too large for a record, or {@code null}. */
  public static Overflow firstOverflow(IrOperation operation) {
    int variableSlots = 0;
    for (IrVariable variable : operation.variables()) {
      variableSlots += slots(variable.type());
    }
    if (variableSlots > RECORD_SLOTS) {
      return new Overflow("variables", operation.name(), variableSlots);
    }
    Map<IrModel, Boolean> seen = new IdentityHashMap<>();
    Deque<IrModel> pending = new ArrayDeque<>();
    pending.push(operation.data());
    while (!pending.isEmpty()) {
      IrModel model = pending.pop();
      if (seen.put(model, Boolean.TRUE) != null) {
        continue;
      }
      int slots = 0;
      for (IrField field : model.fields()) {
        slots += slots(field.type());
        IrModel child = field.type().model();
        if (child != null) {
          pending.push(child);
        }
      }
      if (slots > RECORD_SLOTS) {
        return new Overflow(model.schemaType(), model.name(), slots);
      }
      model.variants().forEach(pending::push);
    }
    return null;
  }

  /** Two for a non-null {@code Float} (a {@code double}), one for anything else. */
  private static int slots(IrType type) {
    return type instanceof IrType.NonNull nonNull
            && nonNull.of() instanceof IrType.Scalar scalar
            && !scalar.mapped()
            && scalar.name().equals("Float")
        ? 2
        : 1;
  }
}
