package dev.optixgql.processor.lowering;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrPackage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Groups lowered clients, operations and schema types by the Java package they are generated into.
 * The same name generated twice into one package must be the same type (two interfaces binding one
 * operation against one schema); a different one is a reported conflict.
 */
public final class PackageAssembler {
  private final Diagnostics diagnostics;
  private final Map<String, Builder> packages = new TreeMap<>();

  public PackageAssembler(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  private static final class Builder {
    final Map<String, IrOperation> operations = new TreeMap<>();
    final Map<String, IrFragment> fragments = new TreeMap<>();
    final Map<String, IrEnum> enums = new TreeMap<>();
    final Map<String, IrInputObject> inputs = new TreeMap<>();
    final List<IrClient> clients = new ArrayList<>();
    boolean generatedAnnotation = true;
  }

  /** Says whether the package's module may name {@code @Generated}; see {@link IrPackage}. */
  public void generatedAnnotation(String pkg, boolean available) {
    builder(pkg).generatedAnnotation &= available;
  }

  public void addClient(IrClient client) {
    builder(client.packageName()).clients.add(client);
  }

  /** Adds an operation; returns false (and reports) on a conflicting duplicate. */
  public boolean addOperation(String pkg, IrOperation operation, JavaSite site) {
    return add(
        pkg, builder(pkg).operations, operation.className(), operation, site, "operation class");
  }

  public boolean addFragment(String pkg, IrFragment fragment, JavaSite site) {
    return add(pkg, builder(pkg).fragments, fragment.name(), fragment, site, "fragment interface");
  }

  public boolean addEnum(String pkg, IrEnum type, JavaSite site) {
    return add(pkg, builder(pkg).enums, type.name(), type, site, "enum");
  }

  public boolean addInputObject(String pkg, IrInputObject type, JavaSite site) {
    return add(pkg, builder(pkg).inputs, type.name(), type, site, "input type");
  }

  private <T> boolean add(
      String pkg, Map<String, T> into, String name, T value, JavaSite site, String what) {
    T previous = into.putIfAbsent(name, value);
    if (previous == null || Objects.equals(previous, value)) {
      return true;
    }
    diagnostics.report(
        DiagnosticKind.CONFLICTING_GENERATED_TYPE,
        null,
        site,
        "Package '"
            + pkg
            + "' would get two different versions of "
            + what
            + " '"
            + name
            + "' (two operations with names that map to it, or two schemas that disagree on"
            + " it). Rename one operation, or put the interfaces bound to different schemas in"
            + " different packages.");
    return false;
  }

  private Builder builder(String pkg) {
    return packages.computeIfAbsent(pkg, k -> new Builder());
  }

  public List<IrPackage> build() {
    List<IrPackage> out = new ArrayList<>();
    for (Map.Entry<String, Builder> entry : packages.entrySet()) {
      Builder b = entry.getValue();
      List<IrClient> clients = new ArrayList<>(b.clients);
      clients.sort(
          (a, c) -> String.join(".", a.simpleNames()).compareTo(String.join(".", c.simpleNames())));
      out.add(
          new IrPackage(
              entry.getKey(),
              b.generatedAnnotation,
              new ArrayList<>(b.operations.values()),
              new ArrayList<>(b.fragments.values()),
              new ArrayList<>(b.enums.values()),
              new ArrayList<>(b.inputs.values()),
              clients));
    }
    return out;
  }
}
