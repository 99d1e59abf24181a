package dev.optixgql.processor.ir;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.DocumentParser;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.GraphQLFile;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.schema.SchemaSnapshot;
import dev.optixgql.processor.validation.OperationDocuments;
import graphql.introspection.Introspection;
import graphql.language.AstPrinter;
import graphql.language.Directive;
import graphql.language.DirectivesContainer;
import graphql.language.Field;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Stage 4: lowers one validated operation to an {@link IrOperation}: fragments inlined and fields
 * merged by response name (spec §5.3.2), nullability made explicit, and the enums and input objects
 * it uses recorded in {@link UsedTypes}.
 */
public final class OperationLowering {
  private final Diagnostics diagnostics;

  public OperationLowering(Diagnostics diagnostics) {
    this.diagnostics = diagnostics;
  }

  /** Lowers {@code operation}; returns {@code null} when it uses something not yet supported. */
  public IrOperation lower(
      OperationSource operation,
      DocumentIndex index,
      SchemaSnapshot snapshot,
      JavaSite site,
      UsedTypes used) {
    int mark = diagnostics.mark();
    GraphQLSchema schema = snapshot.schema();
    OperationDefinition definition = operation.definition();
    boolean mutation = definition.getOperation() == OperationDefinition.Operation.MUTATION;
    if (definition.getOperation() == OperationDefinition.Operation.SUBSCRIPTION) {
      diagnostics.report(
          DiagnosticKind.UNSUPPORTED_OPERATION_TYPE,
          DocumentParser.at(operation.file(), definition.getSourceLocation()),
          site,
          "Subscription '"
              + operation.name()
              + "' cannot be bound: Optix serves queries and"
              + " mutations over HTTP only.");
      return null;
    }
    GraphQLObjectType root = mutation ? schema.getMutationType() : schema.getQueryType();
    Context context = new Context(schema, index, site, used);
    IrModel data =
        model(
            "Data",
            root.getName(),
            root,
            List.of(new Occurrence(definition.getSelectionSet(), operation.file())),
            context);

    List<IrVariable> variables = new ArrayList<>();
    InputTypes inputs = new InputTypes(schema, used);
    for (VariableDefinition variable : definition.getVariableDefinitions()) {
      variables.add(
          new IrVariable(
              variable.getName(),
              inputs.of(variable.getType()),
              variable.getDefaultValue() != null));
    }
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    String suffix = mutation ? "Mutation" : "Query";
    String name = operation.name();
    String className =
        name.substring(0, 1).toUpperCase(Locale.ROOT)
            + name.substring(1)
            + (name.endsWith(suffix) ? "" : suffix);
    return new IrOperation(
        name,
        className,
        mutation,
        AstPrinter.printAstCompact(OperationDocuments.documentOf(operation, index)),
        operation.file().displayPath(),
        variables,
        data);
  }

  private record Context(
      GraphQLSchema schema, DocumentIndex index, JavaSite site, UsedTypes used) {}

  /** A selection set to merge, with the file it was written in (for locations). */
  private record Occurrence(SelectionSet selections, GraphQLFile file) {}

  /** One field occurrence, and whether a directive or enclosing fragment makes it conditional. */
  private record FieldOccurrence(Field field, GraphQLFile file, boolean conditional) {}

  private IrModel model(
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      Context context) {
    Map<String, List<FieldOccurrence>> byResponseName = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      collect(occurrence.selections(), occurrence.file(), parent, false, byResponseName, context);
    }
    List<IrField> fields = new ArrayList<>();
    for (Map.Entry<String, List<FieldOccurrence>> entry : byResponseName.entrySet()) {
      IrField field = field(entry.getKey(), entry.getValue(), parent, context);
      if (field != null) {
        fields.add(field);
      }
    }
    return new IrModel(
        name, alternative, parent.getName(), ((GraphQLNamedType) parent).getDescription(), fields);
  }

  private void collect(
      SelectionSet set,
      GraphQLFile file,
      GraphQLCompositeType parent,
      boolean conditional,
      Map<String, List<FieldOccurrence>> out,
      Context context) {
    if (set == null) {
      return;
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        String responseName = field.getAlias() != null ? field.getAlias() : field.getName();
        out.computeIfAbsent(responseName, k -> new ArrayList<>())
            .add(new FieldOccurrence(field, file, conditional || isConditional(field)));
      } else if (selection instanceof InlineFragment inline) {
        String condition =
            inline.getTypeCondition() == null
                ? parent.getName()
                : inline.getTypeCondition().getName();
        if (applies(condition, parent, context.schema(), file, inline, context)) {
          collect(
              inline.getSelectionSet(),
              file,
              parent,
              conditional || isConditional(inline),
              out,
              context);
        }
      } else if (selection instanceof FragmentSpread spread) {
        FragmentSource fragment = context.index().fragments().get(spread.getName());
        if (fragment == null) {
          continue; // reported by validation
        }
        String condition = fragment.definition().getTypeCondition().getName();
        if (applies(condition, parent, context.schema(), file, spread, context)) {
          collect(
              fragment.definition().getSelectionSet(),
              fragment.file(),
              parent,
              conditional || isConditional(spread),
              out,
              context);
        }
      }
    }
  }

  /**
   * Whether a fragment on {@code condition} always applies to values of {@code parent}: the same
   * type, or an abstract type that the concrete {@code parent} belongs to. A narrower condition
   * (polymorphic selection) is reported as not yet supported.
   */
  private boolean applies(
      String condition,
      GraphQLCompositeType parent,
      GraphQLSchema schema,
      GraphQLFile file,
      graphql.language.Node<?> node,
      Context context) {
    if (condition.equals(parent.getName())) {
      return true;
    }
    GraphQLType type = schema.getType(condition);
    if (parent instanceof GraphQLObjectType object
        && type instanceof graphql.schema.GraphQLCompositeType
        && !(type instanceof GraphQLObjectType)
        && schema.isPossibleType((graphql.schema.GraphQLNamedType) type, object)) {
      return true;
    }
    diagnostics.report(
        DiagnosticKind.UNSUPPORTED_SELECTION,
        DocumentParser.at(file, node.getSourceLocation()),
        context.site(),
        "A fragment on '"
            + condition
            + "' inside a selection on '"
            + parent.getName()
            + "' selects by concrete type, which optixgql does not generate yet. Select the"
            + " fields on '"
            + parent.getName()
            + "' directly.");
    return false;
  }

  private static boolean isConditional(DirectivesContainer<?> node) {
    for (Directive directive : node.getDirectives()) {
      if (directive.getName().equals("include") || directive.getName().equals("skip")) {
        return true;
      }
    }
    return false;
  }

  private IrField field(
      String responseName,
      List<FieldOccurrence> occurrences,
      GraphQLCompositeType parent,
      Context context) {
    Field first = occurrences.get(0).field();
    boolean conditional = occurrences.stream().allMatch(FieldOccurrence::conditional);
    if (first.getName().equals(Introspection.TypeNameMetaFieldDef.getName())) {
      IrType type = new IrType.NonNull(new IrType.Scalar("String"));
      return new IrField(
          responseName, first.getName(), conditional ? type.nullableForm() : type, null, null);
    }
    if (!(parent instanceof GraphQLFieldsContainer container)) {
      return null; // unions select only __typename; validation reported anything else
    }
    GraphQLFieldDefinition definition = container.getFieldDefinition(first.getName());
    if (definition == null) {
      return null; // reported by validation
    }
    List<Occurrence> subSelections = new ArrayList<>();
    for (FieldOccurrence occurrence : occurrences) {
      if (occurrence.field().getSelectionSet() != null) {
        subSelections.add(new Occurrence(occurrence.field().getSelectionSet(), occurrence.file()));
      }
    }
    IrType type = output(definition.getType(), responseName, subSelections, context);
    String reason = null;
    if (definition.isDeprecated()) {
      reason =
          definition.getDeprecationReason() == null
              ? "No longer supported"
              : definition.getDeprecationReason();
    }
    return new IrField(
        responseName,
        first.getName(),
        conditional ? type.nullableForm() : type,
        definition.getDescription(),
        reason);
  }

  private IrType output(
      GraphQLOutputType type, String responseName, List<Occurrence> selections, Context context) {
    if (type instanceof GraphQLNonNull nonNull) {
      return new IrType.NonNull(
          output((GraphQLOutputType) nonNull.getWrappedType(), responseName, selections, context));
    }
    if (type instanceof GraphQLList list) {
      return new IrType.ListOf(
          output((GraphQLOutputType) list.getWrappedType(), responseName, selections, context));
    }
    GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
    if (named instanceof graphql.schema.GraphQLEnumType) {
      context.used().enums().add(named.getName());
      return new IrType.EnumRef(named.getName());
    }
    if (named instanceof GraphQLCompositeType composite) {
      String name =
          responseName.substring(0, 1).toUpperCase(Locale.ROOT) + responseName.substring(1);
      return new IrType.Model(model(name, named.getName(), composite, selections, context));
    }
    return new IrType.Scalar(named.getName());
  }
}
