package dev.optixgql.processor;

/**
 * A generated schema and document in the shape of issue 25: {@code levels} levels of {@code width}
 * object types (one at the root), each type's fragment selecting a field per next-level type that
 * spreads that type's fragment. Every fragment below the first level is reached through {@code
 * width} paths from each fragment above, so the response tree with every spread expanded has {@code
 * width^(levels-1)} leaves, while the document grows linearly.
 */
final class FragmentDiamond {
  /** How each field selecting the next level's fragment is written. */
  enum Shape {
    /** {@code next0 { ...F1_0 }}: the spread is the field's whole selection. */
    SOLE,
    /** {@code next0 { id ...F1_0 }}, where {@code F1_0} selects {@code id} too. */
    BESIDE,
    /**
     * {@code next0 { id ...F1_0 }}, where {@code F1_0} does not select {@code id}: the field really
     * merges two selections, so it gets a nested interface and a record of its own.
     */
    MERGED,
    /**
     * {@code next0 { ...F1_0 ...G1_0 }}: two fragments per type, both spread in every field, so
     * every level below merges the two again.
     */
    TWO_FRAGMENTS,
    /**
     * As {@link #TWO_FRAGMENTS}, with the pair spread through one fragment that spreads both:
     * {@code next0 { ...FG1_0 }}, {@code fragment FG1_0 on T1_0 { ...F1_0 ...G1_0 }}.
     */
    COMBINED
  }

  final int levels;
  final int width;
  final Shape shape;

  FragmentDiamond(int levels, int width, Shape shape) {
    this.levels = levels;
    this.width = width;
    this.shape = shape;
  }

  /** The number of fragments: one per type (two with G, three with FG). */
  int fragments() {
    int perType = shape == Shape.TWO_FRAGMENTS ? 2 : shape == Shape.COMBINED ? 3 : 1;
    return (1 + width * (levels - 1)) * perType;
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
    boolean two = shape == Shape.TWO_FRAGMENTS || shape == Shape.COMBINED;
    boolean combined = shape == Shape.COMBINED;
    StringBuilder doc =
        new StringBuilder("query Diamond {\n  root {\n")
            .append(
                combined ? "    ...FG0_0\n" : two ? "    ...F0_0\n    ...G0_0\n" : "    ...F0_0\n")
            .append("  }\n}\n");
    for (int level = 0; combined && level < levels; level++) {
      for (int i = 0; i < typesAt(level); i++) {
        String suffix = level + "_" + i;
        doc.append("\nfragment FG").append(suffix).append(" on ").append(type(level, i));
        doc.append(" {\n  ...F").append(suffix).append("\n  ...G").append(suffix).append("\n}\n");
      }
    }
    for (String prefix : two ? new String[] {"F", "G"} : new String[] {"F"}) {
      for (int level = 0; level < levels; level++) {
        for (int i = 0; i < typesAt(level); i++) {
          doc.append("\nfragment ")
              .append(prefix)
              .append(level)
              .append('_')
              .append(i)
              .append(" on ")
              .append(type(level, i))
              .append(" {\n")
              .append(shape == Shape.MERGED ? "  name\n" : "  id\n  name\n");
          if (level + 1 < levels) {
            for (int j = 0; j < width; j++) {
              String next = (level + 1) + "_" + j;
              doc.append("  next").append(j).append(" {\n");
              if (shape == Shape.BESIDE || shape == Shape.MERGED) {
                doc.append("    id\n");
              }
              doc.append(combined ? "    ...FG" : "    ...F").append(next).append('\n');
              if (two && !combined) {
                doc.append("    ...G").append(next).append('\n');
              }
              doc.append("  }\n");
            }
          }
          doc.append("}\n");
        }
      }
    }
    return doc.toString();
  }
}
