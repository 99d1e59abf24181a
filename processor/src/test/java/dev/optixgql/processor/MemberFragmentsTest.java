package dev.optixgql.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fragments on one member type of a union, spread where the union is selected ({@code
 * ...NoteParts}, {@code ... on Message { ...MessageParts }}, or inside a fragment on the union),
 * become interfaces like any other fragment, and the record of that member implements them: code
 * written against {@code NoteParts} takes the {@code Note} record of every operation that spreads
 * it. The records keep their types' names ({@code Item.Note}) also where a fragment on the union is
 * spread and a record below them is shared: that fragment's interface declares no member type they
 * could hide.
 */
class MemberFragmentsTest {
  private static final String SCHEMA =
      """
      type Query {
        items: [Item!]!
      }

      union Item = Message | Note | Entry

      type User {
        id: ID!
        name: String
      }

      type Message {
        id: ID!
        text: String!
        author: User
      }

      type Note {
        id: ID!
        body: String!
        author: User!
      }

      type Entry {
        id: ID!
        at: Int!
        note: Note
      }
      """;

  private static final String FRAGMENTS =
      """
      fragment Person on User {
        id
        name
      }

      fragment NoteParts on Note {
        id
        body
        author {
          ...Person
        }
      }

      fragment MessageParts on Message {
        id
        text
      }

      fragment ItemParts on Item {
        ... on Message {
          ...MessageParts
        }
        ...NoteParts
      }

      fragment EntryParts on Entry {
        id
        at
        note {
          ...NoteParts
        }
      }

      fragment Detailed on Item {
        ... on Message {
          ...MessageParts
        }
        ...NoteParts
        ... on Entry @include(if: $withEntries) {
          ...EntryParts
        }
      }
      """;

  private static final String OPS =
      """
      query Direct {
        items {
          ...NoteParts
          ... on Message {
            ...MessageParts
          }
        }
      }

      query Nested {
        items {
          ...ItemParts
          ... on Entry {
            at
          }
        }
      }

      query Details($withEntries: Boolean! = true) {
        items {
          ...Detailed
        }
      }
      """;

  @TempDir Path dir;

  @Test
  void theMemberRecordsImplementTheirFragments() {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", SCHEMA)
            .write("fragments.graphql", FRAGMENTS)
            .write("ops.graphql", OPS);

    Compilation compilation = project.compile(sources());

    assertThat(compilation).succeededWithoutWarnings();
    assertTrue(
        project
            .generated()
            .containsAll(
                java.util.Set.of(
                    "com.acme.NoteParts",
                    "com.acme.MessageParts",
                    "com.acme.Person",
                    "com.acme.ItemParts")),
        project.generated().toString());
  }

  /**
   * The client interface, and code written against the fragments handed both operations' records.
   */
  private static JavaFileObject[] sources() {
    return new JavaFileObject[] {
      JavaFileObjects.forSourceString(
          "com.acme.Feed",
          """
                package com.acme;

                import dev.optixgql.runtime.GraphQLClient;
                import dev.optixgql.runtime.GraphQLOperation;

                @GraphQLClient(schema = "schema.graphqls")
                public interface Feed {
                  @GraphQLOperation("Direct")
                  DirectQuery.Data direct();

                  @GraphQLOperation("Nested")
                  NestedQuery.Data nested();

                  @GraphQLOperation("Details")
                  DetailsQuery.Data details(boolean withEntries);
                }
                """),
      // Written against the fragments only, and handed the records of both operations.
      JavaFileObjects.forSourceString(
          "com.acme.Render",
          """
                package com.acme;

                final class Render {
                  static String note(NoteParts note) {
                    return note.body() + " by " + person(note.author());
                  }

                  static String message(MessageParts message) {
                    return message.text();
                  }

                  static String person(Person person) {
                    return person.name() == null ? person.id() : person.name();
                  }

                  static String direct(DirectQuery.Data data) {
                    StringBuilder out = new StringBuilder();
                    for (DirectQuery.Data.Item item : data.items()) {
                      if (item instanceof DirectQuery.Data.Item.Note note) {
                        out.append(note(note));
                      } else if (item instanceof DirectQuery.Data.Item.Message message) {
                        out.append(message(message));
                      }
                    }
                    return out.toString();
                  }

                  static String nested(NestedQuery.Data data) {
                    StringBuilder out = new StringBuilder();
                    for (NestedQuery.Data.Item item : data.items()) {
                      if (item instanceof NestedQuery.Data.Item.Note note) {
                        out.append(note(note));
                      } else if (item instanceof NestedQuery.Data.Item.Message message) {
                        out.append(message(message));
                      } else if (item instanceof NestedQuery.Data.Item.Entry entry) {
                        out.append(entry.at());
                      }
                    }
                    return out.toString();
                  }

                  // The records keep their types' names: the fragment on the union declares no
                  // member types they could hide.
                  static String details(DetailsQuery.Data data) {
                    StringBuilder out = new StringBuilder();
                    for (DetailsQuery.Data.Item item : data.items()) {
                      if (item instanceof DetailsQuery.Data.Item.Note note) {
                        out.append(note(note));
                      } else if (item instanceof DetailsQuery.Data.Item.Message message) {
                        out.append(message(message));
                      } else if (item instanceof DetailsQuery.Data.Item.Entry entry) {
                        out.append(entry.at());
                      }
                    }
                    return out.toString();
                  }

                  private Render() {}
                }
                """)
    };
  }

  @Test
  void theCacheGivesBackTheSameFiles() throws IOException {
    TestProject project =
        TestProject.in(dir)
            .write("schema.graphqls", SCHEMA)
            .write("fragments.graphql", FRAGMENTS)
            .write("ops.graphql", OPS);
    List<String> cache = List.of("-Aoptixgql.cacheDir=" + dir.resolve("cache"));

    Map<String, String> first = texts(project.compile(cache, sources()));
    Map<String, String> second = texts(project.compile(cache, sources()));

    assertTrue(first.containsKey("com/acme/NoteParts.java"), first.keySet().toString());
    assertEquals(first, second);
  }

  private static Map<String, String> texts(Compilation compilation) throws IOException {
    assertThat(compilation).succeededWithoutWarnings();
    Map<String, String> texts = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      texts.put(path.substring(path.indexOf("com/acme/")), file.getCharContent(true).toString());
    }
    return texts;
  }
}
