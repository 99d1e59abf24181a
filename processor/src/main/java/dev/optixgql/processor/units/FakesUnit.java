package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.FakesWriter;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/** An operation's test builders and JSON writer, when {@code -Aoptixgql.testBuilders=true}. */
record FakesUnit(IrPackage pkg, IrOperation operation, List<Element> origins, Element fallback)
    implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    if (!facts.testBuilders()) {
      return List.of();
    }
    return pkg.operations().stream()
        .filter(operation -> !operation.subscription())
        .<GeneratedUnit>map(
            operation ->
                new FakesUnit(
                    pkg,
                    operation,
                    facts.origins(pkg.name(), operation.className()),
                    facts.fallback()))
        .toList();
  }

  @Override
  public Element blame() {
    return origins.isEmpty() ? fallback : origins.get(0);
  }

  @Override
  public CacheKey key() {
    byte[] ir = new CacheCodec.Writer().operation(operation).toByteArray();
    return UnitKeys.start("fakes", pkg).add(ir);
  }

  @Override
  public JavaFile write() {
    return FakesWriter.write(UnitKeys.target(pkg), operation, origins);
  }
}
