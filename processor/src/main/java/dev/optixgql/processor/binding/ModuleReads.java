package dev.optixgql.processor.binding;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.Element;
import javax.lang.model.element.ModuleElement;
import javax.lang.model.element.ModuleElement.RequiresDirective;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * What the module of an annotated interface can see. Generated files go into that module: in a
 * named module ({@code module-info.java}) they may name only types of modules it reads.
 */
public final class ModuleReads {
  private static final String GENERATED_MODULE = "java.compiler";

  private static final String GENERATED = "javax.annotation.processing.Generated";

  private ModuleReads() {}

  /**
   * Whether {@code @javax.annotation.processing.Generated} (module {@code java.compiler}) may be
   * put on files generated beside {@code element}: only if the compilation's platform has it; then
   * always on the class path, and in a named module only if it reads {@code java.compiler},
   * directly or through a {@code requires transitive}.
   */
  public static boolean canUseGeneratedAnnotation(Elements elements, Element element) {
    if (generatedAnnotation(elements) == null) {
      return false; // not on this compilation's platform (e.g. --limit-modules java.base)
    }
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed()) {
      return true;
    }
    Deque<ModuleElement> toVisit = new ArrayDeque<>();
    Set<String> seen = new HashSet<>();
    toVisit.add(module);
    boolean direct = true;
    while (!toVisit.isEmpty()) {
      ModuleElement current = toVisit.poll();
      for (RequiresDirective requires : ElementFilter.requiresIn(current.getDirectives())) {
        if (!direct && !requires.isTransitive()) {
          continue; // what a dependency reads without "transitive" is not read by this module
        }
        ModuleElement dependency = requires.getDependency();
        String name = dependency.getQualifiedName().toString();
        if (name.equals(GENERATED_MODULE)) {
          return true;
        }
        if (seen.add(name)) {
          toVisit.add(dependency);
        }
      }
      direct = false;
    }
    return false;
  }

  /**
   * {@code @Generated}, looked up in its module: without a module javac searches every module of
   * the platform for the name (it is not in the unnamed module, which it searches first).
   */
  private static TypeElement generatedAnnotation(Elements elements) {
    ModuleElement module = elements.getModuleElement(GENERATED_MODULE);
    return module != null
        ? elements.getTypeElement(module, GENERATED)
        : elements.getTypeElement(GENERATED); // no modules (source 8), or not observable
  }

  /** The runtime's module, which instantiates generated implementations reflectively. */
  public static final String RUNTIME_MODULE = "dev.optixgql.runtime";

  /**
   * Whether {@code OptixClient.create} may instantiate an implementation generated into {@code
   * element}'s package: always on the class path; in a named module only if the module is open or
   * exports or opens that package to everyone or to {@value #RUNTIME_MODULE}.
   */
  public static boolean runtimeCanInstantiate(Elements elements, Element element) {
    ModuleElement module = elements.getModuleOf(element);
    if (module == null || module.isUnnamed() || module.isOpen()) {
      return true;
    }
    String pkg = elements.getPackageOf(element).getQualifiedName().toString();
    for (ModuleElement.Directive directive : module.getDirectives()) {
      if (directive instanceof ModuleElement.ExportsDirective exports
          && exports.getPackage().getQualifiedName().contentEquals(pkg)
          && reaches(exports.getTargetModules())) {
        return true;
      }
      if (directive instanceof ModuleElement.OpensDirective opens
          && opens.getPackage().getQualifiedName().contentEquals(pkg)
          && reaches(opens.getTargetModules())) {
        return true;
      }
    }
    return false;
  }

  private static boolean reaches(java.util.List<? extends ModuleElement> targets) {
    if (targets == null) {
      return true; // unqualified
    }
    for (ModuleElement target : targets) {
      if (target.getQualifiedName().contentEquals(RUNTIME_MODULE)) {
        return true;
      }
    }
    return false;
  }
}
