package dev.optixgql.processor.lowering;

import dev.optixgql.processor.document.FragmentSource;
import dev.optixgql.processor.ir.IrField;
import dev.optixgql.processor.ir.IrFragment;
import dev.optixgql.processor.ir.IrModel;
import dev.optixgql.processor.ir.IrType;
import graphql.introspection.Introspection;
import graphql.language.Field;
import graphql.language.SelectionSet;
import graphql.schema.GraphQLCompositeType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLFieldsContainer;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLTypeUtil;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lowers selections to models: fragments inlined and fields merged by response name (spec §5.3.2),
 * memoized by {@link ModelKey} so the IR is a DAG (issue 25), nullability made explicit.
 */
final class ModelLowering {
  private ModelLowering() {}

  /** Lowers a named fragment once per operation: its interface and what implements it. */
  private static IrFragment fragment(String name, LoweringContext context) {
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
   * Lowers the selections on {@code parent} to a model; {@code inherited} are the fragment models
   * that the enclosing record's fragments expect here (their nested types), which this model
   * implements when its fields match theirs.
   */
  static IrModel model(
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      LoweringContext context) {
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
      if (context.models().size() >= OperationLowering.MAX_TYPES) {
        throw new OperationLowering.TooLarge(false);
      }
      done = lowerModel(name, alternative, parent, occurrences, inherited, context);
      if (context.scope().isEmpty()) {
        context.readerBytes()[0] += readerBytes(done);
        if (context.readerBytes()[0] > OperationLowering.MAX_READER_BYTES) {
          throw new OperationLowering.TooLarge(true);
        }
      }
      context.models().put(key, done);
      if (!context.scope().isEmpty()) {
        context.origins().put(done, occurrences.stream().map(Occurrence::selections).toList());
      }
    }
    return done;
  }

  /**
   * What a record's reader adds to the adapter's static initializer (see
   * OperationLowering.MAX_READER_BYTES).
   */
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
  private static IrModel soleSpread(
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      LoweringContext context) {
    // Several occurrences may amount to one fragment: `next { ...AB }` written in A and in B.
    FragmentSource source = null;
    for (Occurrence occurrence : occurrences) {
      FragmentSource each = SpreadRules.amountsTo(occurrence, parent, context.index());
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
    return SpreadRules.extendsAll(model, inherited) ? model : null;
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
      LoweringContext context) {
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
      if (same && SpreadRules.extendsAll(candidate, inherited)) {
        return candidate;
      }
    }
    return null;
  }

  private static IrModel lowerModel(
      String name,
      String alternative,
      GraphQLCompositeType parent,
      List<Occurrence> occurrences,
      List<IrModel> inherited,
      LoweringContext context) {
    Set<String> all = context.possibleTypes(parent);
    Map<String, List<FieldOccurrence>> shared = new LinkedHashMap<>();
    Set<String> narrowed = new TreeSet<>();
    Set<String> spreads = new java.util.TreeSet<>();
    for (Occurrence occurrence : occurrences) {
      FieldCollector.collect(
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
      variants.add(variant(typeName, occurrences, common, candidates, context));
    }
    variants.add(
        new IrModel(
            "Other", "OtherType", parent.getName(), description, common, List.of(), List.of()));
    IrModel polymorphic =
        new IrModel(name, alternative, parent.getName(), description, common, variants, List.of());
    return withFragments(polymorphic, candidates);
  }

  /**
   * The record of one concrete type a type condition names: its own fields and the common ones. It
   * implements the fragments spread for its type ({@code ...NoteParts}, or {@code ... on Note {
   * ...NoteParts }}) beyond those its sealed parent, {@code parentFragments}, already implements.
   */
  private static IrModel variant(
      String typeName,
      List<Occurrence> occurrences,
      List<IrField> common,
      List<IrModel> parentFragments,
      LoweringContext context) {
    GraphQLObjectType concrete = (GraphQLObjectType) context.schema().getType(typeName);
    Map<String, List<FieldOccurrence>> own = new LinkedHashMap<>();
    Set<String> spreads = new TreeSet<>();
    for (Occurrence occurrence : occurrences) {
      FieldCollector.collect(
          occurrence.selections(),
          occurrence.file(),
          Set.of(typeName),
          false,
          own,
          new TreeSet<>(),
          spreads,
          context);
    }
    List<IrModel> candidates = new ArrayList<>();
    for (String spread : spreads) {
      IrModel fragment = fragment(spread, context).model();
      if (parentFragments.stream().noneMatch(m -> m == fragment)) {
        candidates.add(fragment);
      }
    }
    List<IrField> fields =
        shareEqual(withTypename(fields(own, concrete, candidates, context)), common);
    IrModel plain =
        new IrModel(
            typeName,
            "As" + typeName,
            typeName,
            concrete.getDescription(),
            fields,
            List.of(),
            List.of());
    return withFragments(plain, candidates);
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

  private static List<IrField> fields(
      Map<String, List<FieldOccurrence>> byResponseName,
      GraphQLCompositeType container,
      List<IrModel> candidates,
      LoweringContext context) {
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

  private static IrField field(
      String responseName,
      List<FieldOccurrence> occurrences,
      GraphQLCompositeType parent,
      List<IrModel> nested,
      LoweringContext context) {
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

  private static IrType output(
      GraphQLOutputType type,
      String responseName,
      List<Occurrence> selections,
      List<IrModel> nested,
      LoweringContext context) {
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
