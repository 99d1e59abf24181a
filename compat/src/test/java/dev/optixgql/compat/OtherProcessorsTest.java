package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.optixgql.compat.Compilers.Result;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A consumer that also runs AutoValue and Lombok, on one processor path, with other processors'
 * options (valued and valueless) beside optixgql's: every processor generates its files, optixgql
 * reads only {@code optixgql.*} options, and the code that uses all of them compiles and runs.
 */
class OtherProcessorsTest {
  /** Options of other tools, some without a value, as real builds pass them. */
  private static final List<String> FOREIGN_OPTIONS =
      List.of(
          "-AsomeFlag",
          "-Amapstruct.suppressGeneratorTimestamp",
          "-Adagger.fastInit=enabled",
          "-Aoptixgql");

  @TempDir Path dir;

  @Test
  void autoValueAndLombokBesideOptixgqlUnderJavac() throws Exception {
    Path project = consumer(true);
    List<Path> processorPath = new ArrayList<>(Jars.processorPath());
    processorPath.addAll(Jars.select(List.of("auto-value", "lombok")));
    List<Path> classpath = new ArrayList<>(Jars.select(Jars.RUNTIME));
    classpath.addAll(Jars.select(List.of("auto-value-annotations", "lombok")));

    Result javac = Compilers.javac(project, classpath, processorPath, FOREIGN_OPTIONS);

    assertTrue(javac.success(), javac.output());
    assertEquals(List.of(), javac.optixLines(), javac.output());
    Set<String> generated = javac.generatedFiles().keySet();
    assertTrue(generated.contains("test/AutoValue_Member.java"), generated::toString);
    assertTrue(generated.contains("test/Api_Impl.java"), generated::toString);
    assertTrue(generated.contains("test/MeQuery.java"), generated::toString);
    // Lombok's accessors and AutoValue's class were usable from the same code as optixgql's.
    assertEquals("Ada (7)", run(javac, classpath));
  }

  @Test
  void autoValueBesideOptixgqlUnderEcj() throws Exception {
    // Lombok runs inside ECJ only as a Java agent of the IDE: this case uses AutoValue alone.
    Path project = consumer(false);
    List<Path> processorPath = new ArrayList<>(Jars.processorPath());
    processorPath.addAll(Jars.select(List.of("auto-value")));
    List<Path> classpath = new ArrayList<>(Jars.select(Jars.RUNTIME));
    classpath.addAll(Jars.select(List.of("auto-value-annotations")));

    Result ecj = Compilers.ecj(project, classpath, processorPath, FOREIGN_OPTIONS);

    assertTrue(ecj.success(), ecj.output());
    assertEquals(List.of(), ecj.optixLines(), ecj.output());
    Set<String> generated = ecj.generatedFiles().keySet();
    assertTrue(generated.contains("test/AutoValue_Member.java"), generated::toString);
    assertTrue(generated.contains("test/Api_Impl.java"), generated::toString);
  }

  /**
   * An interface bound to {@code Me}, an AutoValue class built from the generated record, and (with
   * Lombok) a {@code @Value} class wrapping it; {@code test.Main} prints one through the other.
   */
  private Path consumer(boolean lombok) {
    Path project = SmallProject.write(dir, "query Me {\n  me {\n    id\n    name\n  }\n}\n", "Api");
    Compilers.write(
        project.resolve("src/main/java/test/Member.java"),
        """
        package test;

        import com.google.auto.value.AutoValue;

        @AutoValue
        public abstract class Member {
          public abstract String name();

          public abstract String id();

          public static Member of(MeQuery.Data.Me me) {
            return new AutoValue_Member(me.name(), me.id());
          }
        }
        """);
    String print = "Member.of(me).name() + \" (\" + Member.of(me).id() + \")\"";
    if (lombok) {
      Compilers.write(
          project.resolve("src/main/java/test/Card.java"),
          """
          package test;

          @lombok.Value
          public class Card {
            Member member;

            public String text() {
              return member.name() + " (" + member.id() + ")";
            }
          }
          """);
      print =
          "new Card(Member.of(me)).getMember().name() + \" (\" + new Card(Member.of(me)).text()"
              + ".split(\"[()]\")[1] + \")\"";
    }
    Compilers.write(
        project.resolve("src/main/java/test/Main.java"),
        """
        package test;

        import java.util.function.Supplier;

        public final class Main implements Supplier<String> {
          @Override
          public String get() {
            MeQuery.Data.Me me = new MeQuery.Data.Me("7", "Ada");
            return %s;
          }
        }
        """
            .formatted(print));
    return project;
  }

  @SuppressWarnings("unchecked")
  private static String run(Result result, List<Path> classpath) throws Exception {
    List<URL> urls = new ArrayList<>();
    urls.add(result.classes().toUri().toURL());
    for (Path entry : classpath) {
      urls.add(entry.toUri().toURL());
    }
    try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), null)) {
      Object main = loader.loadClass("test.Main").getConstructor().newInstance();
      return ((java.util.function.Supplier<String>) main).get();
    }
  }
}
