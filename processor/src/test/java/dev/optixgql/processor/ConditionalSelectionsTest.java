package dev.optixgql.processor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code @include} and {@code @skip} do to the records (docs/generated-code.md, "Names and
 * types"): a field under a condition may be left out, so it is nullable (boxed) whatever its schema
 * type, and a fragment spread only under a condition is not implemented; spread unconditionally as
 * well, its fields stay non-null and the record implements it.
 */
class ConditionalSelectionsTest {
  private static final String SCHEMA =
      """
      type Query {
        me: User!
      }

      type User {
        id: ID!
        age: Int!
      }
      """;

  private static final String OPS =
      """
      fragment Person on User {
        id
        age
      }

      query Maybe($x: Boolean!) {
        me {
          ...Person @include(if: $x)
        }
      }

      query Both($x: Boolean!) {
        me {
          ...Person
          ...Person @include(if: $x)
        }
      }

      query Skipped($y: Boolean!) {
        me {
          ... @skip(if: $y) {
            age
          }
        }
      }
      """;

  @TempDir Path dir;
  private ClassLoader loader;

  @BeforeEach
  void compile() {
    TestProject project =
        TestProject.in(dir).write("schema.graphqls", SCHEMA).write("ops.graphql", OPS);
    loader =
        CompiledClasses.compileCleanly(
            project,
            DiagnosticFixtures.api(
                "@GraphQLOperation(\"Maybe\")",
                "MaybeQuery.Data maybe(boolean x);",
                "@GraphQLOperation(\"Both\")",
                "BothQuery.Data both(boolean x);",
                "@GraphQLOperation(\"Skipped\")",
                "SkippedQuery.Data skipped(boolean y);"));
  }

  @Test
  void aFragmentSpreadOnlyUnderAConditionIsNotImplemented() throws Exception {
    Class<?> me = loader.loadClass("test.MaybeQuery$Data$Me");
    assertFalse(person().isAssignableFrom(me));
    assertEquals(Integer.class, me.getRecordComponents()[1].getType());
  }

  @Test
  void spreadUnconditionallyAsWellItIsImplemented() throws Exception {
    Class<?> me = loader.loadClass("test.BothQuery$Data$Me");
    assertTrue(person().isAssignableFrom(me));
    assertEquals(int.class, me.getRecordComponents()[1].getType());
  }

  @Test
  void aFieldUnderASkippedInlineFragmentIsBoxed() throws Exception {
    Class<?> me = loader.loadClass("test.SkippedQuery$Data$Me");
    assertEquals(Integer.class, me.getRecordComponents()[0].getType());
  }

  private Class<?> person() throws ClassNotFoundException {
    return loader.loadClass("test.Person");
  }
}
