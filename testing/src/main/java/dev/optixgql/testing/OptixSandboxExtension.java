package dev.optixgql.testing;

import dev.optixgql.runtime.OptixClient;
import dev.optixgql.runtime.TokenProvider;
import dev.optixgql.sandbox.OptixSandbox;
import java.util.Objects;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One {@link OptixSandbox} per test class, started before its first test and closed after its last,
 * with what a test asks for as parameters (of a test method, a lifecycle method or the
 * constructor): the {@link OptixSandbox}, an {@link OptixClient} pointed at it, or any generated
 * client interface ({@code client.create(Bookings.class)}). They send the sandbox's organization
 * token; {@link PersonalToken} on a parameter asks for its personal one.
 *
 * <pre>{@code
 * @ExtendWith(OptixSandboxExtension.class)
 * class BookingsServiceTest {
 *   @Test
 *   void listsUpcomingBookings(Bookings bookings, OptixSandbox sandbox) { ... }
 * }
 * }</pre>
 *
 * <p>For fixtures or snapshots of your own, register it with the builder's settings:
 *
 * <pre>{@code
 * @RegisterExtension
 * static OptixSandboxExtension optix = OptixSandboxExtension.configured(
 *     sandbox -> sandbox.fixture("Query.invoices", Map.of("total", 0, "data", List.of())));
 * }</pre>
 */
public final class OptixSandboxExtension implements BeforeAllCallback, ParameterResolver {
  private static final ExtensionContext.Namespace NAMESPACE =
      ExtensionContext.Namespace.create(OptixSandboxExtension.class);

  private final Consumer<OptixSandbox.Builder> configure;

  /** The sandbox with its defaults: what {@code @ExtendWith(OptixSandboxExtension.class)} uses. */
  public OptixSandboxExtension() {
    this(builder -> {});
  }

  private OptixSandboxExtension(Consumer<OptixSandbox.Builder> configure) {
    this.configure = configure;
  }

  /**
   * An extension whose sandbox {@code configure} sets up (fixtures, snapshots, rate limit), for
   * {@code @RegisterExtension}.
   *
   * @param configure what to set on each class's sandbox builder before it starts
   * @return the extension
   */
  public static OptixSandboxExtension configured(Consumer<OptixSandbox.Builder> configure) {
    return new OptixSandboxExtension(Objects.requireNonNull(configure, "configure"));
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running(context);
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    return type == OptixSandbox.class || type == OptixClient.class || generatedClient(type);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Running running = running(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == OptixSandbox.class) {
      return running.sandbox;
    }
    OptixClient client =
        parameter.isAnnotated(PersonalToken.class) ? running.personal : running.organization;
    if (type == OptixClient.class) {
      return client;
    }
    try {
      return client.create(type);
    } catch (RuntimeException e) {
      throw new ParameterResolutionException(
          "Cannot create the generated client " + type.getName() + ": " + e.getMessage(), e);
    }
  }

  /** Whether {@code type} is an interface the processor generated an implementation of. */
  private static boolean generatedClient(Class<?> type) {
    if (!type.isInterface()) {
      return false;
    }
    try {
      Class.forName(type.getName().replace('$', '_') + "_Impl", false, type.getClassLoader());
      return true;
    } catch (ClassNotFoundException | LinkageError e) {
      return false;
    }
  }

  /** The class's sandbox and clients, started on first use and closed with the class. */
  private Running running(ExtensionContext context) {
    ExtensionContext owner = context;
    while (owner.getTestMethod().isPresent() && owner.getParent().isPresent()) {
      owner = owner.getParent().get();
    }
    return owner
        .getStore(NAMESPACE)
        .getOrComputeIfAbsent(Running.class, key -> new Running(configure), Running.class);
  }

  /** A started sandbox and the two clients pointed at it; closed once. */
  @SuppressWarnings("deprecation") // CloseableResource: closed by JUnit versions before 5.13 too
  private static final class Running
      implements ExtensionContext.Store.CloseableResource, AutoCloseable {
    final OptixSandbox sandbox;
    final OptixClient organization;
    final OptixClient personal;
    private boolean closed;

    Running(Consumer<OptixSandbox.Builder> configure) {
      OptixSandbox.Builder builder = OptixSandbox.builder();
      configure.accept(builder);
      sandbox = builder.build();
      organization = client(sandbox, sandbox.organizationToken());
      personal = client(sandbox, sandbox.personalToken());
    }

    private static OptixClient client(OptixSandbox sandbox, String token) {
      return OptixClient.builder()
          .endpoint(sandbox.endpoint())
          .tokenProvider(TokenProvider.fixed(token))
          .build();
    }

    @Override
    public synchronized void close() {
      if (!closed) {
        closed = true;
        organization.close();
        personal.close();
        sandbox.close();
      }
    }
  }
}
