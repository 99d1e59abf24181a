package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.EnumWriter;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/** A schema enum an operation uses, in the snapshot's types package. */
record EnumUnit(IrPackage pkg, IrEnum type, String schema, List<Element> origins, Element blame)
    implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    List<Element> all = UnitKeys.clients(pkg);
    return pkg.enums().stream()
        .<GeneratedUnit>map(
            type ->
                new EnumUnit(
                    pkg, type, facts.schemaOf(pkg.name(), type.name()), all, facts.fallback()))
        .toList();
  }

  @Override
  public CacheKey key() {
    byte[] ir = new CacheCodec.Writer().enumType(type).toByteArray();
    return UnitKeys.start("enum", pkg).add(ir).add(schema);
  }

  @Override
  public JavaFile write() {
    return EnumWriter.write(UnitKeys.target(pkg), type, schema, origins);
  }
}
