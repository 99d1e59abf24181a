package dev.optixgql.sandbox.engine;

import graphql.schema.DataFetcher;
import graphql.schema.GraphQLScalarType;
import graphql.schema.TypeResolver;
import graphql.schema.idl.FieldWiringEnvironment;
import graphql.schema.idl.InterfaceWiringEnvironment;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.ScalarWiringEnvironment;
import graphql.schema.idl.UnionWiringEnvironment;
import graphql.schema.idl.WiringFactory;
import java.util.Map;

/**
 * Wires whatever a snapshot declares: custom scalars as strings, abstract types by {@code
 * __typename}, and each field to its dedicated fetcher or the {@link FallbackDataFetcher}.
 */
final class SandboxWiringFactory implements WiringFactory {
  private static final TypeResolver TYPE_RESOLVER = new TypenameTypeResolver();
  private static final DataFetcher<?> FALLBACK = new FallbackDataFetcher();

  private final Map<String, DataFetcher<?>> fetchers;

  /**
   * @param fetchers dedicated fetchers by {@code Type.field}; fields a snapshot lacks are unused
   */
  SandboxWiringFactory(Map<String, DataFetcher<?>> fetchers) {
    this.fetchers = Map.copyOf(fetchers);
  }

  @Override
  public boolean providesScalar(ScalarWiringEnvironment env) {
    return !ScalarInfo.isGraphqlSpecifiedScalar(env.getScalarTypeDefinition().getName());
  }

  @Override
  public GraphQLScalarType getScalar(ScalarWiringEnvironment env) {
    return CustomScalars.named(env.getScalarTypeDefinition().getName());
  }

  @Override
  public boolean providesTypeResolver(InterfaceWiringEnvironment env) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(InterfaceWiringEnvironment env) {
    return TYPE_RESOLVER;
  }

  @Override
  public boolean providesTypeResolver(UnionWiringEnvironment env) {
    return true;
  }

  @Override
  public TypeResolver getTypeResolver(UnionWiringEnvironment env) {
    return TYPE_RESOLVER;
  }

  @Override
  public boolean providesDataFetcher(FieldWiringEnvironment env) {
    return true;
  }

  @Override
  public DataFetcher<?> getDataFetcher(FieldWiringEnvironment env) {
    String coordinate = env.getParentType().getName() + "." + env.getFieldDefinition().getName();
    return fetchers.getOrDefault(coordinate, FALLBACK);
  }
}
