package dev.optixgql.examples.catalog;

import dev.optixgql.runtime.GraphQLClient;
import dev.optixgql.runtime.GraphQLOperation;
import java.util.List;

/** The test catalog's operations, bound so the processor generates their types for the tests. */
@GraphQLClient(schema = "catalog/schema.graphqls")
public interface CatalogApi {
  @GraphQLOperation("Search")
  SearchQuery.Data search(String text, boolean brief, boolean withStanding);

  /** As {@link #search}, with a boxed parameter for a {@code Boolean!}: null is refused. */
  @GraphQLOperation("Search")
  SearchQuery.Data searchBoxed(String text, Boolean brief, boolean withStanding);

  @GraphQLOperation("Nodes")
  NodesQuery.Data nodes(List<String> ids);

  @GraphQLOperation("RoomsWith")
  RoomsWithQuery.Data roomsWith(Amenity amenity);

  @GraphQLOperation("ReaderNames")
  ReaderNamesQuery.Data readerNames();

  @GraphQLOperation("WriterNames")
  WriterNamesQuery.Data writerNames(List<String> e0, Amenity v0, String out);

  @GraphQLOperation("Reserve")
  ReserveMutation.Data reserve(ReservationInput input);
}
