package dev.optixgql.processor.document;

import graphql.language.Document;
import java.nio.file.Path;

/**
 * One parsed {@code .graphql} file: where it is, how diagnostics name it, its AST, and the SHA-256
 * of its bytes (hex), which cache keys of the operations and fragments written in it include.
 */
public record GraphQLFile(Path path, String displayPath, Document document, String digest) {}
