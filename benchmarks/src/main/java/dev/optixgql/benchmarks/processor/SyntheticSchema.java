package dev.optixgql.benchmarks.processor;

import java.util.Locale;

/**
 * The large synthetic schema {@link FragmentScaling} compiles against (issue 25): about 4,000
 * types, the same text on every run. Two families of object types carry the fragment shapes: {@code
 * D<layer>_<i>}, 8 layers of 260, each type linking by {@code next0..next5} to the 6 consecutive
 * types of the next layer from its own index (so neighbouring types share targets: diamonds); and
 * {@code W0_<i>} (80), each linking by {@code wide00..wide23} to its own 24 of the 1,500 {@code
 * W1_<i>}. Around them: interfaces every object type implements some of, unions, enums and input
 * types, as a real API has.
 */
final class SyntheticSchema {
  static final int DEEP_LAYERS = 8;
  static final int DEEP_PER_LAYER = 260;
  static final int DENSE_LINKS = 6;
  static final int WIDE_ROOTS = 80;
  static final int WIDE_LEAVES = 1_500;
  static final int WIDE_LINKS = 24;
  private static final int INTERFACES = 8;
  private static final int UNIONS = 16;
  private static final int ENUMS = 150;
  private static final int INPUTS = 160;

  private SyntheticSchema() {}

  /** The number of named types the SDL defines, Query and Mutation included. */
  static int typeCount() {
    return DEEP_LAYERS * DEEP_PER_LAYER
        + WIDE_ROOTS
        + WIDE_LEAVES
        + INTERFACES
        + UNIONS
        + ENUMS
        + INPUTS
        + 2;
  }

  static String sdl() {
    StringBuilder sdl = new StringBuilder("type Query {\n");
    for (int i = 0; i < DEEP_PER_LAYER; i++) {
      sdl.append(String.format(Locale.ROOT, "  d%03d: %s%n", i, deep(0, i)));
    }
    for (int i = 0; i < WIDE_ROOTS; i++) {
      sdl.append(String.format(Locale.ROOT, "  w%02d: %s%n", i, wide(0, i)));
    }
    sdl.append("  node(id: ID!): Node0\n  find(filter: Filter0): [Result0!]!\n}\n");
    sdl.append("\ntype Mutation {\n");
    for (int i = 0; i < INPUTS; i++) {
      sdl.append(String.format(Locale.ROOT, "  update%03d(input: Filter%d!): Node0%n", i, i));
    }
    sdl.append("}\n");
    for (int k = 0; k < INTERFACES; k++) {
      sdl.append("\ninterface ").append(iface(k)).append(" {\n  id: ID!\n");
      sdl.append("  tag").append(k).append(": String\n}\n");
    }
    objectTypes(sdl);
    unionsEnumsInputs(sdl);
    return sdl.toString();
  }

  /** The deep layers' and the wide roots' and leaves' object types. */
  private static void objectTypes(StringBuilder sdl) {
    for (int layer = 0; layer < DEEP_LAYERS; layer++) {
      for (int i = 0; i < DEEP_PER_LAYER; i++) {
        StringBuilder links = new StringBuilder();
        if (layer + 1 < DEEP_LAYERS) {
          for (int k = 0; k < DENSE_LINKS; k++) {
            links.append("  next").append(k).append(": ");
            links.append(deep(layer + 1, (i + k) % DEEP_PER_LAYER)).append('\n');
          }
        }
        if (layer > 0) {
          links.append("  back: ").append(deep(layer - 1, i)).append('\n');
        }
        objectType(sdl, deep(layer, i), layer * DEEP_PER_LAYER + i, links.toString());
      }
    }
    for (int i = 0; i < WIDE_ROOTS; i++) {
      StringBuilder links = new StringBuilder();
      for (int k = 0; k < WIDE_LINKS; k++) {
        links.append(String.format(Locale.ROOT, "  wide%02d: ", k));
        links.append(wide(1, (i * WIDE_LINKS + k) % WIDE_LEAVES)).append('\n');
      }
      objectType(sdl, wide(0, i), 3 * i, links.toString());
    }
    for (int i = 0; i < WIDE_LEAVES; i++) {
      objectType(sdl, wide(1, i), i, "  owner: " + wide(0, i % WIDE_ROOTS) + "\n");
    }
  }

  /** The unions over the deep layers, the enums, and the input types (each refers to the next). */
  private static void unionsEnumsInputs(StringBuilder sdl) {
    for (int u = 0; u < UNIONS; u++) {
      sdl.append("\nunion Result").append(u).append(" = ");
      for (int m = 0; m < 5; m++) {
        sdl.append(m == 0 ? "" : " | ").append(deep(m, (u * 7 + m) % DEEP_PER_LAYER));
      }
      sdl.append('\n');
    }
    for (int e = 0; e < ENUMS; e++) {
      sdl.append("\nenum Status").append(e).append(" {\n");
      for (String value : new String[] {"ACTIVE", "PAUSED", "ARCHIVED", "DELETED"}) {
        sdl.append("  ").append(value).append(e % 3 == 0 ? "" : "_" + e % 3).append('\n');
      }
      sdl.append("}\n");
    }
    for (int f = 0; f < INPUTS; f++) {
      sdl.append("\ninput Filter").append(f).append(" {\n  id: ID\n  name: String\n");
      sdl.append("  status: Status").append(f % ENUMS).append('\n');
      sdl.append("  limit: Int = 20\n  and: Filter").append((f + 1) % INPUTS).append("\n}\n");
    }
  }

  /** An object type: scalars, an enum, an interface and a union field, then its links. */
  private static void objectType(StringBuilder sdl, String name, int seed, String links) {
    String first = iface(seed % INTERFACES);
    String second = iface((seed / INTERFACES + 1 + seed) % INTERFACES);
    sdl.append("\ntype ").append(name).append(" implements ").append(first);
    if (!second.equals(first)) {
      sdl.append(" & ").append(second);
    }
    sdl.append(" {\n  id: ID!\n  name: String\n  count: Int!\n  score: Float\n  active: Boolean\n");
    sdl.append("  createdAt: String\n  status: Status").append(seed % ENUMS).append('\n');
    sdl.append("  tag").append(seed % INTERFACES).append(": String\n");
    if (!second.equals(first)) {
      sdl.append("  tag").append((seed / INTERFACES + 1 + seed) % INTERFACES).append(": String\n");
    }
    sdl.append("  related(filter: Filter").append(seed % INPUTS).append("): Result");
    sdl.append(seed % UNIONS).append('\n');
    sdl.append(links).append("}\n");
  }

  private static String iface(int k) {
    return "Node" + k;
  }

  static String deep(int layer, int i) {
    return String.format(Locale.ROOT, "D%d_%03d", layer, i);
  }

  static String wide(int layer, int i) {
    return String.format(Locale.ROOT, layer == 0 ? "W0_%02d" : "W1_%04d", i);
  }
}
