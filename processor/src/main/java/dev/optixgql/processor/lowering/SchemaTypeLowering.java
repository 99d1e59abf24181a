package dev.optixgql.processor.lowering;

import dev.optixgql.processor.ir.IrEnum;
import dev.optixgql.processor.ir.IrInputObject;
import dev.optixgql.processor.ir.UsedTypes;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLEnumValueDefinition;
import graphql.schema.GraphQLInputObjectField;
import graphql.schema.GraphQLInputObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;

/** Stage 4: lowers the schema enums and input objects that operations use. */
public final class SchemaTypeLowering {
  private static final String DEFAULT_REASON = "No longer supported";

  private SchemaTypeLowering() {}

  public static IrEnum enumOf(GraphQLSchema schema, String name) {
    GraphQLEnumType type = (GraphQLEnumType) schema.getType(name);
    List<IrEnum.Value> values = new ArrayList<>();
    for (GraphQLEnumValueDefinition value : type.getValues()) {
      values.add(
          new IrEnum.Value(
              value.getName(),
              value.getDescription(),
              value.isDeprecated() ? reason(value.getDeprecationReason()) : null));
    }
    return new IrEnum(name, type.getDescription(), values);
  }

  public static IrInputObject inputObjectOf(
      GraphQLSchema schema, String name, ScalarTypes scalars) {
    GraphQLInputObjectType type = (GraphQLInputObjectType) schema.getType(name);
    InputTypes inputs = new InputTypes(schema, UsedTypes.empty(), scalars);
    List<IrInputObject.Field> fields = new ArrayList<>();
    for (GraphQLInputObjectField field : type.getFieldDefinitions()) {
      fields.add(
          new IrInputObject.Field(
              field.getName(),
              inputs.of(field.getType()),
              defaultText(field),
              field.getDescription(),
              field.isDeprecated() ? reason(field.getDeprecationReason()) : null));
    }
    return new IrInputObject(name, type.getDescription(), fields);
  }

  /** The default as GraphQL text ({@code 1}, {@code "MO"}, {@code PENDING}), or {@code null}. */
  private static String defaultText(GraphQLInputObjectField field) {
    if (!field.hasSetDefaultValue()) {
      return null;
    }
    Object value = field.getInputFieldDefaultValue().getValue();
    if (value instanceof graphql.language.Value<?> literal) {
      return graphql.language.AstPrinter.printAst(literal);
    }
    return String.valueOf(value);
  }

  private static String reason(String reason) {
    return reason == null || reason.isBlank() ? DEFAULT_REASON : reason;
  }
}
