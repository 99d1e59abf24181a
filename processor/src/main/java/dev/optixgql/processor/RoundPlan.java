package dev.optixgql.processor;

import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import dev.optixgql.processor.ir.LoweredOperation;
import dev.optixgql.processor.ir.ScalarMapping;
import dev.optixgql.processor.lowering.PackageAssembler;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.units.UnitFacts;
import dev.optixgql.processor.units.UnitKind;
import dev.optixgql.processor.writing.SourceWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Supplier;
import javax.lang.model.element.Element;

/**
 * What one processing round generates, gathered while clients are bound (stage 4) and written in
 * stages 5 and 6: the packages' units, and for each generated type what it came from (the
 * interfaces binding an operation, their token kinds, the snapshot of an enum or input type, the
 * fragments lowered with a fragment). Operations are lowered once per operation, snapshot and
 * scalar mapping, however many interfaces bind them.
 */
final class RoundPlan {
  /** What makes one lowering: the operation, the snapshot and the client's scalar mappings. */
  record LoweringKey(String operation, Path snapshot, Map<String, ScalarMapping> scalars) {
    // equals and hashCode written out: see ClientDeclaration.equals.
    @Override
    public boolean equals(Object other) {
      return other instanceof LoweringKey that
          && operation.equals(that.operation)
          && snapshot.equals(that.snapshot)
          && scalars.equals(that.scalars);
    }

    @Override
    public int hashCode() {
      return (operation.hashCode() * 31 + snapshot.hashCode()) * 31 + scalars.hashCode();
    }
  }

  /** A generated type's qualified name. */
  record TypeKey(String pkg, String simpleName) {
    // equals and hashCode written out: see ClientDeclaration.equals.
    @Override
    public boolean equals(Object other) {
      return other instanceof TypeKey that
          && pkg.equals(that.pkg)
          && simpleName.equals(that.simpleName);
    }

    @Override
    public int hashCode() {
      return pkg.hashCode() * 31 + simpleName.hashCode();
    }
  }

  private final PackageAssembler assembler;
  private final Map<LoweringKey, Optional<LoweredOperation>> lowered = new HashMap<>();
  private final Map<TypeKey, List<Element>> origins = new HashMap<>();
  private final Map<TypeKey, Set<String>> bindingKinds = new HashMap<>();
  private final Map<TypeKey, String> schemaOf = new HashMap<>();
  private final Map<TypeKey, List<IrFragment>> loweredWith = new HashMap<>();

  RoundPlan(Diagnostics diagnostics) {
    this.assembler = new PackageAssembler(diagnostics);
  }

  PackageAssembler assembler() {
    return assembler;
  }

  /** The lowering for {@code key}, computed by {@code lower} the first time (empty: errors). */
  Optional<LoweredOperation> lowered(LoweringKey key, Supplier<LoweredOperation> lower) {
    Optional<LoweredOperation> known = lowered.get(key);
    if (known == null) {
      known = Optional.ofNullable(lower.get());
      lowered.put(key, known);
    }
    return known;
  }

  /**
   * Adds a clean operation bound by {@code client} in {@code pkg}, with the fragments, enums and
   * input types it uses in the snapshot's {@code typesPackage}.
   */
  void addOperation(
      String pkg,
      String typesPackage,
      LoweredOperation result,
      ClientDeclaration client,
      SchemaSnapshot snapshot,
      JavaSite site) {
    IrOperation operation = result.operation();
    if (!assembler.addOperation(pkg, operation, site)) {
      return;
    }
    for (IrFragment fragment : operation.fragments()) {
      if (assembler.addFragment(typesPackage, fragment, site)) {
        loweredWith.putIfAbsent(new TypeKey(typesPackage, fragment.name()), operation.fragments());
      }
    }
    TypeKey key = new TypeKey(pkg, operation.className());
    origins.computeIfAbsent(key, k -> new ArrayList<>()).add(client.element());
    bindingKinds.computeIfAbsent(key, k -> new TreeSet<>()).add(client.tokenKind());
    for (IrEnum type : result.enums()) {
      assembler.addEnum(typesPackage, type, client.schemaSite());
      schemaOf.putIfAbsent(new TypeKey(typesPackage, type.name()), snapshot.displayPath());
    }
    for (IrInputObject type : result.inputObjects()) {
      assembler.addInputObject(typesPackage, type, client.schemaSite());
      schemaOf.putIfAbsent(new TypeKey(typesPackage, type.name()), snapshot.displayPath());
    }
  }

  /**
   * Queues every unit of every package, kind after kind ({@link UnitKind#ALL}), each under the
   * cache key of its writer's whole input; {@code fallback} takes the blame for shared types.
   */
  void generate(SourceWriter writer, Element fallback, boolean testBuilders) {
    UnitFacts facts = facts(fallback, testBuilders);
    for (IrPackage pkg : assembler.build()) {
      for (UnitKind kind : UnitKind.ALL) {
        kind.units(pkg, facts).forEach(writer::generate);
      }
    }
  }

  /** What this round learned while binding, as the units ask for it. */
  private UnitFacts facts(Element fallback, boolean testBuilders) {
    return new UnitFacts() {
      @Override
      public boolean testBuilders() {
        return testBuilders;
      }

      @Override
      public List<Element> origins(String pkg, String simpleName) {
        return origins.getOrDefault(new TypeKey(pkg, simpleName), List.of());
      }

      @Override
      public String tokenKind(String pkg, String simpleName) {
        return RoundPlan.this.tokenKind(new TypeKey(pkg, simpleName));
      }

      @Override
      public String schemaOf(String pkg, String name) {
        return schemaOf.get(new TypeKey(pkg, name));
      }

      @Override
      public List<IrFragment> loweredWith(String pkg, String name) {
        return loweredWith.get(new TypeKey(pkg, name));
      }

      @Override
      public Element fallback() {
        return fallback;
      }
    };
  }

  /**
   * The token kind every interface binding the operation shares, which lets a {@code Batch} check
   * the token; {@code null} for a mix, or where one binds it for {@code ANY}.
   */
  private String tokenKind(TypeKey operation) {
    Set<String> kinds = bindingKinds.getOrDefault(operation, Set.of());
    return kinds.size() == 1 && !kinds.contains("ANY") ? kinds.iterator().next() : null;
  }
}
