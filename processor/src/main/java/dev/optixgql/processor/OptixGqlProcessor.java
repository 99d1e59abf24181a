package dev.optixgql.processor;

import com.google.auto.service.AutoService;
import dev.optixgql.processor.binding.ClientReader;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.DiagnosticPrinter;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.options.GraphQLRootLocator;
import dev.optixgql.processor.options.ProcessorOptions;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;

/**
 * The javac entry point: hands each round's {@code @GraphQLClient} interfaces to {@link
 * ProcessingStep}, prints what it collected, and turns any internal failure into one {@code
 * [OptixGql/Internal]} error instead of crashing javac.
 */
@AutoService(Processor.class)
public final class OptixGqlProcessor extends AbstractProcessor {
  private final Set<String> processed = new HashSet<>();

  /** One per compilation: it asks the Filer for the outputs once (ECJ allows that only once). */
  private GraphQLRootLocator rootLocator;

  /** Every source this compilation generated, by qualified name, with its text (all rounds). */
  private final Map<String, String> written = new HashMap<>();

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of(ClientReader.CLIENT_ANNOTATION);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return ProcessorOptions.supported();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    // The rounds after the first (the files generated here, then javac's last round) hold no
    // @GraphQLClient unless another processor generated one: nothing to scan then. The annotation
    // is taken from the set javac found, not looked up by name (a lookup costs javac a search).
    TypeElement annotation = round.processingOver() ? null : clientAnnotation(annotations);
    if (annotation == null) {
      return false;
    }
    List<Element> clients = new ArrayList<>();
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      if (processed.add(element.toString())) {
        clients.add(element);
      }
    }
    if (clients.isEmpty()) {
      return false;
    }
    Diagnostics diagnostics = new Diagnostics();
    try {
      if (rootLocator == null) {
        rootLocator = new GraphQLRootLocator(processingEnv);
      }
      new ProcessingStep(processingEnv, diagnostics, rootLocator, written).run(clients);
    } catch (RuntimeException | LinkageError | StackOverflowError e) {
      // Nothing was generated for any of them: each says why.
      for (Element client : clients) {
        diagnostics.report(
            DiagnosticKind.INTERNAL, null, JavaSite.of(client), internalMessage(e, false));
      }
    }
    new DiagnosticPrinter(processingEnv.getMessager()).print(diagnostics);
    return false;
  }

  /** {@code @GraphQLClient} if this round's root elements carry it, else {@code null}. */
  private static TypeElement clientAnnotation(Set<? extends TypeElement> annotations) {
    for (TypeElement annotation : annotations) {
      if (annotation.getQualifiedName().contentEquals(ClientReader.CLIENT_ANNOTATION)) {
        return annotation;
      }
    }
    return null;
  }

  /**
   * The text of an internal failure: what happened and a plea to report it; {@code contained} says
   * whether the failure was confined to one element while the others were still processed.
   */
  static String internalMessage(Throwable e, boolean contained) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String[] lines = trace.toString().split("\n");
    StringBuilder shortTrace = new StringBuilder();
    for (int i = 0; i < Math.min(8, lines.length); i++) {
      shortTrace.append('\n').append(lines[i].stripTrailing());
    }
    String what = e.toString();
    if (what.length() > 300) {
      what = what.substring(0, 300) + "…";
    }
    return "optixgql failed unexpectedly ("
        + what
        + "). This is a bug in optixgql, not in your code: please report it with the"
        + " .graphql files and snapshot involved."
        + (contained
            ? " Other elements were still processed."
            : " Nothing was generated in this round.")
        + shortTrace;
  }
}
