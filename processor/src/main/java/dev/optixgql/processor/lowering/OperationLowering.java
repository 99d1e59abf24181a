package dev.optixgql.processor.lowering;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrOperation;
import dev.optixgql.processor.ir.IrVariable;
import dev.optixgql.processor.ir.UsedTypes;
import dev.optixgql.processor.naming.JavaNames;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.language.OperationDefinition;
import graphql.language.VariableDefinition;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLSchema;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Stage 4: lowers one validated operation to an {@link IrOperation}: fragments inlined and fields
 * merged by response name (spec §5.3.2), nullability made explicit, and the enums and input objects
 * it uses recorded in {@link UsedTypes}.
 */
public final class OperationLowering {
  /**
   * The most types (response records and fragments' nested interfaces) one operation may lower to.
   * Generous: a hand-written operation lowers to tens, the issue 25 diamond of 94 fragments to a
   * few hundred; an operation's one response adapter holds a reader method and a names constant per
   * record, and its class's constant pool (65,535 entries) runs out at a few thousand records
   * anyway. Past it, lowering stops at once rather than run on for minutes.
   */
  public static final int MAX_TYPES = 5_000;

  /**
   * The most bytes of names constants the operation's reading code may initialize: each record's
   * reader has a constant of its field names, at about 12 bytes per record and 8 per name. They are
   * spread over the response adapter and nested holders of 48 KB each (javac refuses a method past
   * 64 KB, "code too large"), so this is no hard limit of Java's: at five holders' worth (about
   * 2,800 records of 9 fields, or 1,000 records of 28 merged fields) the reading code alone runs to
   * a hundred thousand lines, and refusing with a located diagnostic beats a build that runs for
   * minutes.
   */
  public static final int MAX_READER_BYTES = 240_000;

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
      UsedTypes used,
      ScalarTypes scalars,
      String typesPackage) {
    int mark = diagnostics.mark();
    GraphQLSchema schema = snapshot.schema();
    OperationDefinition definition = operation.definition();
    boolean mutation = definition.getOperation() == OperationDefinition.Operation.MUTATION;
    boolean subscription = definition.getOperation() == OperationDefinition.Operation.SUBSCRIPTION;
    GraphQLObjectType root =
        mutation
            ? schema.getMutationType()
            : subscription ? schema.getSubscriptionType() : schema.getQueryType();
    LoweringContext context = LoweringContext.forOperation(schema, index, site, used, scalars);
    IrModel data;
    try {
      data =
          ModelLowering.model(
              "Data",
              root.getName(),
              root,
              List.of(new Occurrence(definition.getSelectionSet(), operation.file())),
              List.of(),
              context);
    } catch (TooLarge e) {
      reportTooLarge(operation, context, e.readers);
      return null;
    }

    List<IrVariable> variables = variables(definition, new InputTypes(schema, used, scalars));
    if (diagnostics.hasErrorsSince(mark)) {
      return null;
    }
    String name = operation.name();
    return new IrOperation(
        name,
        className(definition),
        mutation,
        subscription,
        new SentDocument(schema).print(operation, index),
        operation.file().displayPath(),
        variables,
        data,
        new ArrayList<>(context.fragments().values()),
        typesPackage,
        PagingLowering.of(definition, root, data, variables));
  }

  /**
   * Thrown when an operation lowers to more than {@link #MAX_TYPES} types, or to readers past
   * {@link #MAX_READER_BYTES}; no stack trace.
   */
  static final class TooLarge extends RuntimeException {
    final boolean readers;

    TooLarge(boolean readers) {
      super(null, null, false, false);
      this.readers = readers;
    }
  }

  private void reportTooLarge(OperationSource operation, LoweringContext context, boolean readers) {
    if (readers) {
      diagnostics.report(
          DiagnosticKind.OPERATION_TOO_LARGE,
          operation.location(),
          context.site(),
          "'"
              + operation.name()
              + "' is valid GraphQL but its response records hold more fields than the generated"
              + " reading code should (over "
              + MAX_READER_BYTES / 8
              + " names of fields in all): each field whose selection merges fields beside a fragment"
              + " spread ('next { id ...Fragment }' where Fragment does not select 'id') gets a"
              + " record of its own. Select such fields inside the fragment, or split the"
              + " operation.");
      return;
    }
    // Where the types come from: the operation's records, or one fragment's nested interfaces.
    Map<String, Integer> byScope = new java.util.TreeMap<>();
    for (ModelKey key : context.models().keySet()) {
      byScope.merge(key.scope, 1, Integer::sum);
    }
    String most = "";
    for (Map.Entry<String, Integer> entry : byScope.entrySet()) {
      if (entry.getValue() > byScope.getOrDefault(most, 0)) {
        most = entry.getKey();
      }
    }
    diagnostics.report(
        DiagnosticKind.OPERATION_TOO_LARGE,
        operation.location(),
        context.site(),
        "'"
            + operation.name()
            + "' is valid GraphQL but would generate more than "
            + MAX_TYPES
            + " types ("
            + (most.isEmpty()
                ? "its response records"
                : "fragment '" + most + "' alone has " + byScope.get(most) + " nested types")
            + "): fragments spread side by side ('next { ...A ...B }') whose fields merge again"
            + " below get a nested type under every path of fragments that reaches them, so"
            + " fragments spreading each other several levels deep multiply them. Spread one"
            + " fragment that spreads both ('fragment AB on T { ...A ...B }', then"
            + " 'next { ...AB }': one type for every path), or split the operation.");
  }

  private static List<IrVariable> variables(OperationDefinition definition, InputTypes inputs) {
    List<IrVariable> variables = new ArrayList<>();
    for (VariableDefinition variable : definition.getVariableDefinitions()) {
      variables.add(
          new IrVariable(
              variable.getName(),
              inputs.of(variable.getType()),
              variable.getDefaultValue() != null));
    }
    return variables;
  }

  /**
   * The Java class of {@code definition}, named by its operation and kind: {@code draftBooking} →
   * {@code DraftBookingQuery}.
   */
  public static String className(OperationDefinition definition) {
    OperationDefinition.Operation kind = definition.getOperation();
    return JavaNames.operationClass(
        definition.getName(),
        kind == OperationDefinition.Operation.MUTATION
            ? "Mutation"
            : kind == OperationDefinition.Operation.SUBSCRIPTION ? "Subscription" : "Query");
  }
}
