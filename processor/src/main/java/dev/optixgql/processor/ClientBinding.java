package dev.optixgql.processor;

import dev.optixgql.processor.binding.BindingValidator;
import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.binding.MethodDeclaration;
import dev.optixgql.processor.binding.ModuleReads;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.diagnostic.Suggestions;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.ir.IrClient;
import dev.optixgql.processor.ir.IrMethod;
import dev.optixgql.processor.ir.LoweredOperation;
import dev.optixgql.processor.lowering.ScalarTypes;
import dev.optixgql.processor.schema.SchemaSnapshot;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/** Stages 3 and 4 for one interface: each method's operation validated, lowered and bound. */
final class ClientBinding {
  private final Diagnostics diagnostics;
  private final Elements elements;
  private final ClientDeclaration client;
  private final SchemaSnapshot snapshot;
  private final String typesPackage;
  private final DocumentIndex documents;
  private final OperationAnalysis analysis;
  private final RoundPlan plan;
  private final String pkg;
  private final OperationAnalysis.View view;
  private final BindingValidator binder;
  private final List<IrMethod> methods = new ArrayList<>();

  ClientBinding(
      Diagnostics diagnostics,
      Elements elements,
      ClientDeclaration client,
      SchemaSnapshot snapshot,
      String typesPackage,
      DocumentIndex documents,
      OperationAnalysis analysis,
      RoundPlan plan) {
    this.diagnostics = diagnostics;
    this.elements = elements;
    this.client = client;
    this.snapshot = snapshot;
    this.typesPackage = typesPackage;
    this.documents = documents;
    this.analysis = analysis;
    this.plan = plan;
    this.binder = new BindingValidator(diagnostics);
    this.pkg = packageOf(elements, client.element());
    ScalarTypes scalars =
        new ScalarTypes(client.scalars(), snapshot::schema, diagnostics, client.schemaSite());
    this.view =
        new OperationAnalysis.View(
            snapshot, client.scalars(), scalars, typesPackage, client.schemaSite());
  }

  void bind() {
    int mark = diagnostics.mark();
    boolean generatedAnnotation = ModuleReads.canUseGeneratedAnnotation(elements, client.element());
    plan.assembler().generatedAnnotation(pkg, generatedAnnotation);
    plan.assembler().generatedAnnotation(typesPackage, generatedAnnotation);
    for (MethodDeclaration method : client.methods()) {
      bindMethod(method);
    }
    if (diagnostics.hasErrorsSince(mark)) {
      return; // the operations that are clean are still generated; the implementation is not
    }
    checkModuleExports();
    plan.assembler()
        .addClient(
            new IrClient(
                client.element(), pkg, simpleNames(client.element()), client.tokenKind(), methods));
  }

  private void bindMethod(MethodDeclaration method) {
    OperationSource operation = documents.operations().get(method.operationName());
    if (operation == null) {
      reportUnknownOperation(method);
      return;
    }
    RoundPlan.LoweringKey key =
        new RoundPlan.LoweringKey(operation.name(), snapshot.file(), client.scalars());
    LoweredOperation result =
        plan.lowered(key, () -> analysis.lower(operation, view, method.operationSite()))
            .orElse(null);
    if (result == null) {
      return;
    }
    // A clean operation is generated even when its method cannot be bound, so javac does not
    // add "cannot find symbol" errors for it to the binding error.
    if (client.readOnly() && result.operation().mutation()) {
      reportMutationInReadOnly(operation, method);
    } else {
      IrMethod bound = binder.bind(method, result.operation(), pkg);
      if (bound != null) {
        methods.add(bound);
      }
    }
    plan.addOperation(pkg, typesPackage, result, client, snapshot, method.operationSite());
  }

  private void reportUnknownOperation(MethodDeclaration method) {
    if (!documents.brokenFiles().isEmpty()) {
      return; // it may be in a file that did not parse; that error is reported
    }
    diagnostics.report(
        DiagnosticKind.UNKNOWN_OPERATION,
        null,
        method.operationSite(),
        "No operation named '"
            + method.operationName()
            + "' in the .graphql files under the GraphQL root."
            + Suggestions.didYouMean(method.operationName(), documents.operations().keySet()));
  }

  private void reportMutationInReadOnly(OperationSource operation, MethodDeclaration method) {
    diagnostics.report(
        DiagnosticKind.MUTATION_NOT_ALLOWED,
        operation.location(),
        method.operationSite(),
        "'"
            + operation.name()
            + "' is a mutation, but "
            + client.element().getSimpleName()
            + " is declared @GraphQLClient(readOnly = true). Bind it in a client that may"
            + " change data.");
  }

  /** In a named module, the runtime must be able to instantiate the implementation. */
  private void checkModuleExports() {
    if (ModuleReads.runtimeCanInstantiate(elements, client.element())) {
      return;
    }
    diagnostics.report(
        DiagnosticKind.MODULE_NOT_EXPORTED,
        null,
        JavaSite.of(client.element()),
        "Module "
            + elements.getModuleOf(client.element()).getQualifiedName()
            + " does not export "
            + pkg
            + " to "
            + ModuleReads.RUNTIME_MODULE
            + ", so OptixClient.create("
            + client.element().getSimpleName()
            + ".class) will fail at run time. Add 'exports "
            + pkg
            + " to "
            + ModuleReads.RUNTIME_MODULE
            + ";' to module-info.java.");
  }

  /** The simple names of {@code type}, enclosing types first. */
  static List<String> simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement t; e = e.getEnclosingElement()) {
      names.add(0, t.getSimpleName().toString());
    }
    return names;
  }

  /** The package of {@code element}, {@code ""} for the unnamed one. */
  static String packageOf(Elements elements, Element element) {
    PackageElement pkg = elements.getPackageOf(element);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }
}
