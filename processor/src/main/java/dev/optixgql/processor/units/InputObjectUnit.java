package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.InputObjectWriter;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/** A schema input type an operation's variables use, in the snapshot's types package. */
record InputObjectUnit(
    IrPackage pkg, IrInputObject type, String schema, List<Element> origins, Element blame)
    implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    List<Element> all = UnitKeys.clients(pkg);
    return pkg.inputObjects().stream()
        .<GeneratedUnit>map(
            type ->
                new InputObjectUnit(
                    pkg, type, facts.schemaOf(pkg.name(), type.name()), all, facts.fallback()))
        .toList();
  }

  @Override
  public CacheKey key() {
    byte[] ir = new CacheCodec.Writer().inputObject(type).toByteArray();
    return UnitKeys.start("input", pkg).add(ir).add(schema);
  }

  @Override
  public JavaFile write() {
    return InputObjectWriter.write(UnitKeys.target(pkg), type, schema, origins);
  }
}
