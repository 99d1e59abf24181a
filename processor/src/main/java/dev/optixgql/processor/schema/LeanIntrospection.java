package dev.optixgql.processor.schema;

import dev.optixgql.processor.schema.SdlOutline.Argument;
import dev.optixgql.processor.schema.SdlOutline.Definition;
import dev.optixgql.processor.schema.SdlOutline.Field;
import dev.optixgql.processor.schema.SdlOutline.Kind;
import graphql.introspection.IntrospectionResultToSchema;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.SchemaParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@link LeanSchema} for introspection snapshots ({@code .json}, what {@code download-schema}
 * writes by default): the introspection result cut down to the types the build's operations reach
 * ({@link Reach}), before graphql-java turns it into a schema. A reached object or interface keeps
 * every field, but a field not kept keeps only its name and its type written {@code Boolean}
 * (wrappers kept), without arguments. Every root operation type is kept (an introspection result
 * names them), with its fields cut the same way.
 */
final class LeanIntrospection {
  private LeanIntrospection() {}

  /**
   * The lean introspection result ({@code {"__schema": …}}) of {@code introspection} for what
   * {@code reach} keeps, with the names it leaves out and the specified scalars the whole result
   * refers to; {@code null} when it is to be built whole: a name is defined twice, or more than
   * {@code worthIt} of the types are reached.
   */
  static Lean of(Map<String, Object> introspection, Reach reach, double worthIt) {
    Map<String, Object> schema = map(introspection.get("__schema"));
    List<Object> types = list(schema.get("types"));
    Set<String> specified = new HashSet<>();
    List<Definition> definitions = definitions(schema, types, specified);
    List<String> roots = new ArrayList<>();
    for (String root : List.of("queryType", "mutationType", "subscriptionType")) {
      if (schema.get(root) instanceof Map<?, ?> named && named.get("name") instanceof String name) {
        roots.add(name);
      }
    }
    Reach.Outline outline = Reach.Outline.of(definitions, roots);
    if (outline == null) {
      return null;
    }
    Reach.Kept kept = reach.walk(outline);
    List<Object> keptTypes = new ArrayList<>();
    List<String> leftOut = new ArrayList<>();
    for (Object each : types) {
      Map<String, Object> type = map(each);
      String name = (String) type.get("name");
      if (name.startsWith("__")) {
        keptTypes.add(type);
      } else if (kept.types().contains(name)) {
        keptTypes.add(withFieldsReached(type, kept));
      } else {
        leftOut.add(name);
      }
    }
    long named = definitions.stream().filter(d -> d.kind() != Kind.DIRECTIVE).count();
    if (named - leftOut.size() > worthIt * named) {
      return null;
    }
    Map<String, Object> leanSchema = new LinkedHashMap<>(schema);
    leanSchema.put("types", keptTypes);
    Map<String, Object> lean = new LinkedHashMap<>();
    lean.put("__schema", leanSchema);
    return new Lean(lean, List.copyOf(leftOut), Set.copyOf(specified));
  }

  /**
   * The types (introspection's own excepted) and directives as the outline {@link Reach} walks,
   * noting in {@code specified} the specified scalars they refer to.
   */
  private static List<Definition> definitions(
      Map<String, Object> schema, List<Object> types, Set<String> specified) {
    List<Definition> definitions = new ArrayList<>();
    for (Object each : types) {
      Definition definition = definition(map(each), specified);
      if (definition != null) {
        definitions.add(definition);
      }
    }
    int directives = 0;
    for (Object each : listOrEmpty(schema.get("directives"))) {
      Map<String, Object> directive = map(each);
      definitions.add(
          new Definition(
              Kind.DIRECTIVE,
              "@" + directive.get("name") + "#" + directives++,
              0,
              0,
              List.of(),
              List.of(new Field("", null, arguments(directive, specified)))));
    }
    return definitions;
  }

  /** The lean result, the names of the types it leaves out, the specified scalars referred to. */
  record Lean(Map<String, Object> introspection, List<String> leftOut, Set<String> specified) {}

  /**
   * Builds the lean result; throws when it does not build (the snapshot is then built whole, which
   * reports the problem where the whole result has it).
   */
  static GraphQLSchema build(Lean lean) {
    GraphQLSchema schema =
        WholeSchema.fromIntrospectedTypes(
            new SchemaParser()
                .buildRegistry(
                    new IntrospectionResultToSchema()
                        .createSchemaDefinition(lean.introspection())));
    return LeanSchema.withSpecifiedScalars(schema, lean.specified());
  }

  /** An introspected type as the outline {@link LeanSchema#reached} walks; null for {@code __}. */
  private static Definition definition(Map<String, Object> type, Set<String> specified) {
    String name = (String) type.get("name");
    if (name == null) {
      throw new IllegalArgumentException("A type without a name");
    }
    if (name.startsWith("__")) {
      return null;
    }
    Object kind = type.get("kind");
    List<String> related = new ArrayList<>();
    List<Field> fields = new ArrayList<>();
    Kind outline;
    if ("OBJECT".equals(kind) || "INTERFACE".equals(kind)) {
      outline = "OBJECT".equals(kind) ? Kind.TYPE : Kind.INTERFACE;
      listOrEmpty(type.get("interfaces")).forEach(i -> related.add(named(i)));
      for (Object each : listOrEmpty(type.get("fields"))) {
        fields.add(field(map(each), specified));
      }
    } else if ("UNION".equals(kind)) {
      outline = Kind.UNION;
      listOrEmpty(type.get("possibleTypes")).forEach(t -> related.add(named(t)));
    } else if ("INPUT_OBJECT".equals(kind)) {
      outline = Kind.INPUT;
      for (Object each : listOrEmpty(type.get("inputFields"))) {
        fields.add(field(map(each), specified));
      }
    } else if ("ENUM".equals(kind)) {
      outline = Kind.ENUM;
    } else if ("SCALAR".equals(kind)) {
      outline = Kind.SCALAR;
    } else {
      throw new IllegalArgumentException("Type " + name + " has kind " + kind);
    }
    return new Definition(outline, name, 0, 0, related, fields);
  }

  private static Field field(Map<String, Object> field, Set<String> specified) {
    String type = named(field.get("type"));
    noteSpecified(type, specified);
    return new Field((String) field.get("name"), type, arguments(field, specified));
  }

  private static List<Argument> arguments(Map<String, Object> owner, Set<String> specified) {
    List<Argument> arguments = new ArrayList<>();
    for (Object each : listOrEmpty(owner.get("args"))) {
      Map<String, Object> argument = map(each);
      String type = named(argument.get("type"));
      noteSpecified(type, specified);
      arguments.add(new Argument(type, argument.get("defaultValue") != null));
    }
    return arguments;
  }

  private static void noteSpecified(String type, Set<String> specified) {
    if (LeanSchema.SPECIFIED_SCALARS.contains(type)) {
      specified.add(type);
    }
  }

  /** A reached object or interface, its fields that no operation file names cut to a name. */
  private static Map<String, Object> withFieldsReached(Map<String, Object> type, Reach.Kept kept) {
    if (!(type.get("fields") instanceof List<?> fields)) {
      return type;
    }
    List<Object> out = new ArrayList<>(fields.size());
    for (Object each : fields) {
      Map<String, Object> field = map(each);
      if (kept.keeps((String) type.get("name"), (String) field.get("name"))) {
        out.add(field);
        continue;
      }
      Map<String, Object> cut = new LinkedHashMap<>(field);
      cut.put("args", List.of());
      cut.put("type", asBoolean(map(field.get("type"))));
      out.add(cut);
    }
    Map<String, Object> copy = new LinkedHashMap<>(type);
    copy.put("fields", out);
    return copy;
  }

  /** A type reference with its list and non-null wrappers, naming {@code Boolean} inside them. */
  private static Map<String, Object> asBoolean(Map<String, Object> reference) {
    Map<String, Object> copy = new LinkedHashMap<>();
    Object kind = reference.get("kind");
    copy.put("kind", kind);
    if ("LIST".equals(kind) || "NON_NULL".equals(kind)) {
      copy.put("name", null);
      copy.put("ofType", asBoolean(map(reference.get("ofType"))));
    } else {
      copy.put("kind", "SCALAR");
      copy.put("name", "Boolean");
      copy.put("ofType", null);
    }
    return copy;
  }

  /** The named type inside a type reference's wrappers. */
  private static String named(Object reference) {
    Map<String, Object> at = map(reference);
    while (at.get("name") == null) {
      at = map(at.get("ofType"));
    }
    return (String) at.get("name");
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    if (value instanceof Map<?, ?> map) {
      return (Map<String, Object>) map;
    }
    throw new IllegalArgumentException("Expected an object, found " + value);
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    if (value instanceof List<?> list) {
      return (List<Object>) list;
    }
    throw new IllegalArgumentException("Expected a list, found " + value);
  }

  private static List<Object> listOrEmpty(Object value) {
    return value == null ? List.of() : list(value);
  }
}
