package dev.optixgql.processor.lowering;

import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.UsedTypes;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLInputType;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;

/**
 * Lowers input types (of variables and input-object fields) to {@link IrType}, recording every enum
 * and input object reached, transitively.
 */
final class InputTypes {
  private final GraphQLSchema schema;
  private final UsedTypes used;

  private final ScalarTypes scalars;

  InputTypes(GraphQLSchema schema, UsedTypes used, ScalarTypes scalars) {
    this.schema = schema;
    this.used = used;
    this.scalars = scalars;
  }

  /** A variable's declared type, as written in the document. */
  IrType of(Type<?> type) {
    if (type instanceof NonNullType nonNull) {
      return new IrType.NonNull(of(nonNull.getType()));
    }
    if (type instanceof ListType list) {
      return new IrType.ListOf(of(list.getType()));
    }
    return named(schema.getType(((TypeName) type).getName()));
  }

  /** A schema input type. */
  IrType of(GraphQLInputType type) {
    if (type instanceof GraphQLNonNull nonNull) {
      return new IrType.NonNull(of((GraphQLInputType) nonNull.getWrappedType()));
    }
    if (type instanceof GraphQLList list) {
      return new IrType.ListOf(of((GraphQLInputType) list.getWrappedType()));
    }
    return named(type);
  }

  private IrType named(GraphQLType type) {
    GraphQLNamedType named = (GraphQLNamedType) type;
    if (named instanceof GraphQLEnumType) {
      used.enums().add(named.getName());
      return new IrType.EnumRef(named.getName());
    }
    if (named instanceof GraphQLInputObjectType input) {
      if (used.inputObjects().add(input.getName())) {
        for (GraphQLInputObjectField field : input.getFieldDefinitions()) {
          of(field.getType());
        }
      }
      return new IrType.InputRef(named.getName());
    }
    return scalars.of(named.getName());
  }
}
