package dev.optixgql.processor.document;

import java.util.Collections;
import java.util.Map;
import java.util.Set;

/**
 * Every operation and fragment of the GraphQL root, by name (sorted, so generation order does not
 * depend on the file system), plus the files that failed to parse.
 */
public record DocumentIndex(
    Map<String, OperationSource> operations,
    Map<String, FragmentSource> fragments,
    Set<String> brokenFiles) {

  public DocumentIndex {
    operations = Collections.unmodifiableMap(operations);
    fragments = Collections.unmodifiableMap(fragments);
    brokenFiles = Collections.unmodifiableSet(brokenFiles);
  }
}
