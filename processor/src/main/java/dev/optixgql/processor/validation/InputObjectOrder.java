package dev.optixgql.processor.validation;

import graphql.language.AstTransformer;
import graphql.language.Document;
import graphql.language.Node;
import graphql.language.NodeVisitorStub;
import graphql.language.ObjectField;
import graphql.language.ObjectValue;
import graphql.util.TraversalControl;
import graphql.util.TraverserContext;
import graphql.util.TreeTransformerUtil;
import java.util.Comparator;
import java.util.List;

/**
 * Input object literals with their fields in name order, for validation only: input object fields
 * are unordered (spec §2.9.8), but graphql-java's "fields can be merged" rule compares argument
 * values as written, so {@code f(arg: {a: 1, b: 2})} beside {@code f(arg: {b: 2, a: 1})} would be a
 * false conflict. Locations are kept; the text sent to the server is the one written.
 */
final class InputObjectOrder {
  private InputObjectOrder() {}

  static Document sorted(Document document) {
    if (!hasUnsortedObject(document)) {
      return document;
    }
    return (Document)
        new AstTransformer()
            .transform(
                document,
                new NodeVisitorStub() {
                  @Override
                  public TraversalControl visitObjectValue(
                      ObjectValue node, TraverserContext<Node> context) {
                    List<ObjectField> fields = node.getObjectFields();
                    List<ObjectField> sorted =
                        fields.stream().sorted(Comparator.comparing(ObjectField::getName)).toList();
                    if (!sorted.equals(fields)) {
                      TreeTransformerUtil.changeNode(
                          context, node.transform(builder -> builder.objectFields(sorted)));
                    }
                    return TraversalControl.CONTINUE;
                  }
                });
  }

  /** Most operations have no object literal out of order: those are returned untouched. */
  private static boolean hasUnsortedObject(Node<?> node) {
    if (node instanceof ObjectValue object) {
      List<ObjectField> fields = object.getObjectFields();
      for (int i = 1; i < fields.size(); i++) {
        if (fields.get(i - 1).getName().compareTo(fields.get(i).getName()) > 0) {
          return true;
        }
      }
    }
    for (Node<?> child : node.getChildren()) {
      if (hasUnsortedObject(child)) {
        return true;
      }
    }
    return false;
  }
}
