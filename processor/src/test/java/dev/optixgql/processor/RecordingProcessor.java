package dev.optixgql.processor;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Completion;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;

/**
 * {@link OptixGqlProcessor} with a {@link Filer} that records the source files it creates: tests of
 * failing builds need to know which units were still generated, and compile-testing withholds a
 * failed compilation's generated files. Its {@link Elements} record the type names looked up before
 * the first file is created ({@link FilerLookahead}).
 */
final class RecordingProcessor implements Processor {
  private final Processor delegate = new OptixGqlProcessor();
  private final Set<String> generated = new TreeSet<>();
  private final Set<String> lookedUpFirst = new TreeSet<>();

  /** The qualified names of the source files generated so far, sorted. */
  Set<String> generated() {
    return Set.copyOf(generated);
  }

  /** The names given to {@code Elements.getTypeElement(name)} before any file was created. */
  Set<String> lookedUpFirst() {
    return Set.copyOf(lookedUpFirst);
  }

  @Override
  public void init(ProcessingEnvironment env) {
    Filer recording = new RecordingFiler(env.getFiler());
    Elements elements = env.getElementUtils();
    Elements recordingElements =
        proxy(
            Elements.class,
            elements,
            (method, args) -> {
              if (method.getName().equals("getTypeElement")
                  && args.length == 1
                  && generated.isEmpty()) {
                lookedUpFirst.add(args[0].toString());
              }
            });
    delegate.init(
        (ProcessingEnvironment)
            Proxy.newProxyInstance(
                ProcessingEnvironment.class.getClassLoader(),
                new Class<?>[] {ProcessingEnvironment.class},
                (proxy, method, args) -> {
                  if (method.getName().equals("getFiler")) {
                    return recording;
                  }
                  if (method.getName().equals("getElementUtils")) {
                    return recordingElements;
                  }
                  return invoke(method, env, args);
                }));
  }

  /** {@code target} as {@code type}, telling {@code seen} of every call first. */
  private static <T> T proxy(
      Class<T> type, T target, java.util.function.BiConsumer<Method, Object[]> seen) {
    return type.cast(
        Proxy.newProxyInstance(
            type.getClassLoader(),
            new Class<?>[] {type},
            (proxy, method, args) -> {
              seen.accept(method, args == null ? new Object[0] : args);
              return invoke(method, target, args);
            }));
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return delegate.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return delegate.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return delegate.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return delegate.process(annotations, round);
  }

  @Override
  public Iterable<? extends Completion> getCompletions(
      Element element, AnnotationMirror annotation, ExecutableElement member, String userText) {
    return delegate.getCompletions(element, annotation, member, userText);
  }

  private final class RecordingFiler implements Filer {
    private final Filer filer;

    RecordingFiler(Filer filer) {
      this.filer = filer;
    }

    @Override
    public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements)
        throws IOException {
      JavaFileObject file = filer.createSourceFile(name, originatingElements);
      generated.add(name.toString());
      return file;
    }

    @Override
    public JavaFileObject createClassFile(CharSequence name, Element... originatingElements)
        throws IOException {
      return filer.createClassFile(name, originatingElements);
    }

    @Override
    public FileObject createResource(
        JavaFileManager.Location location,
        CharSequence moduleAndPkg,
        CharSequence relativeName,
        Element... originatingElements)
        throws IOException {
      return filer.createResource(location, moduleAndPkg, relativeName, originatingElements);
    }

    @Override
    public FileObject getResource(
        JavaFileManager.Location location, CharSequence moduleAndPkg, CharSequence relativeName)
        throws IOException {
      return filer.getResource(location, moduleAndPkg, relativeName);
    }
  }
}
