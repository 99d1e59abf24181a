package dev.optixgql.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.optixgql.runtime.Input;
import dev.optixgql.runtime.Operation;
import java.io.StringWriter;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lists a generated operation or input object is built with: copied, so the caller's later
 * changes are not sent, and a {@code null} element of a list whose type holds none refused where
 * the value is built, naming the variable or field and the element, not when the request is
 * written; lists inside lists the same, at every level.
 */
class ListVariablesTest {
  private static final String SCHEMA =
      """
      type Query {
        users(ids: [ID!], filter: Filter, grid: [[Int!]!]): [User!]!
      }

      input Filter {
        ids: [ID!]!
        tags: [String]
        slots: [[Int]!]
      }

      type User {
        id: ID!
      }
      """;

  @TempDir Path dir;
  private ClassLoader loader;

  @BeforeEach
  void compile() {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", SCHEMA)
            .write(
                "ops.graphql",
                "query Users($ids: [ID!], $filter: Filter, $grid: [[Int!]!]) {\n"
                    + "  users(ids: $ids, filter: $filter, grid: $grid) {\n    id\n  }\n}\n");
    loader =
        CompiledClasses.compileCleanly(
            project,
            DiagnosticFixtures.api(
                "@GraphQLOperation(\"Users\")",
                "UsersQuery.Data users(java.util.List<String> ids, Filter filter,"
                    + " java.util.List<java.util.List<Integer>> grid);"));
  }

  @Test
  void aListTheCallerChangesLaterIsSentAsItWas() throws Exception {
    List<String> ids = new ArrayList<>(List.of("1", "2"));
    Operation<?> query = users(ids, null, null);
    ids.add("3");
    assertEquals("{\"ids\":[\"1\",\"2\"]}", variables(query));
  }

  @Test
  void aNullElementIsRefusedWhereTheOperationIsBuilt() {
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> users(Arrays.asList("1", null), null, null));
    assertEquals(
        "$ids of Users ([ID!]): element 1 is null, and the list's type holds no nulls",
        e.getMessage());
  }

  @Test
  void anInputObjectsListsAreCopiedAndCheckedToo() throws Exception {
    Class<?> filter = loader.loadClass("test.Filter");
    Constructor<?> constructor = filter.getDeclaredConstructors()[0];
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> construct(constructor, Arrays.asList("1", null), Input.absent(), Input.absent()));
    assertEquals(
        "Filter.ids ([ID!]!): element 1 is null, and the list's type holds no nulls",
        e.getMessage());
    List<String> tags = new ArrayList<>(Arrays.asList("a", null));
    Object value = construct(constructor, List.of("7"), Input.of(tags), Input.absent());
    tags.clear();
    assertEquals(
        "{\"filter\":{\"ids\":[\"7\"],\"tags\":[\"a\",null]}}",
        variables(users(null, value, null)));
  }

  @Test
  void listsInsideListsAreCopiedAndCheckedAtEveryLevel() throws Exception {
    List<Integer> row = new ArrayList<>(List.of(1, 2));
    Operation<?> query = users(null, null, new ArrayList<>(List.of(row)));
    row.add(3);
    assertEquals("{\"grid\":[[1,2]]}", variables(query));
    NullPointerException e =
        assertThrows(
            NullPointerException.class,
            () -> users(null, null, List.of(List.of(1), Arrays.asList(2, null))));
    assertEquals(
        "$grid of Users ([[Int!]!]): element [1][1] is null, and the list's type holds no nulls",
        e.getMessage());

    Constructor<?> filter = loader.loadClass("test.Filter").getDeclaredConstructors()[0];
    List<Integer> slots = new ArrayList<>(Arrays.asList(4, null));
    Object value = construct(filter, List.of("7"), Input.absent(), Input.of(List.of(slots)));
    slots.clear();
    assertEquals(
        "{\"filter\":{\"ids\":[\"7\"],\"slots\":[[4,null]]}}", variables(users(null, value, null)));
    NullPointerException outer =
        assertThrows(
            NullPointerException.class,
            () ->
                construct(
                    filter,
                    List.of("7"),
                    Input.absent(),
                    Input.of(Arrays.asList(List.of(1), null))));
    assertEquals(
        "Filter.slots ([[Int]!]): element [1] is null, and the list's type holds no nulls",
        outer.getMessage());
  }

  private Operation<?> users(List<String> ids, Object filter, List<List<Integer>> grid)
      throws Exception {
    Class<?> query = loader.loadClass("test.UsersQuery");
    return (Operation<?>) construct(query.getDeclaredConstructors()[0], ids, filter, grid);
  }

  private static Object construct(Constructor<?> constructor, Object... arguments)
      throws Exception {
    try {
      return constructor.newInstance(arguments);
    } catch (InvocationTargetException e) {
      throw assertInstanceOf(Exception.class, e.getCause());
    }
  }

  private static String variables(Operation<?> operation) throws Exception {
    StringWriter out = new StringWriter();
    try (JsonGenerator json = new JsonFactory().createGenerator(out)) {
      json.writeStartObject();
      operation.writeVariables(json);
      json.writeEndObject();
    }
    return out.toString();
  }
}
