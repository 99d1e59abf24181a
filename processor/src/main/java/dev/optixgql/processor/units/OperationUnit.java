package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.OperationWriter;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/** An operation's class: its document, variables, response records and reader. */
record OperationUnit(
    IrPackage pkg, IrOperation operation, List<Element> origins, String tokenKind, Element fallback)
    implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    return pkg.operations().stream()
        .<GeneratedUnit>map(
            operation ->
                new OperationUnit(
                    pkg,
                    operation,
                    facts.origins(pkg.name(), operation.className()),
                    facts.tokenKind(pkg.name(), operation.className()),
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
    return UnitKeys.start("operation", pkg).add(ir).add(tokenKind);
  }

  @Override
  public JavaFile write() {
    return OperationWriter.write(UnitKeys.target(pkg), operation, origins, tokenKind);
  }
}
