package dev.optixgql.compat;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.lang.module.ModuleReference;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The published modules without a {@code module-info.java} name themselves for JPMS in their
 * manifest, so a modular application {@code requires dev.optixgql.caffeine} (not a name guessed
 * from the jar's file name, which changes with it and draws Maven's warning). Checked as the module
 * system reads the jars this build made.
 */
class AutomaticModuleNamesTest {
  @ParameterizedTest
  @CsvSource({
    "optixgql-caffeine, dev.optixgql.caffeine",
    "optixgql-testing, dev.optixgql.testing",
    "optixgql-micrometer, dev.optixgql.micrometer",
    "optixgql-sandbox, dev.optixgql.sandbox",
    "optixgql-distributed, dev.optixgql.distributed"
  })
  void theModuleSystemReadsTheJarsName(String artifact, String name) {
    Path jar = Jars.select(List.of(artifact)).get(0);
    // In a build that stops before packaging (mvn test), the reactor gives target/classes.
    assumeTrue(Files.isRegularFile(jar), () -> artifact + " is not a jar here: " + jar);
    Set<ModuleReference> found = ModuleFinder.of(jar).findAll();
    assertEquals(1, found.size(), found::toString);
    ModuleDescriptor descriptor = found.iterator().next().descriptor();
    assertEquals(name, descriptor.name());
    assertEquals(true, descriptor.isAutomatic());
  }
}
