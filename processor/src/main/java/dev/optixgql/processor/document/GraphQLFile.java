package dev.optixgql.processor.document;

import graphql.language.Document;
import java.nio.file.Path;

/** One parsed {@code .graphql} file: where it is, how diagnostics name it, and its AST. */
public record GraphQLFile(Path path, String displayPath, Document document) {}
