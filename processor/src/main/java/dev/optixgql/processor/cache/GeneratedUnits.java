package dev.optixgql.processor.cache;

import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import java.io.IOException;
import java.util.List;

/**
 * Cache keys and entries of generated source files. A unit's key is computed from the whole input
 * of its writer (the IR in {@link CacheCodec}'s form, the target package, and what else the writer
 * is given), so equal keys mean equal text; the entry holds the type's qualified name and its text.
 */
public final class GeneratedUnits {
  private static final int FORMAT = 1;

  private GeneratedUnits() {}

  /** A generated type's qualified name and source text. */
  public record Unit(String qualifiedName, String text) {}

  public static CacheKey operation(
      String pkg, boolean generatedAnnotation, IrOperation operation, String tokenKind) {
    byte[] ir = new CacheCodec.Writer().operation(operation).toByteArray();
    return target("operation", pkg, generatedAnnotation).add(ir).add(tokenKind);
  }

  public static CacheKey fragment(
      String pkg, boolean generatedAnnotation, IrFragment fragment, List<IrFragment> loweredWith) {
    CacheCodec.Writer ir = new CacheCodec.Writer().fragment(fragment);
    ir.integer(loweredWith == null ? -1 : loweredWith.size());
    if (loweredWith != null) {
      loweredWith.forEach(ir::fragment);
    }
    return target("fragment", pkg, generatedAnnotation).add(ir.toByteArray());
  }

  public static CacheKey enumType(
      String pkg, boolean generatedAnnotation, IrEnum type, String schemaFile) {
    byte[] ir = new CacheCodec.Writer().enumType(type).toByteArray();
    return target("enum", pkg, generatedAnnotation).add(ir).add(schemaFile);
  }

  public static CacheKey inputObject(
      String pkg, boolean generatedAnnotation, IrInputObject type, String schemaFile) {
    byte[] ir = new CacheCodec.Writer().inputObject(type).toByteArray();
    return target("input", pkg, generatedAnnotation).add(ir).add(schemaFile);
  }

  public static CacheKey client(String pkg, boolean generatedAnnotation, IrClient client) {
    byte[] ir = new CacheCodec.Writer().client(client).toByteArray();
    return target("client", pkg, generatedAnnotation).add(ir);
  }

  private static CacheKey target(String kind, String pkg, boolean generatedAnnotation) {
    return CacheKey.of("text-" + kind).add(pkg).add(generatedAnnotation);
  }

  public static byte[] encode(Unit unit) {
    return new CacheCodec.Writer()
        .integer(FORMAT)
        .string(unit.qualifiedName())
        .string(unit.text())
        .toByteArray();
  }

  /** The unit, or {@code null} when the bytes are not one. */
  public static Unit decode(byte[] bytes) {
    try {
      CacheCodec.Reader in = new CacheCodec.Reader(bytes);
      if (in.integer() != FORMAT) {
        return null;
      }
      String name = in.string();
      String text = in.string();
      return name == null || text == null || !in.atEnd() ? null : new Unit(name, text);
    } catch (IOException e) {
      return null;
    }
  }
}
