package dev.optixgql.runtime;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;

/**
 * Every page of an Optix list, read lazily: one request per page, each through the client's
 * throttle and retries like any call, starting at the operation's page and stopping after the last
 * page: one holding fewer entries than the page size (or none), or the one that reaches the list's
 * {@code total} when the operation selects it. Reading 1,234 bookings 100 at a time sends 13
 * requests.
 *
 * <pre>{@code
 * try (Stream<Booking> bookings = client.pages(new MonthBookingsQuery(from, to, 1)).stream()) {
 *   bookings.forEach(this::store);
 * }
 * }</pre>
 *
 * <p>One object is one read: {@link #iterator()}, {@link #stream()}, {@link #nextPage()} and {@link
 * #nextPageAsync()} all continue it. It is not for concurrent use. Optix pages by offset, so a list
 * that changes while it is read may skip or repeat an item; the read notices when the {@code total}
 * moves between pages ({@link #totalChanges()}, a warning on the {@code dev.optixgql.runtime.Pages}
 * logger), and {@link #failIfListChanges()} makes that an exception instead.
 *
 * @param <T> the list's items
 */
public final class Pages<T> implements Iterable<T> {
  private static final System.Logger LOG = System.getLogger(Pages.class.getName());

  /**
   * A {@code total} that moved during a read.
   *
   * @param page the page whose total differed
   * @param before the total the first page read counted
   * @param after the total that page counted
   */
  public record TotalChange(int page, int before, int after) {}

  /** One page's request, synchronous and asynchronous. */
  private interface Source<T> {
    Page<T> fetch(int page);

    CompletableFuture<Page<T>> fetchAsync(int page);
  }

  private final Source<T> source;
  private final int pageSize;
  private final List<TotalChange> changes = new ArrayList<>();
  private int next;
  private boolean done;
  private boolean failOnChange;
  private volatile boolean inFlight;
  private int requests;
  private @Nullable Integer firstTotal;
  private @Nullable Iterator<T> items;

  private Pages(Source<T> source, int firstPage, int pageSize) {
    this.source = source;
    this.next = firstPage;
    this.pageSize = pageSize;
  }

  /**
   * A read of every page from {@code first}'s on, each page sent with {@code execute} or {@code
   * executeAsync}: {@link OptixClient#pages} and the generated interfaces pass the client's calls;
   * a test may pass its own.
   *
   * @param first the operation asking for the first page to read
   * @param execute sends one page's operation and returns its data
   * @param executeAsync sends one page's operation asynchronously
   * @param <D> the operation's data
   * @param <T> the list's items
   * @return a read not yet started: nothing is sent until a page is asked for
   * @throws IllegalArgumentException if the operation's page size or page number is below 1
   */
  public static <D, T> Pages<T> of(
      PagedOperation<D, T> first,
      Function<? super PagedOperation<D, T>, ? extends D> execute,
      Function<? super PagedOperation<D, T>, ? extends CompletableFuture<? extends D>>
          executeAsync) {
    Objects.requireNonNull(first, "first");
    Objects.requireNonNull(execute, "execute");
    Objects.requireNonNull(executeAsync, "executeAsync");
    if (first.pageSize() < 1) {
      throw new IllegalArgumentException(
          first.operationName()
              + " asks for pages of "
              + first.pageSize()
              + " items; a read of every page needs a limit of at least 1.");
    }
    if (first.pageNumber() < 1) {
      throw new IllegalArgumentException(
          first.operationName() + " asks for page " + first.pageNumber() + "; pages start at 1.");
    }
    Source<T> source =
        new Source<>() {
          @Override
          public Page<T> fetch(int page) {
            PagedOperation<D, T> operation = first.withPage(page);
            return operation.pageOf(execute.apply(operation));
          }

          @Override
          public CompletableFuture<Page<T>> fetchAsync(int page) {
            PagedOperation<D, T> operation = first.withPage(page);
            return executeAsync.apply(operation).thenApply(operation::pageOf);
          }
        };
    return new Pages<>(source, first.pageNumber(), first.pageSize());
  }

  /**
   * Makes a moved {@code total} end the read with {@link PageListChangedException} (by default it
   * is noted in {@link #totalChanges()} and logged, and the read goes on).
   *
   * @return this read
   */
  public Pages<T> failIfListChanges() {
    failOnChange = true;
    return this;
  }

  /**
   * Reads the next page, or nothing after the last.
   *
   * @return the page, or empty once the read is over
   * @throws IllegalStateException if an asynchronous page request of this read is under way
   */
  public Optional<Page<T>> nextPage() {
    if (done) {
      return Optional.empty();
    }
    startRequest();
    Page<T> page;
    try {
      page = source.fetch(next);
    } finally {
      inFlight = false;
    }
    return Optional.of(accept(page));
  }

  /**
   * Reads the next page asynchronously: the future has the page, or nothing after the last, or
   * fails as the call would. Ask for the next one once it completes.
   *
   * @return the page, when it arrives
   * @throws IllegalStateException if a page request of this read is under way
   */
  public CompletableFuture<Optional<Page<T>>> nextPageAsync() {
    if (done) {
      return CompletableFuture.completedFuture(Optional.empty());
    }
    startRequest();
    return source
        .fetchAsync(next)
        .handle(
            (page, failure) -> {
              inFlight = false;
              if (failure != null) {
                throw failure instanceof RuntimeException e
                    ? e
                    : new java.util.concurrent.CompletionException(failure);
              }
              return Optional.of(accept(page));
            });
  }

  /**
   * Reads the rest of the list asynchronously, a page at a time.
   *
   * @return every item not read yet, in order, when the last page has arrived
   */
  public CompletableFuture<List<T>> toListAsync() {
    List<T> out = new ArrayList<>();
    return collect(out).thenApply(ignored -> out);
  }

  private CompletableFuture<Void> collect(List<T> out) {
    return nextPageAsync()
        .thenCompose(
            page -> {
              if (page.isEmpty()) {
                return CompletableFuture.completedFuture(null);
              }
              out.addAll(page.get().items());
              return collect(out);
            });
  }

  /**
   * The items not read yet, fetching each page when the one before is used up.
   *
   * @return an iterator continuing this read
   */
  @Override
  public Iterator<T> iterator() {
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        while (items == null || !items.hasNext()) {
          Optional<Page<T>> page = nextPage();
          if (page.isEmpty()) {
            return false;
          }
          items = page.get().items().iterator();
        }
        return true;
      }

      @Override
      public T next() {
        if (!hasNext()) {
          throw new NoSuchElementException("The last page has been read.");
        }
        return Objects.requireNonNull(items).next();
      }
    };
  }

  /**
   * The items not read yet as a sequential stream, fetching each page when the one before is used
   * up: a short-circuiting stream ({@code limit}, {@code findFirst}) sends no further requests.
   *
   * @return a stream continuing this read
   */
  public Stream<T> stream() {
    return StreamSupport.stream(
        Spliterators.spliteratorUnknownSize(iterator(), Spliterator.ORDERED | Spliterator.NONNULL),
        false);
  }

  /**
   * How many page requests this read has sent.
   *
   * @return the count
   */
  public int requestsSent() {
    return requests;
  }

  /**
   * Whether the last page has been read.
   *
   * @return {@code true} once no request is left to send
   */
  public boolean isDone() {
    return done;
  }

  /**
   * Every {@code total} that moved during this read, in page order.
   *
   * @return the changes, none when the list held still
   */
  public List<TotalChange> totalChanges() {
    return List.copyOf(changes);
  }

  private void startRequest() {
    if (inFlight) {
      throw new IllegalStateException(
          "A page of this read is still being requested; ask for the next once it arrives.");
    }
    inFlight = true;
    requests++;
  }

  private Page<T> accept(Page<T> page) {
    next = page.number() + 1;
    Integer total = page.total();
    if (total != null) {
      if (firstTotal == null) {
        firstTotal = total;
      } else if (!firstTotal.equals(total)) {
        TotalChange change = new TotalChange(page.number(), firstTotal, total);
        changes.add(change);
        if (failOnChange) {
          done = true;
          throw new PageListChangedException(change);
        }
        LOG.log(
            Level.WARNING,
            "The list changed while it was read: page {0} counts {1} items where the first page"
                + " counted {2}; an item may have been skipped or read twice.",
            page.number(),
            total,
            change.before());
      }
    }
    done =
        page.received() == 0
            || page.received() < pageSize
            || (total != null && (long) page.number() * pageSize >= total);
    return page;
  }
}
