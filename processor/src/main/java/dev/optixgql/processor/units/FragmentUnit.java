package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.FragmentWriter;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * A fragment's interface, in the snapshot's types package, named after what it was lowered with.
 */
record FragmentUnit(
    IrPackage pkg,
    IrFragment fragment,
    List<IrFragment> loweredWith,
    List<Element> origins,
    Element blame)
    implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    List<Element> all = UnitKeys.clients(pkg);
    return pkg.fragments().stream()
        .<GeneratedUnit>map(
            fragment ->
                new FragmentUnit(
                    pkg,
                    fragment,
                    facts.loweredWith(pkg.name(), fragment.name()),
                    all,
                    facts.fallback()))
        .toList();
  }

  @Override
  public CacheKey key() {
    CacheCodec.Writer ir = new CacheCodec.Writer().fragment(fragment);
    ir.integer(loweredWith == null ? -1 : loweredWith.size());
    if (loweredWith != null) {
      loweredWith.forEach(ir::fragment);
    }
    return UnitKeys.start("fragment", pkg).add(ir.toByteArray());
  }

  @Override
  public JavaFile write() {
    return FragmentWriter.write(UnitKeys.target(pkg), fragment, loweredWith, origins);
  }
}
