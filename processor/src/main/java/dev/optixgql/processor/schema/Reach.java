package dev.optixgql.processor.schema;

import dev.optixgql.processor.schema.SdlOutline.Definition;
import dev.optixgql.processor.schema.SdlOutline.Field;
import dev.optixgql.processor.schema.SdlOutline.Kind;
import graphql.language.FragmentDefinition;
import graphql.language.FragmentSpread;
import graphql.language.InlineFragment;
import graphql.language.ListType;
import graphql.language.NonNullType;
import graphql.language.OperationDefinition;
import graphql.language.Selection;
import graphql.language.SelectionSet;
import graphql.language.Type;
import graphql.language.TypeName;
import graphql.language.VariableDefinition;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a build's operations reach of a schema snapshot, for the lean builds ({@link LeanSchema},
 * {@link LeanIntrospection}): which types are kept, and of a kept object or interface which fields
 * keep their type (the others keep only their name, typed {@code Boolean}). Two rules:
 *
 * <ul>
 *   <li>{@link #selections}: the operations and fragments themselves, walked against the snapshot's
 *       outline: a field kept where some selection selects it on its type, and every type such a
 *       field or its arguments name, a variable's type, a type condition. A clean build's rule: its
 *       operation files are parsed by then.
 *   <li>{@link #names}: every name written in the operation files, wherever it stands, taken as a
 *       field of every type; no parsing needed, but on a schema whose types share field names it
 *       keeps most of them.
 * </ul>
 *
 * Both then close over the schema: a kept type's interfaces and, for an interface, the types
 * implementing it (possible types: validation's spreads and lowering's variants ask), a union's
 * members, an input type's fields, the scalars, the types directive definitions take, and {@code
 * Organization} ({@code ScalarTypes.optixFormat} asks it).
 */
public abstract class Reach {
  Reach() {}

  /** What to keep of a snapshot whose outline is {@code outline}. */
  abstract Kept walk(Outline outline);

  /**
   * Which rule this is, as {@code -Aoptixgql.stats} names it: {@code selections} or {@code names}.
   */
  public abstract String rule();

  /** The types a snapshot declares, who implements each interface, its root operation types. */
  record Outline(
      Map<String, Definition> types,
      Map<String, List<String>> implementations,
      List<String> roots) {

    /**
     * The outline of {@code definitions} (a schema definition is skipped: its roots are {@code
     * roots}); {@code null} when a name is defined twice (graphql-java reports that, building the
     * snapshot whole).
     */
    static Outline of(List<Definition> definitions, List<String> roots) {
      Map<String, Definition> types = new HashMap<>();
      Map<String, List<String>> implementations = new HashMap<>();
      for (Definition definition : definitions) {
        if (definition.kind() == Kind.SCHEMA) {
          continue;
        }
        if (types.put(definition.name(), definition) != null) {
          return null;
        }
        if (definition.kind() == Kind.TYPE || definition.kind() == Kind.INTERFACE) {
          for (String implemented : definition.related()) {
            implementations
                .computeIfAbsent(implemented, k -> new ArrayList<>())
                .add(definition.name());
          }
        }
      }
      return new Outline(types, implementations, roots);
    }
  }

  /**
   * The types kept; for each kept object or interface the fields that keep their type; the names
   * that keep every field's type (the names rule); the specified scalars the operations name.
   */
  record Kept(
      Set<String> types,
      Map<String, Set<String>> fields,
      Set<String> anyType,
      Set<String> specified) {
    Kept(Set<String> types, Map<String, Set<String>> fields, Set<String> anyType) {
      this(types, fields, anyType, new HashSet<>());
    }

    /** Whether {@code type}'s field {@code field} keeps its type. */
    boolean keeps(String type, String field) {
      return anyType.contains(field) || fields.getOrDefault(type, Set.of()).contains(field);
    }
  }

  /**
   * Every name written in the operation files, as a field of every type ({@link OperationNames}).
   */
  public static Reach names(Set<String> written) {
    return new Reach() {
      @Override
      Kept walk(Outline outline) {
        Deque<String> seeds = new ArrayDeque<>(written);
        Kept kept = new Kept(new HashSet<>(), Map.of(), written);
        close(outline, seeds, kept);
        return kept;
      }

      @Override
      public String rule() {
        return "names";
      }
    };
  }

  /** What {@code operations} and the {@code fragments} they may spread select. */
  public static Reach selections(
      Collection<OperationDefinition> operations, Map<String, FragmentDefinition> fragments) {
    return new Reach() {
      @Override
      Kept walk(Outline outline) {
        return new SelectionWalk(outline, fragments).walk(operations);
      }

      @Override
      public String rule() {
        return "selections";
      }
    };
  }

  /**
   * Adds to {@code kept.types()} what {@code seeds}, the roots, the scalars and the directive
   * definitions reach, following the fields {@code kept} keeps. An interface reached only because a
   * kept type implements it is kept without the other types implementing it: only an interface that
   * something selects on, names as a type condition or holds as a field's type has its possible
   * types asked (spec §5.5.2.3, lowering's variants).
   */
  static void close(Outline outline, Collection<String> seeds, Kept kept) {
    Deque<String> work = new ArrayDeque<>(seeds);
    work.addAll(outline.roots());
    work.add("Organization");
    for (Definition definition : outline.types().values()) {
      if (definition.kind() == Kind.SCALAR || definition.kind() == Kind.DIRECTIVE) {
        work.add(definition.name());
      }
    }
    Deque<String> implemented = new ArrayDeque<>();
    Set<String> expanded = new HashSet<>();
    while (!work.isEmpty() || !implemented.isEmpty()) {
      boolean used = !work.isEmpty();
      String name = used ? work.poll() : implemented.poll();
      Definition definition = outline.types().get(name);
      if (definition == null) {
        if (LeanSchema.SPECIFIED_SCALARS.contains(name)) {
          kept.specified().add(name); // a variable's Int: the lean schema must hold it
        }
        continue;
      }
      if (used && definition.kind() == Kind.INTERFACE && expanded.add(name)) {
        work.addAll(outline.implementations().getOrDefault(name, List.of()));
      }
      if (!kept.types().add(name)) {
        continue;
      }
      switch (definition.kind()) {
        case TYPE, INTERFACE -> {
          implemented.addAll(definition.related());
          for (Field field : definition.fields()) {
            if (kept.keeps(name, field.name())) {
              work.add(field.type());
              field.arguments().forEach(argument -> work.add(argument.type()));
            }
          }
        }
        case UNION -> work.addAll(definition.related());
        case INPUT -> definition.fields().forEach(field -> work.add(field.type()));
        case DIRECTIVE ->
            definition.fields().forEach(f -> f.arguments().forEach(a -> work.add(a.type())));
        default -> {}
      }
    }
  }

  /**
   * The walk of {@link #selections}: each selection set once (a fragment once, however many paths
   * spread it), so it is linear in the document.
   */
  private static final class SelectionWalk {
    private final Outline outline;
    private final Map<String, FragmentDefinition> fragments;
    private final Map<String, Set<String>> fields = new HashMap<>();
    private final Deque<String> seeds = new ArrayDeque<>();
    private final Set<String> fragmentsWalked = new HashSet<>();

    SelectionWalk(Outline outline, Map<String, FragmentDefinition> fragments) {
      this.outline = outline;
      this.fragments = fragments;
    }

    Kept walk(Collection<OperationDefinition> operations) {
      for (OperationDefinition operation : operations) {
        for (VariableDefinition variable : operation.getVariableDefinitions()) {
          seeds.add(named(variable.getType()));
        }
        // Against every root: an SDL schema definition's roots are outlined without their kinds,
        // and a field another root has too only keeps a little more.
        for (String root : outline.roots()) {
          selections(operation.getSelectionSet(), root);
        }
      }
      // A fragment no operation spreads is still validated (against the schema of every client).
      for (FragmentDefinition fragment : fragments.values()) {
        fragment(fragment.getName());
      }
      Kept kept = new Kept(new HashSet<>(), fields, Set.of());
      close(outline, seeds, kept);
      // An interface's field and its implementations' stay alike (kept or cut together), so the
      // lean schema stays valid and a variant's field is the type its interface's is.
      while (alignImplementations(kept)) {
        kept.types().clear();
        close(outline, seeds, kept);
      }
      return kept;
    }

    private void selections(SelectionSet set, String type) {
      if (set == null) {
        return;
      }
      seeds.add(type);
      Definition parent = outline.types().get(type);
      for (Selection<?> selection : set.getSelections()) {
        if (selection instanceof graphql.language.Field field) {
          Field definition = parent == null ? null : field(parent, field.getName());
          if (definition != null) {
            fields.computeIfAbsent(type, k -> new HashSet<>()).add(definition.name());
            seeds.add(definition.type());
            definition.arguments().forEach(argument -> seeds.add(argument.type()));
            selections(field.getSelectionSet(), definition.type());
          }
        } else if (selection instanceof InlineFragment inline) {
          TypeName condition = inline.getTypeCondition();
          selections(inline.getSelectionSet(), condition == null ? type : condition.getName());
        } else if (selection instanceof FragmentSpread spread) {
          fragment(spread.getName());
        }
      }
    }

    private void fragment(String name) {
      FragmentDefinition fragment = fragments.get(name);
      if (fragment != null && fragmentsWalked.add(name)) {
        selections(fragment.getSelectionSet(), fragment.getTypeCondition().getName());
      }
    }

    /**
     * Keeps, for each kept interface, the fields kept on it or on any type implementing it on all
     * of them; whether it kept a field it did not before.
     */
    private boolean alignImplementations(Kept kept) {
      boolean changed = false;
      for (String type : kept.types()) {
        Definition definition = outline.types().get(type);
        if (definition == null || definition.kind() != Kind.INTERFACE) {
          continue;
        }
        List<String> family = new ArrayList<>(List.of(type));
        family.addAll(outline.implementations().getOrDefault(type, List.of()));
        Set<String> union = new HashSet<>();
        for (String member : family) {
          union.addAll(fields.getOrDefault(member, Set.of()));
        }
        for (String member : family) {
          Definition memberDefinition = outline.types().get(member);
          if (memberDefinition == null) {
            continue;
          }
          for (String name : union) {
            if (field(memberDefinition, name) != null
                && fields.computeIfAbsent(member, k -> new HashSet<>()).add(name)) {
              changed = true;
            }
          }
        }
      }
      return changed;
    }

    private static Field field(Definition type, String name) {
      if (type.kind() != Kind.TYPE && type.kind() != Kind.INTERFACE) {
        return null;
      }
      for (Field field : type.fields()) {
        if (field.name().equals(name)) {
          return field;
        }
      }
      return null;
    }

    private static String named(Type<?> type) {
      if (type instanceof NonNullType nonNull) {
        return named(nonNull.getType());
      }
      if (type instanceof ListType list) {
        return named(list.getType());
      }
      return ((TypeName) type).getName();
    }
  }
}
