package dev.optixgql.sandbox.engine;

import dev.optixgql.sandbox.seed.Fixtures;
import graphql.ExecutionInput;
import graphql.GraphQL;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/** Executes GraphQL operations against the snapshot of the caller's token kind. */
public final class SandboxEngine {
  private final Map<TokenKind, GraphQL> engines = new EnumMap<>(TokenKind.class);

  /**
   * An engine over a freshly seeded store.
   *
   * @param snapshots the users' snapshots by kind; a kind without one serves the sandbox's own
   * @param fixtures the users' records by field coordinate (see {@link Fixtures})
   * @return the engine
   */
  public static SandboxEngine seeded(Map<TokenKind, Path> snapshots, Map<String, Object> fixtures) {
    return new SandboxEngine(SandboxStore.seeded(), snapshots, fixtures);
  }

  /**
   * @param snapshots the users' snapshots by kind; a kind without one serves the sandbox's own
   * @param fixtures the users' records by field coordinate (see {@link Fixtures})
   */
  SandboxEngine(SandboxStore store, Map<TokenKind, Path> snapshots, Map<String, Object> fixtures) {
    for (TokenKind kind : TokenKind.values()) {
      Map<String, DataFetcher<?>> fetchers = fetchers(kind, store);
      // The user's records win over the seeded data for the fields they name; a list Optix pages
      // answers one page of the record's data.
      fixtures.forEach((coordinate, value) -> fetchers.put(coordinate, new FixturePages(value)));
      SandboxWiringFactory wiring = new SandboxWiringFactory(fetchers);
      Path own = snapshots.get(kind);
      GraphQLSchema schema =
          own == null
              ? SchemaLoader.load(kind.snapshot(), wiring)
              : SchemaLoader.executable(SchemaLoader.read(own), wiring);
      engines.put(kind, GraphQL.newGraphQL(schema).build());
    }
  }

  /** Returns the spec-shaped result map: {@code data}, {@code errors}, {@code extensions}. */
  public Map<String, Object> execute(TokenKind kind, GraphQlRequest request) {
    ExecutionInput input =
        ExecutionInput.newExecutionInput()
            .query(request.query())
            .operationName(request.operationName())
            .variables(request.variables())
            .build();
    return engines.get(kind).execute(input).toSpecification();
  }

  /** The dedicated fetchers, by {@code Type.field}, of the view a token kind sees. */
  static Map<String, DataFetcher<?>> fetchers(TokenKind kind, SandboxStore store) {
    CatalogViews catalogViews = new CatalogViews(store.catalog());
    Map<String, DataFetcher<?>> fetchers = new HashMap<>();
    new AccountFetchers(kind, catalogViews).register(fetchers);
    new SpaceFetchers(catalogViews).register(fetchers);
    new BookingFetchers(kind, store, new BookingViews(catalogViews)).register(fetchers);
    new AutomationFetchers().register(fetchers);
    return fetchers;
  }
}
