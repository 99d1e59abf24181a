package dev.optixgql.maven.schema;

import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;

/**
 * Part of {@link SchemaChanges}: when a changed type of a field, argument or input field is safe
 * for existing operations. The rules are graphql-inspector's, which the edit table is judged by:
 * outputs may only gain non-null, inputs may only lose it.
 */
final class TypeChangeSafety {
  private TypeChangeSafety() {}

  /**
   * Whether a client reading a field of type {@code old} still reads one of type {@code now}: only
   * by the same named type, the same list shape, and non-null kept or added.
   */
  static boolean forOutput(GraphQLType old, GraphQLType now) {
    if (!GraphQLTypeUtil.isWrapped(old) && !GraphQLTypeUtil.isWrapped(now)) {
      return ((GraphQLNamedType) old).getName().equals(((GraphQLNamedType) now).getName());
    }
    if (now instanceof GraphQLNonNull nonNull) {
      GraphQLType inner = old instanceof GraphQLNonNull n ? n.getWrappedType() : old;
      return forOutput(inner, nonNull.getWrappedType());
    }
    if (old instanceof GraphQLList list) {
      return now instanceof GraphQLList next
          && forOutput(list.getWrappedType(), next.getWrappedType());
    }
    return false;
  }

  /**
   * Whether every value a client sent as {@code old} is still accepted as {@code now}: the same
   * named type and list shape, and non-null kept or dropped.
   */
  static boolean forInput(GraphQLType old, GraphQLType now) {
    if (!GraphQLTypeUtil.isWrapped(old) && !GraphQLTypeUtil.isWrapped(now)) {
      return ((GraphQLNamedType) old).getName().equals(((GraphQLNamedType) now).getName());
    }
    if (old instanceof GraphQLList list && now instanceof GraphQLList next) {
      return forInput(list.getWrappedType(), next.getWrappedType());
    }
    if (old instanceof GraphQLNonNull nonNull) {
      GraphQLType inner = now instanceof GraphQLNonNull n ? n.getWrappedType() : now;
      return forInput(nonNull.getWrappedType(), inner);
    }
    return false;
  }
}
