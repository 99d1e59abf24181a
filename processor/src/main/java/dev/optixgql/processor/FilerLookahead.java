package dev.optixgql.processor;

import dev.optixgql.processor.binding.ClientDeclaration;
import dev.optixgql.processor.binding.MethodDeclaration;
import dev.optixgql.processor.codegen.ClientImplWriter;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.lowering.OperationLowering;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.util.Elements;

/**
 * Asks javac about the types this round is about to create, while its thread waits for the schema
 * built beside it (a clean build), so that the {@code Filer}'s own check of each new name is
 * answered from javac's caches when the sources are written.
 *
 * <p>javac's {@code Filer.createSourceFile} first looks the name up as {@code
 * Elements.getTypeElement} does without a module: in every module of the platform, which the first
 * time indexes the packages of each (from {@code ct.sym} under {@code --release}). A one-operation
 * clean build spent 40 to 60 ms there on javac's thread at the very end, after the schema, and the
 * JIT compiled the file walking behind it then (BENCHMARKS.md, "Clean builds and the JVM's
 * compilers"). Looked up here, the same work overlaps the schema's assembly (one operation, 25
 * shuffled rounds in fresh JVMs: 61 ms less wall time, paired median; fourteen: no change). The
 * answers are the ones the Filer would get (javac clears them for the next round), so nothing else
 * changes ({@code FilerLookaheadTest}).
 *
 * <p>Not under ECJ (its {@code Elements} are Eclipse's): its {@code Filer} does not look names up
 * across modules, so there is nothing to gain there.
 */
final class FilerLookahead {
  private FilerLookahead() {}

  /** Looks up each client's implementation and the classes of its parsed operations. */
  static void lookUp(Elements elements, List<ClientDeclaration> clients, DocumentIndex documents) {
    if (elements.getClass().getName().startsWith("org.eclipse.jdt.") || documents == null) {
      return;
    }
    for (String name : names(elements, clients, documents)) {
      elements.getTypeElement(name);
    }
  }

  /**
   * The qualified names the round would write for {@code clients}: each implementation and each
   * bound operation's class, in the interface's package; operations whose file came from the cache
   * unparsed are left out rather than parsed for this.
   */
  static Set<String> names(
      Elements elements, List<ClientDeclaration> clients, DocumentIndex documents) {
    Set<String> names = new LinkedHashSet<>();
    for (ClientDeclaration client : clients) {
      String pkg = ClientBinding.packageOf(elements, client.element());
      String prefix = pkg.isEmpty() ? "" : pkg + ".";
      names.add(
          prefix + ClientImplWriter.implSimpleName(ClientBinding.simpleNames(client.element())));
      for (MethodDeclaration method : client.methods()) {
        OperationSource operation = documents.operations().get(method.operationName());
        if (operation != null && operation.file().parsed()) {
          names.add(prefix + OperationLowering.className(operation.definition()));
        }
      }
    }
    return names;
  }
}
