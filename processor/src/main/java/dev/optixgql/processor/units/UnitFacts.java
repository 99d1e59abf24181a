package dev.optixgql.processor.units;

import dev.optixgql.processor.ir.IrFragment;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * What the round learned while binding clients that a unit needs beyond its IR: which interfaces an
 * operation came from and the token kind they share, the snapshot an enum or input type came from,
 * the fragments a fragment was lowered with, and who takes the blame for shared types.
 */
public interface UnitFacts {
  /** The interfaces binding the operation {@code pkg.simpleName}. */
  List<Element> origins(String pkg, String simpleName);

  /** The token kind every interface binding the operation shares, or {@code null}. */
  String tokenKind(String pkg, String simpleName);

  /** The snapshot (as shown) the enum or input type {@code pkg.name} came from. */
  String schemaOf(String pkg, String name);

  /** The fragments of the operation whose lowering produced fragment {@code pkg.name}. */
  List<IrFragment> loweredWith(String pkg, String name);

  /** The element that takes the blame for a type shared by several interfaces. */
  Element fallback();

  /** Whether each operation also gets its test builders ({@code -Aoptixgql.testBuilders}). */
  default boolean testBuilders() {
    return false;
  }
}
