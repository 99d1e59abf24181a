package dev.optixgql.sandbox;

import java.nio.file.Path;

/**
 * The sandbox's command line ({@link OptixSandbox#main}) read into a {@link OptixSandbox.Builder}.
 */
final class SandboxOptions {
  static final String USAGE =
      "Options: --port N, --rate-limit N (requests per minute and token), --organization-schema"
          + " PATH, --personal-schema PATH (SDL or introspection JSON), --fixtures PATH (JSON),"
          + " --console-mutations (the console's playground runs mutations)";

  private SandboxOptions() {}

  /**
   * @throws IllegalArgumentException naming the option and the usage, for an unknown option or a
   *     missing or malformed value
   */
  static OptixSandbox.Builder parse(String... args) {
    OptixSandbox.Builder builder = OptixSandbox.builder();
    for (int i = 0; i < args.length; i++) {
      String option = args[i];
      if (option.equals("--console-mutations")) {
        builder.consoleMutations(true);
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(option + " needs a value. " + USAGE);
      }
      String value = args[++i];
      switch (option) {
        case "--port" -> builder.port(number(option, value));
        case "--rate-limit" -> builder.rateLimitPerMinute(number(option, value));
        case "--organization-schema" -> builder.organizationSchema(Path.of(value));
        case "--personal-schema" -> builder.personalSchema(Path.of(value));
        case "--fixtures" -> builder.fixtures(Path.of(value));
        default -> throw new IllegalArgumentException("Unknown option " + option + ". " + USAGE);
      }
    }
    return builder;
  }

  private static int number(String option, String value) {
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(option + " takes a number, not \"" + value + "\".", e);
    }
  }
}
