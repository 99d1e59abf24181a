package dev.optixgql.processor.validation;

import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.SourceLocation;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The two fields of a conflict whose reason names no types: graphql-java says only "different
 * nullability shapes" or "different list shapes", so the message names each field where it is
 * selected, with its type ({@code User.name is String at 11:5, Workflow.name is String! at 15:5}):
 * the other field is often in another fragment or file. Found by walking the validated document to
 * each location, following the schema from the operation's root or the fragment's type condition.
 */
final class ConflictingFields {
  private ConflictingFields() {}

  /**
   * The fields at {@code locations} (graphql-java gives both), each as {@code Owner.field is Type
   * at line:col}, the file named when it is not {@code reportedIn}; {@code null} when either cannot
   * be found.
   */
  static String describe(
      List<SourceLocation> locations, Document validated, GraphQLSchema schema, String reportedIn) {
    if (locations == null || locations.size() != 2 || schema == null) {
      return null;
    }
    List<String> fields = new ArrayList<>();
    for (SourceLocation at : locations) {
      String field = find(at, validated, schema);
      if (field == null) {
        return null;
      }
      String file = at.getSourceName();
      String place =
          (file == null || file.equals(reportedIn) ? "" : file + ":")
              + at.getLine()
              + ":"
              + at.getColumn();
      fields.add(field + " at " + place);
    }
    return String.join(", ", fields);
  }

  private static String find(SourceLocation at, Document validated, GraphQLSchema schema) {
    for (Definition<?> definition : validated.getDefinitions()) {
      GraphQLType root = null;
      SelectionSet selections = null;
      if (definition instanceof OperationDefinition operation) {
        root =
            switch (operation.getOperation()) {
              case MUTATION -> schema.getMutationType();
              case SUBSCRIPTION -> schema.getSubscriptionType();
              default -> schema.getQueryType();
            };
        selections = operation.getSelectionSet();
      } else if (definition instanceof FragmentDefinition fragment) {
        root = schema.getType(fragment.getTypeCondition().getName());
        selections = fragment.getSelectionSet();
      }
      String found = root == null ? null : find(at, selections, root, schema);
      if (found != null) {
        return found;
      }
    }
    return null;
  }

  private static String find(
      SourceLocation at, SelectionSet selections, GraphQLType parent, GraphQLSchema schema) {
    if (selections == null) {
      return null;
    }
    for (Selection<?> selection : selections.getSelections()) {
      if (selection instanceof Field field && parent instanceof GraphQLFieldsContainer container) {
        GraphQLFieldDefinition definition = container.getFieldDefinition(field.getName());
        if (definition == null) {
          continue;
        }
        if (same(at, field.getSourceLocation())) {
          return container.getName()
              + "."
              + field.getName()
              + " is "
              + GraphQLTypeUtil.simplePrint(definition.getType());
        }
        String found =
            find(
                at,
                field.getSelectionSet(),
                GraphQLTypeUtil.unwrapAll(definition.getType()),
                schema);
        if (found != null) {
          return found;
        }
      } else if (selection instanceof InlineFragment inline) {
        GraphQLType type =
            inline.getTypeCondition() == null
                ? parent
                : schema.getType(inline.getTypeCondition().getName());
        String found = find(at, inline.getSelectionSet(), type, schema);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  private static boolean same(SourceLocation a, SourceLocation b) {
    return b != null
        && a.getLine() == b.getLine()
        && a.getColumn() == b.getColumn()
        && Objects.equals(a.getSourceName(), b.getSourceName());
  }
}
