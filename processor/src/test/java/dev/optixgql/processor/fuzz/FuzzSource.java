package dev.optixgql.processor.fuzz;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One valid starting point: a schema snapshot and the operation files that validate against it,
 * each as its bytes viewed as ISO-8859-1 text, keyed by its path under the GraphQL root.
 *
 * @param vocabulary every name in the schema and operations, for near-name mutations
 */
record FuzzSource(
    String name, String schemaPath, Map<String, String> files, List<String> vocabulary) {

  static FuzzSource of(String name, String schemaPath, Map<String, String> files) {
    TreeSet<String> names = new TreeSet<>();
    for (String text : files.values()) {
      for (GraphQLTokenizer.Token token : GraphQLTokenizer.tokenize(text)) {
        if (token.kind() == GraphQLTokenizer.Kind.NAME) {
          names.add(token.text(text));
        }
      }
    }
    return new FuzzSource(name, schemaPath, new TreeMap<>(files), new ArrayList<>(names));
  }

  /** The operation files, sorted by path. */
  List<String> operationPaths() {
    return files.keySet().stream().filter(p -> !p.equals(schemaPath)).toList();
  }

  /** The files with {@code path} replaced by {@code text}. */
  Map<String, String> with(String path, String text) {
    Map<String, String> out = new TreeMap<>(files);
    out.put(path, text);
    return out;
  }
}
