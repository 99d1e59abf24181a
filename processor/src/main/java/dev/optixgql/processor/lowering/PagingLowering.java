package dev.optixgql.processor.lowering;

import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrPaging;
import dev.optixgql.processor.ir.IrType;
import dev.optixgql.processor.ir.IrVariable;
import graphql.language.Argument;
import graphql.language.Field;
import graphql.language.IntValue;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.Value;
import graphql.language.VariableDefinition;
import graphql.language.VariableReference;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.InputValueWithState;
import java.util.List;

/**
 * Recognizes a query that reads one page of an Optix list ({@link IrPaging}): exactly one root
 * field (besides {@code __typename}), selected directly; its {@code page} argument a variable of
 * type {@code Int}; its {@code limit} argument a variable of type {@code Int}, a literal or absent;
 * its record (not a list, not polymorphic) selecting the wrapper's {@code data}, a list. Anything
 * else is an ordinary operation: nothing is reported, since most operations are not lists.
 */
final class PagingLowering {
  private PagingLowering() {}

  /** The paging of {@code definition}, lowered to {@code data} and {@code variables}, or null. */
  static IrPaging of(
      OperationDefinition definition,
      GraphQLObjectType root,
      IrModel data,
      List<IrVariable> variables) {
    if (definition.getOperation() != OperationDefinition.Operation.QUERY) {
      return null;
    }
    Field field = onlyRootField(definition.getSelectionSet().getSelections());
    GraphQLFieldDefinition schemaField =
        field == null ? null : root.getFieldDefinition(field.getName());
    if (schemaField == null) {
      return null;
    }
    Value<?> page = argument(field, "page");
    int pageVariable = intVariable(page, variables);
    if (pageVariable < 0) {
      return null;
    }
    Value<?> limit = argument(field, "limit");
    int limitVariable = -1;
    Integer defaultLimit;
    if (limit instanceof VariableReference) {
      limitVariable = intVariable(limit, variables);
      if (limitVariable < 0) {
        return null;
      }
      defaultLimit = variableDefault(definition, (VariableReference) limit);
    } else if (limit instanceof IntValue literal) {
      defaultLimit = small(literal);
      if (defaultLimit == null) {
        return null;
      }
    } else if (limit == null) {
      defaultLimit = null;
    } else {
      return null;
    }
    if (defaultLimit == null) {
      defaultLimit = argumentDefault(schemaField.getArgument("limit"));
    }
    Integer defaultPage = variableDefault(definition, (VariableReference) page);
    if (defaultPage == null) {
      defaultPage = argumentDefault(schemaField.getArgument("page"));
    }
    int rootField = rootFieldIndex(data, field);
    if (rootField < 0) {
      return null;
    }
    IrType wrapperType = data.fields().get(rootField).type().nullableForm();
    if (!(wrapperType instanceof IrType.Model holder) || holder.model().polymorphic()) {
      return null;
    }
    List<IrField> fields = holder.model().fields();
    int items = -1;
    int total = -1;
    for (int i = 0; i < fields.size(); i++) {
      IrField candidate = fields.get(i);
      if (items < 0 && candidate.fieldName().equals("data") && isFlatList(candidate.type())) {
        items = i;
      } else if (total < 0 && candidate.fieldName().equals("total") && isInt(candidate.type())) {
        total = i;
      }
    }
    if (items < 0) {
      return null;
    }
    return new IrPaging(
        rootField,
        pageVariable,
        defaultPage == null ? 1 : defaultPage,
        limitVariable,
        defaultLimit == null ? IrPaging.OPTIX_DEFAULT_LIMIT : defaultLimit,
        items,
        total);
  }

  /** The one field selected at the root besides {@code __typename}, or null. */
  private static Field onlyRootField(List<Selection> selections) {
    Field only = null;
    for (Selection<?> selection : selections) {
      if (!(selection instanceof Field field)) {
        return null; // a fragment at the root: not a plain page read
      }
      if (field.getName().equals("__typename")) {
        continue;
      }
      if (only != null) {
        return null;
      }
      only = field;
    }
    return only;
  }

  private static Value<?> argument(Field field, String name) {
    for (Argument argument : field.getArguments()) {
      if (argument.getName().equals(name)) {
        return argument.getValue();
      }
    }
    return null;
  }

  /** The position of the {@code Int} variable {@code value} names, or -1. */
  private static int intVariable(Value<?> value, List<IrVariable> variables) {
    if (!(value instanceof VariableReference reference)) {
      return -1;
    }
    for (int i = 0; i < variables.size(); i++) {
      IrVariable variable = variables.get(i);
      if (variable.name().equals(reference.getName())) {
        return isInt(variable.type()) ? i : -1;
      }
    }
    return -1;
  }

  private static boolean isInt(IrType type) {
    return type.nullableForm() instanceof IrType.Scalar scalar
        && scalar.name().equals("Int")
        && !scalar.mapped();
  }

  private static boolean isFlatList(IrType type) {
    return type.nullableForm() instanceof IrType.ListOf list
        && !(list.of().nullableForm() instanceof IrType.ListOf);
  }

  private static Integer variableDefault(OperationDefinition definition, VariableReference ref) {
    for (VariableDefinition variable : definition.getVariableDefinitions()) {
      if (variable.getName().equals(ref.getName())) {
        return variable.getDefaultValue() instanceof IntValue value ? small(value) : null;
      }
    }
    return null;
  }

  private static Integer argumentDefault(GraphQLArgument argument) {
    if (argument == null || !argument.hasSetDefaultValue()) {
      return null;
    }
    InputValueWithState value = argument.getArgumentDefaultValue();
    if (value.isLiteral() && value.getValue() instanceof IntValue literal) {
      return small(literal);
    }
    if (value.isExternal() && value.getValue() instanceof Integer external) {
      return external;
    }
    return null;
  }

  private static Integer small(IntValue value) {
    java.math.BigInteger number = value.getValue();
    return number.bitLength() < 32 ? number.intValue() : null;
  }

  /** The position of {@code field}'s record in {@code data}: same field, same response name. */
  private static int rootFieldIndex(IrModel data, Field field) {
    String responseName = field.getAlias() != null ? field.getAlias() : field.getName();
    for (int i = 0; i < data.fields().size(); i++) {
      IrField candidate = data.fields().get(i);
      if (candidate.responseName().equals(responseName)
          && candidate.fieldName().equals(field.getName())) {
        return i;
      }
    }
    return -1;
  }
}
