package dev.optixgql.processor.units;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheCodec;
import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.ClientImplWriter;
import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.writing.GeneratedUnit;
import java.util.List;
import javax.lang.model.element.Element;

/** An interface's implementation ({@code X_Impl}), from that interface alone. */
record ClientUnit(IrPackage pkg, IrClient client) implements GeneratedUnit {

  static List<GeneratedUnit> units(IrPackage pkg, UnitFacts facts) {
    return pkg.clients().stream()
        .<GeneratedUnit>map(client -> new ClientUnit(pkg, client))
        .toList();
  }

  @Override
  public Element blame() {
    return client.origin();
  }

  @Override
  public List<Element> origins() {
    return List.of(client.origin());
  }

  @Override
  public CacheKey key() {
    byte[] ir = new CacheCodec.Writer().client(client).toByteArray();
    return UnitKeys.start("client", pkg).add(ir);
  }

  @Override
  public JavaFile write() {
    return ClientImplWriter.write(UnitKeys.target(pkg), client);
  }
}
