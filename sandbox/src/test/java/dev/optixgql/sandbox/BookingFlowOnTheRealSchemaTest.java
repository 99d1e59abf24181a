package dev.optixgql.sandbox;

import dev.optixgql.sandbox.engine.YourSnapshotTest;
import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;

/** Draft and commit keep working when the sandbox serves the real Optix schema (../shared). */
class BookingFlowOnTheRealSchemaTest extends BookingFlowTest {
  @Override
  OptixSandbox newSandbox() {
    Assumptions.assumeTrue(
        Files.isRegularFile(YourSnapshotTest.FULL),
        "the real schema is not beside the repository: " + YourSnapshotTest.FULL);
    return OptixSandbox.builder()
        .organizationSchema(YourSnapshotTest.FULL)
        .personalSchema(YourSnapshotTest.FULL)
        .build();
  }
}
