package dev.optixgql.sandbox.engine;

import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A fixture's answer: its value, except that a list field Optix pages ({@code page}/{@code limit}
 * arguments, a {@code {total, data}} wrapper) answers one page of the fixture's {@code data} as
 * Optix does: {@code limit} items from {@code (page - 1) * limit}, {@code total} the whole list's
 * size unless the fixture gives one.
 */
final class FixturePages implements DataFetcher<Object> {
  private final Object value;

  FixturePages(Object value) {
    this.value = value;
  }

  @Override
  public Object get(DataFetchingEnvironment env) {
    GraphQLFieldDefinition field = env.getFieldDefinition();
    boolean paged = field.getArgument("page") != null || field.getArgument("limit") != null;
    if (!paged
        || !(value instanceof Map<?, ?> wrapper)
        || !(wrapper.get("data") instanceof List<?> all)) {
      return value;
    }
    Map<String, Object> args = env.getArguments();
    int limit = Math.max(0, Args.integer(args, "limit", Pagination.DEFAULT_LIMIT));
    int page = Math.max(1, Args.integer(args, "page", 1));
    long from = Math.min(all.size(), (long) (page - 1) * limit);
    long to = Math.min(all.size(), from + limit);
    Map<String, Object> out = new LinkedHashMap<>();
    wrapper.forEach((key, member) -> out.put(String.valueOf(key), member));
    out.putIfAbsent("total", all.size());
    out.put("data", all.subList((int) from, (int) to));
    return out;
  }
}
