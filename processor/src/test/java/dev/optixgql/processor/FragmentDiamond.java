package dev.optixgql.processor;

/**
 * A generated schema and document in the shape of issue 25: {@code levels} levels of {@code width}
 * object types (one at the root), each type's fragment selecting a field per next-level type that
 * spreads that type's fragment. Every fragment below the first level is reached through {@code
 * width} paths from each fragment above, so the response tree with every spread expanded has {@code
 * width^(levels-1)} leaves, while the document grows linearly.
 */
final class FragmentDiamond {
  final int levels;
  final int width;
  final boolean beside;

  /**
   * @param beside whether each spread sits beside a field ({@code next0 { id ...F1_0 }}) rather
   *     than being the field's whole selection: then every path of fragments gets its own nested
   *     interfaces, which still multiply
   */
  FragmentDiamond(int levels, int width, boolean beside) {
    this.levels = levels;
    this.width = width;
    this.beside = beside;
  }

  /** The number of fragments: one at the root, {@code width} per level below. */
  int fragments() {
    return 1 + width * (levels - 1);
  }

  private int typesAt(int level) {
    return level == 0 ? 1 : width;
  }

  private static String type(int level, int i) {
    return "T" + level + "_" + i;
  }

  String schema() {
    StringBuilder sdl = new StringBuilder("type Query {\n  root: T0_0!\n}\n");
    for (int level = 0; level < levels; level++) {
      for (int i = 0; i < typesAt(level); i++) {
        sdl.append("\ntype ").append(type(level, i)).append(" {\n  id: ID!\n  name: String\n");
        if (level + 1 < levels) {
          for (int j = 0; j < width; j++) {
            sdl.append("  next").append(j).append(": ").append(type(level + 1, j)).append('\n');
          }
        }
        sdl.append("}\n");
      }
    }
    return sdl.toString();
  }

  String document() {
    StringBuilder doc = new StringBuilder("query Diamond {\n  root {\n    ...F0_0\n  }\n}\n");
    for (int level = 0; level < levels; level++) {
      for (int i = 0; i < typesAt(level); i++) {
        doc.append("\nfragment F")
            .append(level)
            .append('_')
            .append(i)
            .append(" on ")
            .append(type(level, i))
            .append(" {\n  id\n  name\n");
        if (level + 1 < levels) {
          for (int j = 0; j < width; j++) {
            doc.append("  next")
                .append(j)
                .append(beside ? " {\n    id\n    ...F" : " {\n    ...F")
                .append(level + 1)
                .append('_')
                .append(j)
                .append("\n  }\n");
          }
        }
        doc.append("}\n");
      }
    }
    return doc.toString();
  }
}
