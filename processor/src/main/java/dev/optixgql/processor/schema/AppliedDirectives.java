package dev.optixgql.processor.schema;

import graphql.Directives;
import graphql.introspection.Introspection.DirectiveLocation;
import graphql.language.Argument;
import graphql.language.Directive;
import graphql.language.DirectiveDefinition;
import graphql.language.InputValueDefinition;
import graphql.language.StringValue;
import graphql.language.Type;
import graphql.language.Value;
import graphql.schema.GraphQLAppliedDirective;
import graphql.schema.GraphQLAppliedDirectiveArgument;
import graphql.schema.GraphQLArgument;
import graphql.schema.GraphQLDirective;
import graphql.schema.GraphQLInputType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Directives for {@link SchemaAssembly}, as graphql-java's schema generator builds them: the
 * definitions (the snapshot's, and {@code @deprecated}, {@code @specifiedBy} and {@code @oneOf},
 * which it adds to every schema unless the snapshot defines them; {@code @skip} and {@code
 * @include} come with every schema), and each directive applied to a schema element in both of
 * graphql-java's forms (applied directives, and the older directive objects with values).
 */
final class AppliedDirectives {
  private final Map<String, DirectiveDefinition> definitionsByName = new LinkedHashMap<>();
  private final Function<Type<?>, GraphQLInputType> inputType;
  private final Map<String, GraphQLDirective> built = new LinkedHashMap<>();

  AppliedDirectives(
      Map<String, DirectiveDefinition> snapshot, Function<Type<?>, GraphQLInputType> inputType) {
    this.definitionsByName.putAll(snapshot);
    for (DirectiveDefinition included :
        List.of(
            Directives.DEPRECATED_DIRECTIVE_DEFINITION,
            Directives.SPECIFIED_BY_DIRECTIVE_DEFINITION,
            Directives.ONE_OF_DIRECTIVE_DEFINITION)) {
      definitionsByName.putIfAbsent(included.getName(), included);
    }
    this.inputType = inputType;
  }

  /** The directive definitions the schema holds beside {@code @skip} and {@code @include}. */
  List<GraphQLDirective> definitions() {
    List<GraphQLDirective> out = new ArrayList<>();
    for (String name : definitionsByName.keySet()) {
      if (!name.equals("skip") && !name.equals("include")) {
        out.add(definition(name));
      }
    }
    return out;
  }

  private GraphQLDirective definition(String name) {
    GraphQLDirective known = built.get(name);
    if (known != null) {
      return known;
    }
    DirectiveDefinition definition = definitionsByName.get(name);
    if (definition == null) {
      throw new IllegalArgumentException("an unknown directive: @" + name);
    }
    GraphQLDirective.Builder out =
        GraphQLDirective.newDirective()
            .name(name)
            .definition(definition)
            .repeatable(definition.isRepeatable())
            .description(SchemaAssembly.description(definition, definition.getDescription()));
    definition
        .getDirectiveLocations()
        .forEach(
            location ->
                out.validLocations(
                    DirectiveLocation.valueOf(location.getName().toUpperCase(Locale.ROOT))));
    for (InputValueDefinition argument : definition.getInputValueDefinitions()) {
      GraphQLArgument.Builder arg =
          GraphQLArgument.newArgument()
              .name(argument.getName())
              .definition(argument)
              .description(SchemaAssembly.description(argument, argument.getDescription()))
              .deprecate(deprecation(argument.getDirectives()))
              .type(inputType.apply(argument.getType()))
              .withAppliedDirectives(
                  of(argument.getDirectives(), DirectiveLocation.ARGUMENT_DEFINITION))
              .withDirectives(
                  legacy(argument.getDirectives(), DirectiveLocation.ARGUMENT_DEFINITION));
      if (argument.getDefaultValue() != null) {
        arg.valueLiteral(argument.getDefaultValue())
            .defaultValueLiteral(argument.getDefaultValue());
      }
      out.argument(arg.build());
    }
    GraphQLDirective directive = out.build();
    built.put(name, directive);
    return directive;
  }

  /** The directives as applied directives, each argument given its value or its default. */
  GraphQLAppliedDirective[] of(List<Directive> directives, DirectiveLocation location) {
    GraphQLAppliedDirective[] out = new GraphQLAppliedDirective[directives.size()];
    for (int i = 0; i < out.length; i++) {
      Directive directive = directives.get(i);
      GraphQLDirective definition = definition(directive.getName());
      GraphQLAppliedDirective.Builder applied =
          GraphQLAppliedDirective.newDirective()
              .name(directive.getName())
              .description(SchemaAssembly.description(directive, null))
              .definition(directive);
      List<String> given = new ArrayList<>();
      for (Argument argument : directive.getArguments()) {
        applied.argument(
            GraphQLAppliedDirectiveArgument.newArgument()
                .name(argument.getName())
                .type(declared(definition, argument.getName()).getType())
                .definition(argument)
                .valueLiteral(argument.getValue())
                .build());
        given.add(argument.getName());
      }
      for (GraphQLArgument declared : definition.getArguments()) {
        if (!given.contains(declared.getName())) {
          GraphQLAppliedDirectiveArgument.Builder missing =
              GraphQLAppliedDirectiveArgument.newArgument()
                  .name(declared.getName())
                  .type(declared.getType())
                  .description(declared.getDescription());
          if (declared.hasSetDefaultValue()) {
            missing.valueLiteral((Value<?>) declared.getArgumentDefaultValue().getValue());
          }
          if (declared.hasSetValue()) {
            missing.valueLiteral((Value<?>) declared.getArgumentValue().getValue());
          }
          applied.argument(missing.build());
        }
      }
      out[i] = applied.build();
    }
    return out;
  }

  /** The directives in graphql-java's older form: directive objects holding their values. */
  GraphQLDirective[] legacy(List<Directive> directives, DirectiveLocation location) {
    GraphQLDirective[] out = new GraphQLDirective[directives.size()];
    for (int i = 0; i < out.length; i++) {
      Directive directive = directives.get(i);
      GraphQLDirective definition = definition(directive.getName());
      GraphQLDirective.Builder legacy =
          GraphQLDirective.newDirective()
              .name(directive.getName())
              .description(SchemaAssembly.description(directive, null))
              .validLocations(location)
              .repeatable(definition.isRepeatable())
              .definition(definition.getDefinition());
      List<String> given = new ArrayList<>();
      for (Argument argument : directive.getArguments()) {
        GraphQLArgument declared = declared(definition, argument.getName());
        GraphQLArgument.Builder arg =
            GraphQLArgument.newArgument()
                .name(argument.getName())
                .type(declared.getType())
                .definition(declared.getDefinition());
        if (declared.getArgumentDefaultValue().isSet()) {
          arg.defaultValueLiteral((Value<?>) declared.getArgumentDefaultValue().getValue());
        }
        legacy.argument(arg.valueLiteral(argument.getValue()).build());
        given.add(argument.getName());
      }
      for (GraphQLArgument declared : definition.getArguments()) {
        if (!given.contains(declared.getName())) {
          GraphQLArgument.Builder missing =
              GraphQLArgument.newArgument()
                  .name(declared.getName())
                  .description(declared.getDescription())
                  .definition(declared.getDefinition())
                  .type(declared.getType());
          if (declared.hasSetDefaultValue()) {
            missing.defaultValueLiteral((Value<?>) declared.getArgumentDefaultValue().getValue());
          }
          if (declared.hasSetValue()) {
            missing.valueLiteral((Value<?>) declared.getArgumentValue().getValue());
          }
          legacy.argument(missing.build());
        }
      }
      out[i] = legacy.build();
    }
    return out;
  }

  private static GraphQLArgument declared(GraphQLDirective definition, String name) {
    GraphQLArgument declared = definition.getArgument(name);
    if (declared == null) {
      throw new IllegalArgumentException("@" + definition.getName() + " has no argument " + name);
    }
    return declared;
  }

  /** The {@code @deprecated} reason, its default where none is given; {@code null} if none. */
  static String deprecation(List<Directive> directives) {
    for (Directive directive : directives) {
      if (directive.getName().equals("deprecated")) {
        Argument reason = directive.getArgument("reason");
        return reason == null
            ? Directives.NO_LONGER_SUPPORTED
            : ((StringValue) reason.getValue()).getValue();
      }
    }
    return null;
  }
}
