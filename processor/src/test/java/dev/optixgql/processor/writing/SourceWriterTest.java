package dev.optixgql.processor.writing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.optixgql.processor.cache.BuildCache;
import dev.optixgql.processor.diagnostic.Diagnostic;
import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import java.io.StringWriter;
import java.io.Writer;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import javax.annotation.processing.Filer;
import javax.annotation.processing.FilerException;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Stages 5 and 6 together: units generated on any thread are written in the order queued, a unit
 * that fails is reported and the others are still written, and the Filer's refusals become
 * diagnostics.
 */
class SourceWriterTest {
  private final MemoryFiler filer = new MemoryFiler();
  private final Diagnostics diagnostics = new Diagnostics();
  private final List<Throwable> failures = new ArrayList<>();
  private final SourceWriter writer =
      new SourceWriter(filer, diagnostics, (element, e) -> failures.add(e));

  @Test
  void writesEveryUnitInQueueOrderWithTheTextJavaPoetRenders() {
    // Units of very different sizes, so spare cores finish them out of order.
    List<JavaFile> files =
        IntStream.range(0, 60).mapToObj(i -> file("Unit" + i, (i * 37) % 200)).toList();
    files.forEach(file -> writer.generate(null, () -> file));

    writer.flush();

    assertEquals(
        files.stream().map(f -> "test." + f.typeSpec().name()).toList(),
        List.copyOf(filer.sources.keySet()));
    for (JavaFile file : files) {
      assertEquals(file.toString(), filer.sources.get("test." + file.typeSpec().name()).toString());
    }
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void aFailingUnitIsReportedAndTheOthersAreStillWritten() {
    IllegalStateException bug = new IllegalStateException("bug in a writer");
    writer.generate(null, () -> file("Before", 1));
    writer.generate(
        null,
        () -> {
          throw bug;
        });
    writer.generate(null, () -> file("After", 1));

    writer.flush();

    assertEquals(List.of(bug), failures);
    assertEquals(List.of("test.Before", "test.After"), List.copyOf(filer.sources.keySet()));
  }

  @Test
  void theFirstFileOfANameWins() {
    writer.generate(null, () -> file("Twice", 1));
    writer.generate(null, () -> file("Twice", 5));

    writer.flush();

    assertEquals(file("Twice", 1).toString(), filer.sources.get("test.Twice").toString());
    assertEquals(List.of(), diagnostics.all());
  }

  @Test
  void aNameTheFilerRefusesIsAConflictingGeneratedType() {
    filer.sources.put("test.Taken", new StringWriter());
    writer.generate(null, () -> file("Taken", 1));
    writer.generate(null, () -> file("Free", 1));

    writer.flush();

    List<Diagnostic> reported = diagnostics.all();
    assertEquals(1, reported.size());
    assertEquals(DiagnosticKind.CONFLICTING_GENERATED_TYPE, reported.get(0).kind());
    assertTrue(reported.get(0).message().contains("test.Taken"), reported.get(0).message());
    assertTrue(filer.sources.containsKey("test.Free"));
  }

  @Test
  void aWriterCanBeFlushedAgainForTheNextRound() {
    writer.generate(null, () -> file("First", 1));
    writer.flush();
    writer.generate(null, () -> file("Second", 1));
    writer.flush();

    assertEquals(List.of("test.First", "test.Second"), List.copyOf(filer.sources.keySet()));
  }

  @Test
  void aTypeWrittenInAnEarlierRoundIsNotWrittenAgain() {
    Map<String, String> written = new HashMap<>();
    SourceWriter first =
        new SourceWriter(
            filer, diagnostics, (e, t) -> failures.add(t), written, BuildCache.in(null));
    first.generate(null, () -> file("Shared", 1));
    first.flush();
    // The next round: another interface needs the same type, and one more.
    SourceWriter second =
        new SourceWriter(
            filer, diagnostics, (e, t) -> failures.add(t), written, BuildCache.in(null));
    second.generate(null, () -> file("Shared", 1));
    second.generate(null, () -> file("Later", 1));
    second.flush();

    assertEquals(List.of("test.Shared", "test.Later"), List.copyOf(filer.sources.keySet()));
    assertEquals(List.of(), diagnostics.all());
    assertEquals(List.of(), failures);
  }

  @Test
  void aTypeAnEarlierRoundWroteDifferentlyIsAConflict() {
    Map<String, String> written = new HashMap<>();
    SourceWriter first =
        new SourceWriter(
            filer, diagnostics, (e, t) -> failures.add(t), written, BuildCache.in(null));
    first.generate(null, () -> file("Shared", 1));
    first.flush();
    SourceWriter second =
        new SourceWriter(
            filer, diagnostics, (e, t) -> failures.add(t), written, BuildCache.in(null));
    second.generate(null, () -> file("Shared", 2));
    second.flush();

    List<Diagnostic> reported = diagnostics.all();
    assertEquals(1, reported.size());
    assertEquals(DiagnosticKind.CONFLICTING_GENERATED_TYPE, reported.get(0).kind());
    assertTrue(
        reported.get(0).message().contains("an earlier annotation-processing round generated it"),
        reported.get(0).message());
    assertEquals(file("Shared", 1).toString(), filer.sources.get("test.Shared").toString());
  }

  private static JavaFile file(String name, int fields) {
    TypeSpec.Builder type = TypeSpec.classBuilder(name).addModifiers(Modifier.FINAL);
    for (int i = 0; i < fields; i++) {
      type.addField(
          FieldSpec.builder(String.class, "field" + i, Modifier.STATIC, Modifier.FINAL)
              .initializer("$S", name + i)
              .build());
    }
    return JavaFile.builder("test", type.build()).build();
  }

  /** A Filer keeping source files in memory, refusing a name twice as javac's does. */
  private static final class MemoryFiler implements Filer {
    final Map<String, StringWriter> sources = new LinkedHashMap<>();

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws FilerException {
      String type = name.toString();
      if (sources.containsKey(type)) {
        throw new FilerException("Attempt to recreate a file for type " + type);
      }
      StringWriter text = new StringWriter();
      sources.put(type, text);
      return new SimpleJavaFileObject(
          URI.create("mem:///" + type.replace('.', '/') + ".java"), JavaFileObject.Kind.SOURCE) {
        @Override
        public Writer openWriter() {
          return text;
        }
      };
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements) {
      throw new UnsupportedOperationException();
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName) {
      throw new UnsupportedOperationException();
    }
  }
}
