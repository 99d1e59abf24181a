package dev.optixgql.compat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The reactor's Markdown pages as {@link DocsTest} reads them: lines, code fences, headings (with
 * GitHub's anchor slugs), relative links and table rows.
 */
final class MarkdownPages {
  private static final Pattern FENCE = Pattern.compile("^(\\s*)(`{3,}|~{3,})(.*)$");
  private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(([^)\\s]+)[^)]*\\)");
  private static final Pattern CODE_SPAN = Pattern.compile("`+[^`]*`+");
  private static final Pattern MARKER = Pattern.compile("^\\s*<!--\\s*snippet:\\s*(.*?)\\s*-->$");

  /** A fenced block: its language, the 1-based line of its opening fence, its text, its marker. */
  record Block(Path page, String language, int line, String text, String marker) {}

  /** A relative link: where it is written and what it names. */
  record Link(Path page, int line, String target) {}

  final Path root;
  final List<Path> pages;

  MarkdownPages(Path root) throws IOException {
    this.root = root;
    List<Path> found = new ArrayList<>();
    for (String name :
        List.of(
            "README.md", "CONTRIBUTING.md", "BENCHMARKS.md", "CHANGELOG.md", "ARCHITECTURE.md")) {
      found.add(root.resolve(name));
    }
    try (Stream<Path> docs = Files.list(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(found::add);
    }
    this.pages = List.copyOf(found);
  }

  List<String> lines(Path page) throws IOException {
    return Files.readAllLines(page, StandardCharsets.UTF_8);
  }

  String name(Path page) {
    return root.relativize(page).toString().replace('\\', '/');
  }

  /**
   * Fences that do not close: one still open at the end of the page, or a line inside a block that
   * looks like its closing fence but carries text after it (CommonMark does not close on it).
   */
  List<String> fenceProblems(Path page) throws IOException {
    List<String> problems = new ArrayList<>();
    String open = null;
    int openedAt = 0;
    List<String> lines = lines(page);
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      if (open == null) {
        open = fence.group(2);
        openedAt = i + 1;
      } else if (fence.group(2).charAt(0) == open.charAt(0)
          && fence.group(2).length() >= open.length()) {
        if (fence.group(3).isBlank()) {
          open = null;
        } else {
          problems.add(
              name(page)
                  + ":"
                  + (i + 1)
                  + ": text after a closing fence does not close the block opened at line "
                  + openedAt);
        }
      }
    }
    if (open != null) {
      problems.add(name(page) + ":" + openedAt + ": code fence never closed");
    }
    return problems;
  }

  /** The fenced blocks of {@code page}, each with the snippet marker on the line before it. */
  List<Block> blocks(Path page) throws IOException {
    List<Block> blocks = new ArrayList<>();
    List<String> lines = lines(page);
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (!fence.matches()) {
        continue;
      }
      int indent = fence.group(1).length();
      String delimiter = fence.group(2);
      Matcher marker = i > 0 ? MARKER.matcher(lines.get(i - 1)) : null;
      StringBuilder text = new StringBuilder();
      int j = i + 1;
      for (; j < lines.size(); j++) {
        String line = lines.get(j);
        if (line.strip().startsWith(delimiter) && line.strip().length() == delimiter.length()) {
          break;
        }
        text.append(
                line.length() >= indent && line.substring(0, indent).isBlank()
                    ? line.substring(indent)
                    : line.stripLeading())
            .append('\n');
      }
      blocks.add(
          new Block(
              page,
              fence.group(3).strip().toLowerCase(Locale.ROOT),
              i + 1,
              text.toString(),
              marker != null && marker.matches() ? marker.group(1) : null));
      i = j;
    }
    return blocks;
  }

  /** Lines outside code fences, by 1-based number, with inline code removed. */
  private Map<Integer, String> prose(Path page) throws IOException {
    Map<Integer, String> prose = new HashMap<>();
    List<String> lines = lines(page);
    String open = null;
    for (int i = 0; i < lines.size(); i++) {
      Matcher fence = FENCE.matcher(lines.get(i));
      if (fence.matches()) {
        if (open == null) {
          open = fence.group(2);
        } else if (fence.group(3).isBlank() && fence.group(2).startsWith(open)) {
          open = null;
        }
        continue;
      }
      if (open == null) {
        prose.put(i + 1, lines.get(i));
      }
    }
    return prose;
  }

  /** GitHub's anchors for the headings of {@code page}: "foo", then "foo-1", "foo-2". */
  Set<String> anchors(Path page) throws IOException {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    Map<Integer, String> prose = prose(page);
    for (int n = 1; n <= lines(page).size(); n++) {
      String line = prose.get(n);
      Matcher heading = line == null ? null : HEADING.matcher(line);
      if (heading == null || !heading.matches()) {
        continue;
      }
      String slug = slug(heading.group(1));
      int count = seen.merge(slug, 1, Integer::sum);
      anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
    }
    return anchors;
  }

  /**
   * GitHub's slug: link text for links, lowercase, every character that is not a letter, digit,
   * space, {@code -} or {@code _} dropped, spaces to {@code -}.
   */
  static String slug(String heading) {
    String text = heading.replaceAll("\\[([^\\]]*)\\]\\([^)]*\\)", "$1");
    text = text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "");
    return text.replace(' ', '-');
  }

  /** Every link of {@code page} that is not to a URL scheme (http, mailto). */
  List<Link> relativeLinks(Path page) throws IOException {
    List<Link> links = new ArrayList<>();
    Map<Integer, String> prose = prose(page);
    for (int n = 1; n <= lines(page).size(); n++) {
      String line = prose.get(n);
      if (line == null) {
        continue;
      }
      Matcher link = LINK.matcher(CODE_SPAN.matcher(line).replaceAll(""));
      while (link.find()) {
        String target = link.group(1);
        if (!target.matches("^[a-zA-Z][a-zA-Z0-9+.-]*:.*")) {
          links.add(new Link(page, n, target));
        }
      }
    }
    return links;
  }

  /**
   * The rows of the first table after the heading {@code heading} of {@code page}, cells stripped,
   * header and separator left out.
   */
  List<List<String>> table(Path page, String heading) throws IOException {
    List<String> lines = lines(page);
    int at = lines.indexOf(heading);
    if (at < 0) {
      throw new AssertionError(name(page) + " has no heading \"" + heading + "\"");
    }
    List<List<String>> rows = new ArrayList<>();
    int i = at + 1;
    while (i < lines.size() && !lines.get(i).startsWith("|")) {
      i++;
    }
    for (i += 2; i < lines.size() && lines.get(i).startsWith("|"); i++) {
      String line = lines.get(i);
      List<String> cells = new ArrayList<>();
      for (String cell : line.substring(1, line.length() - 1).split("\\|", -1)) {
        cells.add(cell.strip());
      }
      rows.add(cells);
    }
    return rows;
  }
}
