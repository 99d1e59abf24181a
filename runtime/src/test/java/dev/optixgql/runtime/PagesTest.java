package dev.optixgql.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/** The stopping rules and the list-changed checks of a read of every page, without a server. */
class PagesTest {
  /** A page as the server answers it: the entries and the total it counted. */
  record Answer(@Nullable Integer total, @Nullable List<@Nullable String> entries) {}

  /** A paged operation over a scripted server: page n is {@code server.apply(n)}. */
  record ListQuery(int page, int limit) implements PagedOperation<Answer, String> {
    @Override
    public int pageNumber() {
      return page;
    }

    @Override
    public int pageSize() {
      return limit;
    }

    @Override
    public ListQuery withPage(int page) {
      return new ListQuery(page, limit);
    }

    @Override
    public Page<String> pageOf(Answer data) {
      return Page.of(page, data.total(), data.entries());
    }

    @Override
    public String document() {
      return "query List($page:Int){list(page:$page){total data}}";
    }

    @Override
    public String operationName() {
      return "List";
    }

    @Override
    public boolean isMutation() {
      return false;
    }

    @Override
    public Class<Answer> dataType() {
      return Answer.class;
    }

    @Override
    public void writeVariables(JsonGenerator out) {}

    @Override
    public Answer readData(JsonParser in) {
      throw new UnsupportedOperationException();
    }
  }

  private final List<Integer> asked = new ArrayList<>();

  private Pages<String> read(ListQuery first, IntFunction<Answer> server) {
    return Pages.of(
        first,
        operation -> {
          asked.add(operation.pageNumber());
          return server.apply(operation.pageNumber());
        },
        operation -> {
          asked.add(operation.pageNumber());
          return CompletableFuture.supplyAsync(() -> server.apply(operation.pageNumber()));
        });
  }

  /** Page {@code page} of a list of {@code size} items named 1…size, {@code total} as given. */
  private static Answer slice(int size, int page, int limit, @Nullable Integer total) {
    int from = Math.min(size, (page - 1) * limit);
    int to = Math.min(size, from + limit);
    return new Answer(
        total,
        IntStream.rangeClosed(from + 1, to)
            .mapToObj(String::valueOf)
            .map(s -> (String) s)
            .toList());
  }

  @Test
  void stopsAtTheTotalWithoutAskingForAnEmptyPage() {
    Pages<String> pages = read(new ListQuery(1, 10), n -> slice(30, n, 10, 30));

    assertEquals(30, pages.stream().count());
    assertEquals(List.of(1, 2, 3), asked, "a full last page that reaches the total ends the read");
  }

  @Test
  void withoutATotalStopsAtAShortPage() {
    Pages<String> pages = read(new ListQuery(1, 10), n -> slice(25, n, 10, null));

    assertEquals(25, pages.stream().count());
    assertEquals(List.of(1, 2, 3), asked);
  }

  @Test
  void withoutATotalAFullLastPageCostsOneEmptyPage() {
    Pages<String> pages = read(new ListQuery(1, 10), n -> slice(20, n, 10, null));

    assertEquals(20, pages.stream().count());
    assertEquals(List.of(1, 2, 3), asked);
    assertEquals(3, pages.requestsSent());
  }

  @Test
  void nullEntriesAreLeftOutButCountTowardsTheFullPage() {
    List<@Nullable String> withNull = new ArrayList<>(List.of("a", "b"));
    withNull.add(null);
    Pages<String> pages =
        read(
            new ListQuery(1, 3),
            n -> n == 1 ? new Answer(null, withNull) : new Answer(null, List.of("d")));

    assertEquals(List.of("a", "b", "d"), pages.stream().toList());
    assertEquals(List.of(1, 2), asked);
  }

  @Test
  void aNullListEndsTheRead() {
    Pages<String> pages = read(new ListQuery(1, 10), n -> new Answer(null, null));

    assertEquals(0, pages.stream().count());
    assertEquals(List.of(1), asked);
  }

  @Test
  void aMovedTotalIsNotedAndTheReadGoesOn() {
    // The list grows by one item after the first page.
    Pages<String> pages =
        read(new ListQuery(1, 10), n -> slice(n == 1 ? 20 : 21, n, 10, n == 1 ? 20 : 21));

    List<String> items = pages.stream().toList();

    assertEquals(21, items.size());
    assertEquals(
        List.of(new Pages.TotalChange(2, 20, 21), new Pages.TotalChange(3, 20, 21)),
        pages.totalChanges());
  }

  @Test
  void aMovedTotalFailsAStrictRead() {
    Pages<String> pages =
        read(new ListQuery(1, 10), n -> slice(30, n, 10, n == 1 ? 30 : 29)).failIfListChanges();

    PageListChangedException e =
        assertThrows(PageListChangedException.class, () -> pages.stream().count());

    assertEquals(new Pages.TotalChange(2, 30, 29), e.change());
    assertTrue(e.getMessage().contains("page 2 counts 29 items in all"), e.getMessage());
    assertTrue(pages.isDone());
  }

  @Test
  void startsAtTheOperationsPage() {
    Pages<String> pages = read(new ListQuery(3, 10), n -> slice(45, n, 10, 45));

    assertEquals(List.of("21", "22"), pages.stream().limit(2).toList());
    assertEquals(List.of(3), asked);
  }

  @Test
  void asynchronousPagesOneAtATime() throws Exception {
    CompletableFuture<Answer> held = new CompletableFuture<>();
    Pages<String> pages =
        Pages.of(
            new ListQuery(1, 10),
            operation -> {
              throw new AssertionError("synchronous call");
            },
            operation -> {
              asked.add(operation.pageNumber());
              return operation.pageNumber() == 1
                  ? held
                  : CompletableFuture.supplyAsync(() -> slice(35, operation.pageNumber(), 10, 35));
            });

    CompletableFuture<?> first = pages.nextPageAsync();
    assertThrows(IllegalStateException.class, pages::nextPageAsync, "one request at a time");
    held.complete(slice(35, 1, 10, 35));
    first.get();
    List<String> rest = pages.toListAsync().get();

    assertEquals(25, rest.size());
    assertEquals(List.of(1, 2, 3, 4), asked);
  }

  @Test
  void refusesAPageSizeBelowOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> read(new ListQuery(1, 0), n -> null));

    assertTrue(e.getMessage().contains("needs a limit of at least 1"), e.getMessage());
  }
}
