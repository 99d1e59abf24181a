package dev.optixgql.processor.ir;

import dev.optixgql.processor.diagnostic.DiagnosticKind;
import dev.optixgql.processor.diagnostic.Diagnostics;
import dev.optixgql.processor.diagnostic.JavaSite;
import dev.optixgql.processor.document.DocumentIndex;
import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.document.GraphQLFile;
import dev.optixgql.processor.document.OperationSource;
import dev.optixgql.processor.naming.JavaNames;
import dev.optixgql.processor.schema.SchemaSnapshot;
import graphql.introspection.Introspection;
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
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

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
    Context context =
        new Context(
            schema,
            index,
            site,
            used,
            new java.util.HashMap<>(),
            new LinkedHashMap<>(),
            scalars,
            "",
            new java.util.HashMap<>(),
            new java.util.IdentityHashMap<>(),
            new int[1]);
    IrModel data;
    try {
      data =
          model(
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
        JavaNames.operationClass(
            name, mutation ? "Mutation" : subscription ? "Subscription" : "Query"),
        mutation,
        subscription,
        new SentDocument(schema).print(operation, index),
        operation.file().displayPath(),
        variables,
        data,
        new ArrayList<>(context.fragments().values()),
        typesPackage);
  }

  /**
   * Thrown when an operation lowers to more than {@link #MAX_TYPES} types, or to readers past
   * {@link #MAX_READER_BYTES}; no stack trace.
   */
  private static final class TooLarge extends RuntimeException {
    final boolean readers;

    TooLarge(boolean readers) {
      super(null, null, false, false);
      this.readers = readers;
    }
  }

  private void reportTooLarge(OperationSource operation, Context context, boolean readers) {
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

  /** Lowers a named fragment once per operation: its interface and what implements it. */
  private IrFragment fragment(String name, Context context) {
    IrFragment done = context.fragments().get(name);
    if (done != null) {
      return done;
    }
    FragmentSource source = context.index().fragments().get(name);
    GraphQLCompositeType condition =
        (GraphQLCompositeType)
            context.schema().getType(source.definition().getTypeCondition().getName());
    IrModel model =
        model(
            name,
            name + "Fragment",
            condition,
            List.of(new Occurrence(source.definition().getSelectionSet(), source.file())),
            List.of(),
            context.scoped(name));
    IrFragment fragment = new IrFragment(name, source.file().displayPath(), model);
    context.fragments().put(name, fragment);
    return fragment;
  }

  /**
   * @param fragments the fragments lowered so far, in the order their lowering finished: a fragment
   *     comes after every fragment whose types its own types hold (those spread inside it), which
   *     {@code naming.ModelNames} relies on to name each type in the fragment that owns it
   * @param origins the selection sets each fragment's nested model was lowered from, by identity:
   *     another fragment selecting the same sets there holds that very model (issue 25)
   * @param readerBytes one counter: the operation's records' estimated reader initialization
   */
  private record Context(
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
    /**
     * The context for lowering fragment {@code fragment}: its models are shared only among
     * themselves, so a fragment's interfaces come out the same in every operation that uses it (and
     * never as an operation's records).
     */
    Context scoped(String fragment) {
      return new Context(
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
  }

  /**
   * Everything {@link #model} depends on, with the selection sets, their files and the inherited
   * fragment models compared by identity (issue 25). Paths of a response tree that reach the same
   * selections with the same inherited models get one {@link IrModel}: the IR is a DAG, and a
   * fragment reached through many paths is lowered once per distinct context, not once per path.
   * Conditionality needs no place here: {@code @include}/{@code @skip} make a field nullable, and a
   * field's conditions all lie in the occurrences that contain it.
   */
  private static final class ModelKey {
    private final String scope;
    private final String name;
    private final String alternative;
    private final String parent;
    private final Object[] parts;
    private final int hash;

    ModelKey(
        String scope,
        String name,
        String alternative,
        GraphQLCompositeType parent,
        List<Occurrence> occurrences,
        List<IrModel> inherited,
        DocumentIndex index) {
      this.parent = parent.getName();
      parts = new Object[occurrences.size() * 2 + inherited.size() + 1];
      int i = 0;
      boolean allSpreads = true;
      for (Occurrence occurrence : occurrences) {
        // `{ ...Other }`, or `{ id ...Other }` when Other selects `id` itself, lowers the same
        // wherever it is written: keyed by the fragment, the same field of every fragment
        // spreading `Other` this way shares one model.
        FragmentSource spread = amountsTo(occurrence, parent, index);
        allSpreads &= spread != null;
        parts[i++] = spread != null ? spread : occurrence.selections();
        parts[i++] = spread != null ? null : occurrence.file();
      }
      // Fields of any name that amount to the same fragments share one record too: named after
      // the first path that reaches it (`next0 { ...Other }` and `next1 { ...Other }` under
      // different parents), it is declared once, not once per field name.
      boolean anyName = allSpreads && !occurrences.isEmpty();
      this.scope = scope;
      this.name = anyName ? "" : name;
      this.alternative = anyName ? "" : alternative;
      parts[i++] = null; // between the occurrences and the inherited models
      for (IrModel model : inherited) {
        parts[i++] = model;
      }
      int h =
          ((scope.hashCode() * 31 + this.name.hashCode()) * 31 + this.alternative.hashCode()) * 31;
      h += this.parent.hashCode();
      for (Object part : parts) {
        h = h * 31 + System.identityHashCode(part);
      }
      hash = h;
    }

    @Override
    public boolean equals(Object other) {
      if (!(other instanceof ModelKey that)
          || hash != that.hash
          || parts.length != that.parts.length
          || !scope.equals(that.scope)
          || !name.equals(that.name)
          || !alternative.equals(that.alternative)
          || !parent.equals(that.parent)) {
        return false;
      }
      for (int i = 0; i < parts.length; i++) {
        if (parts[i] != that.parts[i]) {
          return false;
        }
      }
      return true;
    }

    @Override
    public int hashCode() {
      return hash;
    }
  }

  /** A selection set to merge, with the file it was written in (for locations). */
  private record Occurrence(SelectionSet selections, GraphQLFile file) {}

  /** One field occurrence, and whether a directive or enclosing fragment makes it conditional. */
  private record FieldOccurrence(Field field, GraphQLFile file, boolean conditional) {}

  /**
   * Lowers the selections on {@code parent} to a model; {@code inherited} are the fragment models
   * that the enclosing record's fragments expect here (their nested types), which this model
   * implements when its fields match theirs.
   */
  private IrModel model(
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      Context context) {
    if (!context.scope().isEmpty()) {
      IrModel spread = soleSpread(parent, occurrences, inherited, context);
      if (spread == null) {
        spread = sameOrigin(parent, occurrences, inherited, context);
      }
      if (spread != null) {
        return spread;
      }
    }
    ModelKey key =
        new ModelKey(
            context.scope(), name, alternative, parent, occurrences, inherited, context.index());
    IrModel done = context.models().get(key);
    if (done == null) {
      if (context.models().size() >= MAX_TYPES) {
        throw new TooLarge(false);
      }
      done = lowerModel(name, alternative, parent, occurrences, inherited, context);
      if (context.scope().isEmpty()) {
        context.readerBytes()[0] += readerBytes(done);
        if (context.readerBytes()[0] > MAX_READER_BYTES) {
          throw new TooLarge(true);
        }
      }
      context.models().put(key, done);
      if (!context.scope().isEmpty()) {
        context.origins().put(done, occurrences.stream().map(Occurrence::selections).toList());
      }
    }
    return done;
  }

  /** What a record's reader adds to the adapter's static initializer (see MAX_READER_BYTES). */
  private static int readerBytes(IrModel model) {
    if (!model.polymorphic()) {
      return 12 + 8 * model.fields().size();
    }
    int bytes = 0;
    for (IrModel variant : model.variants()) {
      bytes += readerBytes(variant);
    }
    return bytes;
  }

  /**
   * In a fragment, a field whose selection amounts to one unconditional spread of a fragment on the
   * field's own type ({@code next { ...Other }}, or {@code next { id ...Other }} when {@code Other}
   * selects {@code id} itself) holds that fragment's type itself rather than a nested interface
   * extending it: the nested interface would add nothing but another level of nested interfaces
   * mirroring {@code Other}'s, and a fragment reached through many such paths would multiply them
   * (issue 25). Not when the enclosing fragments expect a type {@code Other} does not extend.
   */
  private IrModel soleSpread(
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      Context context) {
    // Several occurrences may amount to one fragment: `next { ...AB }` written in A and in B.
    FragmentSource source = null;
    for (Occurrence occurrence : occurrences) {
      FragmentSource each = amountsTo(occurrence, parent, context.index());
      if (each == null || (source != null && each != source)) {
        return null;
      }
      source = each;
    }
    if (source == null
        || !source.definition().getTypeCondition().getName().equals(parent.getName())) {
      return null;
    }
    IrModel model = fragment(source.definition().getName(), context).model();
    return extendsAll(model, inherited) ? model : null;
  }

  /**
   * In a fragment, a field that merges exactly the selections an enclosing fragment's nested model
   * was lowered from holds that model: in {@code next { extra ...Other }}, {@code Other}'s fields
   * below {@code next} come from {@code Other} alone, so they are {@code Other}'s types, not copies
   * nested in this fragment under every path that reaches {@code Other} (issue 25).
   */
  private static IrModel sameOrigin(
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      Context context) {
    for (IrModel candidate : inherited) {
      List<SelectionSet> origin = context.origins().get(candidate);
      if (origin == null
          || origin.size() != occurrences.size()
          || !candidate.schemaType().equals(parent.getName())) {
        continue;
      }
      boolean same = true;
      for (int i = 0; i < origin.size(); i++) {
        same &= origin.get(i) == occurrences.get(i).selections();
      }
      if (same && extendsAll(candidate, inherited)) {
        return candidate;
      }
    }
    return null;
  }

  /** Whether {@code model} is, or extends, each of {@code expected} (through any fragments). */
  private static boolean extendsAll(IrModel model, List<IrModel> expected) {
    for (IrModel wanted : expected) {
      if (!FragmentMatching.isSubtype(model, wanted)) {
        return false;
      }
    }
    return true;
  }

  /**
   * The fragment an occurrence amounts to: {@code { ...Other }}, one unconditional spread, lowers
   * to {@code Other}'s fields wherever it is written; so does {@code { id name ...Other }} when
   * {@code Other} is on the same type and selects each of those leaf fields itself, unconditionally
   * and in the same order (so the merged record's fields are {@code Other}'s, in {@code Other}'s
   * order). Validation has checked that equal response names select the same field with the same
   * arguments (spec §5.3.2).
   */
  private static FragmentSource amountsTo(
      Occurrence occurrence, GraphQLCompositeType parent, DocumentIndex index) {
    SelectionSet set = occurrence.selections();
    if (set == null) {
      return null;
    }
    FragmentSpread spread = null;
    int at = -1;
    List<Selection> selections = set.getSelections();
    for (int i = 0; i < selections.size(); i++) {
      if (selections.get(i) instanceof FragmentSpread candidate) {
        if (spread != null) {
          return null;
        }
        spread = candidate;
        at = i;
      }
    }
    if (spread == null || !spread.getDirectives().isEmpty()) {
      return null;
    }
    FragmentSource source = index.fragments().get(spread.getName());
    if (source == null || selections.size() == 1) {
      return source;
    }
    if (!source.definition().getTypeCondition().getName().equals(parent.getName())) {
      return null;
    }
    List<Selection> own = source.definition().getSelectionSet().getSelections();
    for (int i = 0; i < selections.size(); i++) {
      if (i == at) {
        continue;
      }
      if (!(selections.get(i) instanceof Field field) || !plainLeaf(field)) {
        return null;
      }
      String name = responseName(field);
      boolean found = false;
      // Before the spread: Other's selection starts with these fields; after it: Other has them.
      for (int j = i < at ? i : 0; j < (i < at ? Math.min(i + 1, own.size()) : own.size()); j++) {
        found |=
            own.get(j) instanceof Field mine && plainLeaf(mine) && responseName(mine).equals(name);
      }
      if (!found) {
        return null;
      }
    }
    return source;
  }

  private static boolean plainLeaf(Field field) {
    return field.getSelectionSet() == null && field.getDirectives().isEmpty();
  }

  private static String responseName(Field field) {
    return field.getAlias() != null ? field.getAlias() : field.getName();
  }

  private IrModel lowerModel(
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      Context context) {
    Set<String> all = possibleTypes(parent, context);
    Map<String, List<FieldOccurrence>> shared = new LinkedHashMap<>();
    Set<String> narrowed = new TreeSet<>();
    Set<String> spreads = new java.util.TreeSet<>();
    for (Occurrence occurrence : occurrences) {
      collect(
          occurrence.selections(),
          occurrence.file(),
          all,
          false,
          shared,
          narrowed,
          spreads,
          context);
    }
    List<IrModel> candidates = new ArrayList<>(inherited);
    for (String spread : spreads) {
      candidates.add(fragment(spread, context).model());
    }
    List<IrField> fields = fields(shared, parent, candidates, context);
    String description = ((GraphQLNamedType) parent).getDescription();
    if (narrowed.isEmpty()) {
      IrModel plain =
          new IrModel(
              name, alternative, parent.getName(), description, fields, List.of(), List.of());
      return withFragments(plain, candidates);
    }
    // Polymorphic (spec §6.3.2 CollectFields per concrete type): one variant per type that a type
    // condition names, one for the rest; all carry __typename to tell them apart.
    List<IrField> common = withTypename(fields);
    List<IrModel> variants = new ArrayList<>();
    for (String typeName : narrowed) {
      variants.add(variant(typeName, occurrences, common, context));
    }
    variants.add(
        new IrModel(
            "Other", "OtherType", parent.getName(), description, common, List.of(), List.of()));
    IrModel polymorphic =
        new IrModel(name, alternative, parent.getName(), description, common, variants, List.of());
    return withFragments(polymorphic, candidates);
  }

  /** The record of one concrete type a type condition names: its own fields and the common ones. */
  private IrModel variant(
      String typeName, List<Occurrence> occurrences, List<IrField> common, Context context) {
    GraphQLObjectType concrete = (GraphQLObjectType) context.schema().getType(typeName);
    Map<String, List<FieldOccurrence>> own = new LinkedHashMap<>();
    for (Occurrence occurrence : occurrences) {
      collect(
          occurrence.selections(),
          occurrence.file(),
          Set.of(typeName),
          false,
          own,
          new TreeSet<>(),
          new TreeSet<>(),
          context);
    }
    List<IrField> fields =
        shareEqual(withTypename(fields(own, concrete, List.of(), context)), common);
    return new IrModel(
        typeName,
        "As" + typeName,
        typeName,
        concrete.getDescription(),
        fields,
        List.of(),
        List.of());
  }

  /** {@code model}, implementing each candidate fragment model whose fields it has in full. */
  private static IrModel withFragments(IrModel model, List<IrModel> candidates) {
    List<IrModel> implemented = new ArrayList<>();
    List<IrField> declared = model.declaredFields();
    for (IrModel candidate : candidates) {
      if (FragmentMatching.implementsAll(declared, candidate.declaredFields())
          && implemented.stream().noneMatch(m -> m == candidate)) {
        implemented.add(candidate);
      }
    }
    if (implemented.isEmpty()) {
      return model;
    }
    return new IrModel(
        model.name(),
        model.alternativeName(),
        model.schemaType(),
        model.description(),
        model.fields(),
        model.variants(),
        implemented);
  }

  private List<IrField> fields(
      Map<String, List<FieldOccurrence>> byResponseName,
      GraphQLCompositeType container,
      List<IrModel> candidates,
      Context context) {
    List<IrField> fields = new ArrayList<>();
    for (Map.Entry<String, List<FieldOccurrence>> entry : byResponseName.entrySet()) {
      List<IrModel> nested = FragmentMatching.nestedModels(candidates, entry.getKey());
      IrField field = field(entry.getKey(), entry.getValue(), container, nested, context);
      if (field != null) {
        fields.add(field);
      }
    }
    return fields;
  }

  private static final IrField TYPENAME =
      new IrField(
          "__typename", "__typename", new IrType.NonNull(new IrType.Scalar("String")), null, null);

  /** The fields with an unaliased, non-null {@code __typename} first (added if not selected). */
  private static List<IrField> withTypename(List<IrField> fields) {
    List<IrField> out = new ArrayList<>();
    out.add(TYPENAME);
    for (IrField field : fields) {
      if (!field.responseName().equals("__typename")) {
        out.add(field);
      }
    }
    return out;
  }

  /**
   * Reuses the shared field object where a variant's field has the same shape as the shared one (an
   * implementing type may describe it differently), so the shared nested records are generated once
   * and the sealed interface can declare the accessor.
   */
  private static List<IrField> shareEqual(List<IrField> variantFields, List<IrField> common) {
    List<IrField> out = new ArrayList<>();
    for (IrField field : variantFields) {
      IrField same = common.stream().filter(field::sameShape).findFirst().orElse(null);
      out.add(same != null ? same : field);
    }
    return out;
  }

  /** The names of the object types a value of {@code type} can have. */
  private static Set<String> possibleTypes(GraphQLCompositeType type, Context context) {
    return context
        .possibleTypes()
        .computeIfAbsent(type.getName(), k -> possibleTypes(type, context.schema()));
  }

  private static Set<String> possibleTypes(GraphQLCompositeType type, GraphQLSchema schema) {
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

  /**
   * Collects the fields that apply to every type in {@code scope} (for a variant, the scope is its
   * one concrete type), merging by response name. A fragment whose type condition covers only some
   * of the scope adds those types to {@code narrowed} instead.
   */
  /** An inline fragment or a fragment spread: its selections, their file and type condition. */
  private record Nested(SelectionSet selections, GraphQLFile file, String condition) {
    /** {@code null} for a spread of a fragment no file defines (validation reports it). */
    static Nested of(Selection<?> selection, GraphQLFile file, Context context) {
      if (selection instanceof InlineFragment inline) {
        return new Nested(
            inline.getSelectionSet(),
            file,
            inline.getTypeCondition() == null ? null : inline.getTypeCondition().getName());
      }
      FragmentSource fragment =
          context.index().fragments().get(((FragmentSpread) selection).getName());
      return fragment == null
          ? null
          : new Nested(
              fragment.definition().getSelectionSet(),
              fragment.file(),
              fragment.definition().getTypeCondition().getName());
    }
  }

  private void collect(
      SelectionSet set,
      GraphQLFile file,
      Set<String> scope,
      boolean conditional,
      Map<String, List<FieldOccurrence>> out,
      Set<String> narrowed,
      Set<String> spreads,
      Context context) {
    if (set == null) {
      return;
    }
    for (Selection<?> selection : set.getSelections()) {
      if (selection instanceof Field field) {
        String responseName = field.getAlias() != null ? field.getAlias() : field.getName();
        out.computeIfAbsent(responseName, k -> new ArrayList<>())
            .add(new FieldOccurrence(field, file, conditional || isConditional(field)));
        continue;
      }
      Nested nested = Nested.of(selection, file, context);
      if (nested == null) {
        continue;
      }
      boolean innerConditional = conditional || isConditional((DirectivesContainer<?>) selection);
      Set<String> covered =
          nested.condition() == null
              ? scope
              : possibleTypes(
                  (GraphQLCompositeType) context.schema().getType(nested.condition()), context);
      if (covered.containsAll(scope)) {
        if (selection instanceof FragmentSpread spread) {
          spreads.add(spread.getName());
        }
        collect(
            nested.selections(),
            nested.file(),
            scope,
            innerConditional,
            out,
            narrowed,
            spreads,
            context);
      } else {
        narrow(nested, scope, covered, innerConditional, narrowed, context);
      }
    }
  }

  /**
   * A fragment that covers only some of {@code scope}'s types narrows the selection to them; the
   * fragments nested in it may narrow further, so their types are collected too.
   */
  private void narrow(
      Nested nested,
      Set<String> scope,
      Set<String> covered,
      boolean conditional,
      Set<String> narrowed,
      Context context) {
    Set<String> within = new TreeSet<>(scope);
    within.retainAll(covered);
    narrowed.addAll(within);
    if (!within.isEmpty()) {
      collect(
          nested.selections(),
          nested.file(),
          within,
          conditional,
          new LinkedHashMap<>(),
          narrowed,
          new TreeSet<>(),
          context);
    }
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
      List<IrModel> nested,
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
      SelectionSet set = occurrence.field().getSelectionSet();
      // Once each: two fragments spreading a third reach its field twice, and merging a selection
      // set with itself adds nothing but a list that doubles at every level below.
      if (set != null && subSelections.stream().noneMatch(o -> o.selections() == set)) {
        subSelections.add(new Occurrence(set, occurrence.file()));
      }
    }
    IrType type = output(definition.getType(), responseName, subSelections, nested, context);
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
      GraphQLOutputType type,
      String responseName,
      List<Occurrence> selections,
      List<IrModel> nested,
      Context context) {
    if (type instanceof GraphQLNonNull nonNull) {
      GraphQLOutputType inner = (GraphQLOutputType) nonNull.getWrappedType();
      return new IrType.NonNull(output(inner, responseName, selections, nested, context));
    }
    if (type instanceof GraphQLList list) {
      GraphQLOutputType inner = (GraphQLOutputType) list.getWrappedType();
      return new IrType.ListOf(output(inner, responseName, selections, nested, context));
    }
    GraphQLNamedType named = (GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type);
    if (named instanceof graphql.schema.GraphQLEnumType) {
      context.used().enums().add(named.getName());
      return new IrType.EnumRef(named.getName());
    }
    if (named instanceof GraphQLCompositeType composite) {
      // The response name as written: naming.ModelNames makes the Java name of it.
      return new IrType.Model(
          model(responseName, named.getName(), composite, selections, nested, context));
    }
    return context.scalars().of(named.getName());
  }
}
