package dev.optixgql.processor.naming;

import com.palantir.javapoet.NameAllocator;
import java.util.List;
import java.util.Set;

/**
 * Allocates unique Java member names for a list of GraphQL names (fields that differ only in case
 * or by underscores get numbered), keeping clear of names a type already uses.
 */
public final class MemberNames {
  private MemberNames() {}

  /** One Java name per GraphQL name, in order. */
  public static List<String> allocate(List<String> graphqlNames, Set<String> reserved) {
    NameAllocator allocator = new NameAllocator();
    for (String name : reserved) {
      allocator.newName(name, "reserved:" + name);
    }
    return graphqlNames.stream()
        .map(name -> allocator.newName(JavaNames.member(name), "member:" + name))
        .toList();
  }
}
