package dev.optixgql.benchmarks.processor;

import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one operation and its fragments in a {@link Shape} over any schema, for {@link
 * FragmentScaling}: one fragment per object type, fragments in levels. Level 0's types are those of
 * the root fields (the operation spreads their fragments); each fragment selects a few leaf fields
 * and then, through its first {@code fanOut} object-typed fields leading to a type of the next
 * level, spreads that type's fragment. A next-level type is taken the first time a link reaches it;
 * a later link to it from the same level makes a diamond (one fragment reached by several paths).
 * Fields are taken in name order, skipping deprecated fields and those with a required argument.
 */
final class FragmentDocument {
  /**
   * How the fragments are laid out.
   *
   * @param levels how many levels of fragments
   * @param fanOut how many spreads a fragment writes at most
   * @param beside whether a spread sits beside a field of its own ({@code next0 { id ...F }})
   *     rather than being the link's whole selection
   * @param rootPrefix only root fields whose name starts with this are level 0's
   */
  record Shape(
      String name, int levels, int fanOut, boolean beside, int scalars, String rootPrefix) {}

  /** The document; {@code fragments} may fall short of what was asked when the schema is small. */
  record Result(String text, int fragments, int lines) {}

  private FragmentDocument() {}

  /**
   * @param widths fragments wanted per level (level 0 first)
   * @param prefix what fragment and operation names start with, unique per document
   */
  static Result write(GraphQLSchema schema, Shape shape, int[] widths, String prefix) {
    Map<String, Integer> levelOf = new HashMap<>();
    List<List<GraphQLObjectType>> levels = new ArrayList<>();
    Map<String, String> rootFields = new LinkedHashMap<>();
    List<GraphQLObjectType> level0 = new ArrayList<>();
    for (GraphQLFieldDefinition field : fields(schema.getQueryType())) {
      GraphQLObjectType target = objectTarget(field);
      if (level0.size() < widths[0]
          && target != null
          && field.getName().startsWith(shape.rootPrefix())
          && !levelOf.containsKey(target.getName())) {
        levelOf.put(target.getName(), 0);
        level0.add(target);
        rootFields.put(field.getName(), target.getName());
      }
    }
    levels.add(level0);
    // Each fragment's spreads, (field, target type), chosen as the next level is filled.
    Map<String, List<String[]>> links = new HashMap<>();
    for (int level = 0; level + 1 < widths.length; level++) {
      List<GraphQLObjectType> next = new ArrayList<>();
      for (GraphQLObjectType parent : levels.get(level)) {
        List<String[]> own = new ArrayList<>();
        for (GraphQLFieldDefinition field : fields(parent)) {
          GraphQLObjectType target = objectTarget(field);
          if (own.size() == shape.fanOut() || target == null) {
            continue;
          }
          Integer at = levelOf.get(target.getName());
          if (at == null && next.size() < widths[level + 1]) {
            levelOf.put(target.getName(), level + 1);
            next.add(target);
            at = level + 1;
          }
          if (at != null && at == level + 1) {
            own.add(new String[] {field.getName(), target.getName()});
          }
        }
        links.put(parent.getName(), own);
      }
      levels.add(next);
    }

    return text(schema, shape, prefix, rootFields, levels, links);
  }

  /** The document: the operation spreading level 0's fragments, then every fragment in levels. */
  private static Result text(
      GraphQLSchema schema,
      Shape shape,
      String prefix,
      Map<String, String> rootFields,
      List<List<GraphQLObjectType>> levels,
      Map<String, List<String[]>> links) {
    StringBuilder text = new StringBuilder("query ").append(prefix).append(" {\n");
    rootFields.forEach(
        (field, type) ->
            text.append("  ")
                .append(field)
                .append(" {\n    ...")
                .append(fragment(prefix, type))
                .append("\n  }\n"));
    text.append("}\n");
    int fragments = 0;
    for (List<GraphQLObjectType> level : levels) {
      for (GraphQLObjectType type : level) {
        fragments++;
        text.append("\nfragment ").append(fragment(prefix, type.getName()));
        text.append(" on ").append(type.getName()).append(" {\n");
        for (String leaf : leaves(type, shape.scalars())) {
          text.append("  ").append(leaf).append('\n');
        }
        for (String[] link : links.getOrDefault(type.getName(), List.of())) {
          text.append("  ").append(link[0]).append(" {\n");
          if (shape.beside()) {
            String leaf = leaves(schema.getObjectType(link[1]), 1).get(0);
            text.append("    ").append(leaf).append('\n');
          }
          text.append("    ...").append(fragment(prefix, link[1])).append("\n  }\n");
        }
        text.append("}\n");
      }
    }
    return new Result(
        text.toString(), fragments, (int) text.chars().filter(c -> c == '\n').count());
  }

  private static String fragment(String prefix, String type) {
    return prefix + "_" + type;
  }

  /** {@code id} first if the type has one, then other leaf fields by name; else __typename. */
  private static List<String> leaves(GraphQLObjectType type, int count) {
    List<String> leaves = new ArrayList<>();
    if (type.getFieldDefinition("id") != null) {
      leaves.add("id");
    }
    for (GraphQLFieldDefinition field : fields(type)) {
      if (leaves.size() < count
          && !field.getName().equals("id")
          && GraphQLTypeUtil.isLeaf(GraphQLTypeUtil.unwrapAll(field.getType()))) {
        leaves.add(field.getName());
      }
    }
    if (leaves.isEmpty()) {
      leaves.add("__typename");
    }
    return leaves.subList(0, Math.min(count, leaves.size()));
  }

  /** The type's usable fields in name order: not deprecated, no required argument. */
  private static List<GraphQLFieldDefinition> fields(GraphQLObjectType type) {
    return type.getFieldDefinitions().stream()
        .filter(f -> !f.isDeprecated())
        .filter(
            f ->
                f.getArguments().stream()
                    .noneMatch(
                        a -> GraphQLTypeUtil.isNonNull(a.getType()) && !a.hasSetDefaultValue()))
        .sorted(Comparator.comparing(GraphQLFieldDefinition::getName))
        .toList();
  }

  private static GraphQLObjectType objectTarget(GraphQLFieldDefinition field) {
    GraphQLType type = GraphQLTypeUtil.unwrapAll(field.getType());
    return type instanceof GraphQLObjectType object ? object : null;
  }
}
