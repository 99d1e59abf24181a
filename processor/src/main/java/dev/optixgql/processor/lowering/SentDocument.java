package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.validation.OperationDocuments;
import graphql.language.Definition;
import graphql.language.Document;
import graphql.language.Field;
import graphql.language.FragmentDefinition;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints the text an operation sends: the operation and its fragments, minified, with {@code
 * __typename} selected first in every selection set on an interface or union, so the generated
 * adapter can tell the concrete type before reading the rest (see {@code JsonReaders.typename}).
 */
final class SentDocument {
  private final GraphQLSchema schema;

  SentDocument(GraphQLSchema schema) {
    this.schema = schema;
  }

  String print(OperationSource operation, DocumentIndex index) {
    Document document = OperationDocuments.documentOf(operation, index);
    List<Definition> definitions = new ArrayList<>();
    for (Definition<?> definition : document.getDefinitions()) {
      if (definition instanceof OperationDefinition op) {
        GraphQLObjectType root =
            switch (op.getOperation()) {
              case MUTATION -> schema.getMutationType();
              case SUBSCRIPTION -> schema.getSubscriptionType();
              default -> schema.getQueryType();
            };
        definitions.add(
            op.transform(b -> b.selectionSet(rewrite(op.getSelectionSet(), root, false))));
      } else if (definition instanceof FragmentDefinition fragment) {
        GraphQLType condition = schema.getType(fragment.getTypeCondition().getName());
        definitions.add(
            condition instanceof GraphQLCompositeType composite
                ? fragment.transform(
                    b -> b.selectionSet(rewrite(fragment.getSelectionSet(), composite, false)))
                : fragment);
      } else {
        definitions.add(definition);
      }
    }
    return CompactPrinter.print(document.transform(b -> b.definitions(definitions)));
  }

  /**
   * Rewrites a selection set; {@code field} says it is a field's own set, where {@code __typename}
   * is added (fragments spread into it share it, so theirs need none).
   */
  private SelectionSet rewrite(SelectionSet set, GraphQLCompositeType parent, boolean fieldSet) {
    if (set == null || parent == null) {
      return set;
    }
    List<Selection> selections = new ArrayList<>();
    boolean abstractParent = !(parent instanceof GraphQLObjectType);
    if (fieldSet && abstractParent && !hasTypename(set)) {
      selections.add(Field.newField("__typename").build());
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field && field.getSelectionSet() != null) {
        GraphQLCompositeType child = childType(parent, field.getName());
        selections.add(
            field.transform(b -> b.selectionSet(rewrite(field.getSelectionSet(), child, true))));
      } else if (selection instanceof InlineFragment inline) {
        GraphQLType condition =
            inline.getTypeCondition() == null
                ? parent
                : schema.getType(inline.getTypeCondition().getName());
        GraphQLCompositeType scope =
            condition instanceof GraphQLCompositeType composite ? composite : null;
        selections.add(
            inline.transform(b -> b.selectionSet(rewrite(inline.getSelectionSet(), scope, false))));
      } else {
        selections.add(selection);
      }
    }
    return set.transform(b -> b.selections(selections));
  }

  private static boolean hasTypename(SelectionSet set) {
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field
          && field.getName().equals("__typename")
          && field.getAlias() == null
          && field.getDirectives().isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static GraphQLCompositeType childType(GraphQLCompositeType parent, String fieldName) {
    if (!(parent instanceof GraphQLFieldsContainer container)) {
      return null;
    }
    GraphQLFieldDefinition definition = container.getFieldDefinition(fieldName);
    if (definition == null) {
      return null;
    }
    GraphQLType type = GraphQLTypeUtil.unwrapAll(definition.getType());
    return type instanceof GraphQLCompositeType composite ? composite : null;
  }
}
