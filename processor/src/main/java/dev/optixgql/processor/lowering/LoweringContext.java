package dev.optixgql.processor.lowering;

import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.UsedTypes;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What lowering one operation shares across its models: the schema, the documents, the memo tables.
 *
 * @param fragments the fragments lowered so far, in the order their lowering finished: a fragment
 *     comes after every fragment whose types its own types hold (those spread inside it), which
 *     {@code naming.ModelNames} relies on to name each type in the fragment that owns it
 * @param origins the selection sets each fragment's nested model was lowered from, by identity:
 *     another fragment selecting the same sets there holds that very model (issue 25)
 * @param readerBytes one counter: the operation's records' estimated reader initialization
 */
record LoweringContext(
    GraphQLSchema schema,
    DocumentIndex index,
    JavaSite site,
    UsedTypes used,
    Map<String, Set<String>> possibleTypes,
    Map<String, IrFragment> fragments,
    ScalarTypes scalars,
    String scope,
    Map<ModelKey, IrModel> models,
    Map<IrModel, List<SelectionSet>> origins,
    int[] readerBytes) {

  /** The context of one operation's lowering: empty tables, the operation's own scope. */
  static LoweringContext forOperation(
      GraphQLSchema schema,
      DocumentIndex index,
      JavaSite site,
      UsedTypes used,
      ScalarTypes scalars) {
    return new LoweringContext(
        schema,
        index,
        site,
        used,
        new java.util.HashMap<>(),
        new java.util.LinkedHashMap<>(),
        scalars,
        "",
        new java.util.HashMap<>(),
        new java.util.IdentityHashMap<>(),
        new int[1]);
  }

  /**
   * The context for lowering fragment {@code fragment}: its models are shared only among
   * themselves, so a fragment's interfaces come out the same in every operation that uses it (and
   * never as an operation's records).
   */
  LoweringContext scoped(String fragment) {
    return new LoweringContext(
        schema,
        index,
        site,
        used,
        possibleTypes,
        fragments,
        scalars,
        fragment,
        models,
        origins,
        readerBytes);
  }

  /** The names of the object types a value of {@code type} can have. */
  Set<String> possibleTypes(GraphQLCompositeType type) {
    return possibleTypes.computeIfAbsent(type.getName(), k -> possibleTypesOf(type, schema));
  }

  private static Set<String> possibleTypesOf(GraphQLCompositeType type, GraphQLSchema schema) {
    Set<String> names = new TreeSet<>();
    if (type instanceof GraphQLObjectType) {
      names.add(type.getName());
    } else {
      for (graphql.schema.GraphQLNamedType candidate : schema.getAllTypesAsList()) {
        if (candidate instanceof GraphQLObjectType object
            && schema.isPossibleType((graphql.schema.GraphQLNamedType) type, object)) {
          names.add(object.getName());
        }
      }
    }
    return names;
  }
}
