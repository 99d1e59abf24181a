package dev.optixgql.processor.schema;

import dev.optixgql.processor.schema.SdlOutline.Definition;
import dev.optixgql.processor.schema.SdlOutline.Field;
import dev.optixgql.processor.schema.SdlOutline.Kind;
import dev.optixgql.processor.syntax.Declined;
import dev.optixgql.processor.syntax.DocumentReader;
import graphql.language.Document;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.ScalarInfo;
import graphql.schema.idl.UnExecutableSchemaGenerator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Stage 1 for a clean build (issue 25): the SDL of a snapshot cut down to what the build's
 * operations can reach, so that ANTLR parses and graphql-java builds a few dozen definitions
 * instead of the whole schema. What is kept stays on its own line (what is left out becomes white
 * space), so graphql-java locates anything in it as in the whole snapshot.
 *
 * <p>What is kept is {@link Reach}'s answer (the roots, the types the operations' selections or
 * names reach, closed over interfaces, possible types, union members, input types, directive
 * definitions and scalars). A kept type keeps every field, but a field not kept keeps only its name
 * and type, that type written {@code Boolean} (with its list and non-null wrappers): validation and
 * lowering look into the fields an operation selects, and of the others ask only which exist (spec
 * §5.3.1, "Did you mean" over a type's fields), so for every type they touch they see what the
 * whole snapshot says. The types left out are still named ({@link Lean#leftOut}) for "Did you mean"
 * over type names. Without a schema definition the roots are {@code Query}, {@code Mutation} and
 * {@code Subscription}, those the snapshot defines.
 */
final class LeanSchema {
  /** Above this share of the definitions kept whole, the snapshot is parsed whole. */
  static final double WORTH_IT = 0.8;

  private LeanSchema() {}

  /**
   * The lean text, the names of the types it leaves out, and the specified scalars ({@code Int},
   * {@code Float}, {@code ID}…) that both the whole snapshot and the operations name (a variable's
   * {@code Int}): graphql-java's schema holds one of those only when a type refers to it, so the
   * lean schema may need them added (rarely: a kept type usually refers to them).
   */
  record Lean(String text, List<String> leftOut, Set<String> specifiedScalars) {}

  static final Set<String> SPECIFIED_SCALARS = Set.of("Int", "Float", "String", "Boolean", "ID");

  /** A snapshot's definitions and the outline {@link Reach} walks, read before the walk. */
  record Outlined(List<Definition> definitions, Reach.Outline outline) {}

  /**
   * The definitions of {@code sdl} and their outline, or {@code null} when the snapshot is to be
   * parsed whole: the outline cannot read it, or it has two schema definitions. Needs nothing of
   * the operations, so it runs while stage 2 parses them.
   */
  static Outlined outline(String sdl) {
    List<Definition> definitions;
    try {
      definitions = SdlOutline.definitions(sdl);
    } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
      return null;
    }
    List<String> roots = roots(definitions);
    Reach.Outline outline = roots == null ? null : Reach.Outline.of(definitions, roots);
    return outline == null ? null : new Outlined(definitions, outline);
  }

  /** {@link #text(String, Outlined, Reach, double)} with the outline read first. */
  static Lean text(String sdl, Reach reach, double worthIt) {
    Outlined outlined = outline(sdl);
    return outlined == null ? null : text(sdl, outlined, reach, worthIt);
  }

  /**
   * The lean text of {@code sdl} for what {@code reach} keeps, or {@code null} when the snapshot is
   * to be parsed whole: a name is defined twice (graphql-java reports that), or more than {@code
   * worthIt} of the definitions are reached ({@link #WORTH_IT}: nearly every one, so the whole
   * snapshot costs no more).
   */
  static Lean text(String sdl, Outlined outlined, Reach reach, double worthIt) {
    List<Definition> definitions = outlined.definitions();
    Reach.Outline outline = outlined.outline();
    Reach.Kept kept = reach.walk(outline);
    Set<String> whole = kept.types();
    if (whole.size() > worthIt * definitions.size()) {
      return null;
    }
    List<String> leftOut = new ArrayList<>();
    for (Definition definition : definitions) {
      if (definition.name() != null
          && definition.kind() != Kind.DIRECTIVE
          && !whole.contains(definition.name())) {
        leftOut.add(definition.name());
      }
    }
    // The specified scalars the kept types do not refer to, but the operations name (a variable's
    // Int): graphql-java's schema holds one of those only when a type refers to it.
    Set<String> named = specifiedScalars(definitions);
    Set<String> specified = new HashSet<>(named);
    specified.retainAll(kept.specified());
    // The others still name types of the snapshot ("Did you mean" candidates), held or not.
    for (String scalar : named) {
      if (!specified.contains(scalar)) {
        leftOut.add(scalar);
      }
    }
    return new Lean(render(sdl, definitions, kept), List.copyOf(leftOut), Set.copyOf(specified));
  }

  /** The specified scalars ({@code Int}, {@code ID}…) that fields and arguments refer to. */
  private static Set<String> specifiedScalars(List<Definition> definitions) {
    Set<String> specified = new HashSet<>();
    for (Definition definition : definitions) {
      for (Field field : definition.fields()) {
        if (field.type() != null && SPECIFIED_SCALARS.contains(field.type())) {
          specified.add(field.type());
        }
        for (SdlOutline.Argument argument : field.arguments()) {
          if (SPECIFIED_SCALARS.contains(argument.type())) {
            specified.add(argument.type());
          }
        }
      }
    }
    return Set.copyOf(specified);
  }

  /**
   * The root operation types: a schema definition's, else {@code Query}, {@code Mutation} and
   * {@code Subscription} where defined (spec §3.3.1); {@code null} for two schema definitions.
   */
  private static List<String> roots(List<Definition> definitions) {
    List<String> roots = null;
    Set<String> names = new HashSet<>();
    for (Definition definition : definitions) {
      if (definition.kind() != Kind.SCHEMA) {
        names.add(definition.name());
      } else if (roots != null) {
        return null;
      } else {
        roots = new ArrayList<>(definition.related());
      }
    }
    if (roots == null) {
      roots = new ArrayList<>();
      for (String root : List.of("Query", "Mutation", "Subscription")) {
        if (names.contains(root)) {
          roots.add(root);
        }
      }
    }
    return roots;
  }

  /**
   * Builds the lean text as {@code shown}, reporting nothing: it throws when the text does not
   * build, and the snapshot is then built whole, so that its diagnostics are exactly those of the
   * whole snapshot. A problem in a part no operation reaches is not looked for (snapshots the Maven
   * plugin writes are built whole by graphql-java first). Runs on javac's thread or beside it: it
   * touches nothing but its arguments. Read by {@link DocumentReader} and assembled by {@link
   * SchemaAssembly} (the same schema as graphql-java's generator, without its start-up), else by
   * graphql-java.
   */
  static GraphQLSchema build(Lean lean, String shown) {
    Document document;
    try {
      document = DocumentReader.typeSystem(lean.text(), shown);
    } catch (Declined e) {
      return withSpecifiedScalars(
          UnExecutableSchemaGenerator.makeUnExecutableSchema(SdlRegistry.of(lean.text(), shown)),
          lean.specifiedScalars());
    }
    return SchemaAssembly.of(document, lean.specifiedScalars());
  }

  /**
   * {@code schema} with those of the specified scalars {@code specified} names that it lacks: the
   * whole schema holds them because a type left out refers to them ({@code $n: Int}).
   */
  static GraphQLSchema withSpecifiedScalars(GraphQLSchema schema, Set<String> specified) {
    List<GraphQLScalarType> missing = new ArrayList<>();
    for (GraphQLScalarType scalar : ScalarInfo.GRAPHQL_SPECIFICATION_SCALARS) {
      if (specified.contains(scalar.getName()) && schema.getType(scalar.getName()) == null) {
        missing.add(scalar);
      }
    }
    return missing.isEmpty()
        ? schema
        : schema.transform(builder -> missing.forEach(builder::additionalType));
  }

  /** The snapshot with what is not reached blanked out, what is kept on its own line. */
  private static String render(String sdl, List<Definition> definitions, Reach.Kept kept) {
    StringBuilder out = new StringBuilder(sdl.length());
    int at = 0;
    for (Definition definition : definitions) {
      boolean keep = definition.kind() == Kind.SCHEMA || kept.types().contains(definition.name());
      // A definition left out takes the comments before it along: graphql-java reads the comments
      // between two definitions as the second one's description (an old SDL convention that the
      // Optix schema follows), so they must not reach the next definition kept.
      if (!keep) {
        blank(sdl, at, definition.end(), out);
        at = definition.end();
        continue;
      }
      out.append(sdl, at, definition.start());
      at = definition.end();
      if (definition.kind() == Kind.TYPE || definition.kind() == Kind.INTERFACE) {
        keptWithFieldsReached(sdl, definition, kept, out);
      } else {
        out.append(sdl, definition.start(), definition.end());
      }
    }
    return out.append(sdl, at, sdl.length()).toString();
  }

  /**
   * A reached type or interface: every field stays, at its place, but a field whose name no
   * operation file holds keeps only its name and type. Validation and lowering look into the fields
   * an operation selects; of the others they ask only which exist (spec §5.3.1's rule, "Did you
   * mean" over a type's fields).
   */
  private static void keptWithFieldsReached(
      String sdl, Definition definition, Reach.Kept kept, StringBuilder out) {
    int at = definition.start();
    for (Field field : definition.fields()) {
      if (kept.keeps(definition.name(), field.name())) {
        continue;
      }
      out.append(sdl, at, field.start());
      blank(sdl, field.start(), field.nameStart(), out);
      out.append(sdl, field.nameStart(), field.nameStart() + field.name().length());
      blank(sdl, field.nameStart() + field.name().length(), field.colon(), out);
      out.append(':');
      blank(sdl, field.colon() + 1, field.typeStart(), out);
      // Its type as Boolean, wrappers kept: an interface's field and its implementations' stay
      // compatible, and the type it named need not be built.
      String type = sdl.substring(field.typeStart(), field.typeEnd());
      int name = type.indexOf(field.type());
      out.append(type, 0, name)
          .append("Boolean")
          .append(type, name + field.type().length(), type.length());
      blank(sdl, field.typeEnd(), field.end(), out);
      at = field.end();
    }
    out.append(sdl, at, definition.end());
  }

  /** {@code [from, to)} as white space: its line breaks, and spaces on its last line. */
  private static void blank(String sdl, int from, int to, StringBuilder out) {
    int lastBreak = from - 1;
    for (int i = from; i < to; i++) {
      char c = sdl.charAt(i);
      if (c == '\n' || c == '\r') {
        out.append(c);
        lastBreak = i;
      }
    }
    out.append(" ".repeat(Math.max(0, to - lastBreak - 1)));
  }
}
