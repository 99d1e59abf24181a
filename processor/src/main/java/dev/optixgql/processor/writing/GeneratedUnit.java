package dev.optixgql.processor.writing;

import com.palantir.javapoet.JavaFile;
import dev.optixgql.processor.cache.CacheKey;
import java.util.List;
import javax.lang.model.element.Element;

/**
 * One generated source file, as {@link SourceWriter} takes it: the element its problems are
 * reported at, the elements it originates from, the cache key of everything its text depends on,
 * and the code that writes it. Each kind of generated file is one implementation (package {@code
 * units}).
 */
public interface GeneratedUnit {
  /** Where a failure generating this unit is reported. */
  Element blame();

  /** The unit's originating elements, as its writer records them (none {@code null}). */
  List<Element> origins();

  /** The key of the writer's whole input: equal keys mean equal text. Asked only with a cache. */
  CacheKey key();

  /** The file; may run on another thread (a pure function of the unit's inputs). */
  JavaFile write();
}
