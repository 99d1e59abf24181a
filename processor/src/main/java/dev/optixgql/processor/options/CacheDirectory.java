package dev.optixgql.processor.options;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/**
 * Where the processor's cache lives: {@code -Aoptixgql.cacheDir}, else {@code optixgql-cache} in
 * the build directory that holds the class output ({@code target/} for Maven's {@code
 * target/classes}, {@code build/} for Gradle's {@code build/classes/java/main}). A class output in
 * no {@code target} or {@code build} directory (Eclipse's {@code bin/} in the project itself) gets
 * no cache unless the option names one: the processor never writes into a project's own tree.
 *
 * <p>A cache entry decides what the processor generates, so the directory must be one that only the
 * user compiling can write ({@link #untrusted}): an entry planted by another user of a shared
 * machine would otherwise end up in this user's classes.
 */
public final class CacheDirectory {
  /** How far above the class output the build directory may be (Gradle's is three up). */
  private static final int MAX_DEPTH = 4;

  private CacheDirectory() {}

  /** The directory, or {@code null} for no cache. */
  public static Path choose(ProcessorOptions options, Path classOutput) {
    if (!options.cacheEnabled()) {
      return null;
    }
    if (options.cacheDir() != null) {
      return options.cacheDir();
    }
    Path dir = classOutput;
    for (int depth = 0; dir != null && depth < MAX_DEPTH; depth++, dir = dir.getParent()) {
      Path name = dir.getFileName();
      if (name != null && (name.toString().equals("target") || name.toString().equals("build"))) {
        return dir.resolve("optixgql-cache");
      }
    }
    return null;
  }

  /** The sticky bit of a {@code unix:mode}: only an entry's owner may rename or delete it. */
  private static final int STICKY = 01000;

  /**
   * Why {@code directory} must not hold this compilation's cache, or {@code null} when it may. It
   * is created first (so that nobody can create it in between); then it must belong to the user
   * compiling, be writable by no other user (group-writable only with a group of the owner's own
   * name, the private group many systems give each user), and sit under no directory that others
   * can write without the sticky bit (they could move it away and put their own in its place). A
   * directory that cannot be created or examined is no threat: a cache there misses and keeps
   * nothing.
   */
  public static String untrusted(Path directory) {
    Path real;
    PosixFileAttributes attributes;
    try {
      Files.createDirectories(directory);
      real = directory.toRealPath();
      PosixFileAttributeView view = Files.getFileAttributeView(real, PosixFileAttributeView.class);
      UserPrincipal owner = Files.getOwner(real);
      UserPrincipal me = currentUser(real);
      if (me != null && !me.equals(owner)) {
        return "it belongs to " + owner.getName() + ", not to " + me.getName();
      }
      if (view == null) {
        return null; // no POSIX permissions to read (Windows): the owner is what can be checked
      }
      attributes = view.readAttributes();
    } catch (IOException | RuntimeException e) {
      return null;
    }
    Set<PosixFilePermission> permissions = attributes.permissions();
    boolean privateGroup = attributes.group().getName().equals(attributes.owner().getName());
    if (permissions.contains(PosixFilePermission.OTHERS_WRITE)
        || (permissions.contains(PosixFilePermission.GROUP_WRITE) && !privateGroup)) {
      return "other users can write it (" + PosixFilePermissions.toString(permissions) + ")";
    }
    for (Path above = real.getParent(); above != null; above = above.getParent()) {
      if (othersMayReplaceEntries(above)) {
        return "other users can write " + above + ", which holds it, and move it away";
      }
    }
    return null;
  }

  private static boolean othersMayReplaceEntries(Path directory) {
    try {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(directory);
      if (!permissions.contains(PosixFilePermission.OTHERS_WRITE)) {
        return false;
      }
      Object mode = Files.getAttribute(directory, "unix:mode");
      return !(mode instanceof Integer bits) || (bits & STICKY) == 0;
    } catch (IOException | RuntimeException e) {
      return false; // no POSIX view, or not readable: nothing known to hold against it
    }
  }

  /** The user this JVM runs as, or {@code null} when the file system cannot say. */
  private static UserPrincipal currentUser(Path onFileSystem) {
    try {
      return onFileSystem
          .getFileSystem()
          .getUserPrincipalLookupService()
          .lookupPrincipalByName(System.getProperty("user.name"));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }
}
