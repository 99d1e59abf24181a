package dev.optixgql.processor.units;

import dev.optixgql.processor.cache.CacheKey;
import dev.optixgql.processor.codegen.GeneratedFiles;
import dev.optixgql.processor.ir.IrPackage;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;

/** What every unit shares: its cache key's start, its target package, a package's interfaces. */
final class UnitKeys {
  private UnitKeys() {}

  /** A key for a unit of {@code kind} in {@code pkg}; the unit adds its writer's inputs. */
  static CacheKey start(String kind, IrPackage pkg) {
    return CacheKey.of("text-" + kind).add(pkg.name()).add(pkg.generatedAnnotation());
  }

  static GeneratedFiles.Target target(IrPackage pkg) {
    return new GeneratedFiles.Target(pkg.name(), pkg.generatedAnnotation());
  }

  /** The interfaces of the package: the origins of its shared types. */
  static List<Element> clients(IrPackage pkg) {
    List<Element> all = new ArrayList<>();
    pkg.clients().forEach(c -> all.add(c.origin()));
    return all;
  }
}
