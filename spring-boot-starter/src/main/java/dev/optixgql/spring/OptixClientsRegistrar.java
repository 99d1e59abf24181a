package dev.optixgql.spring;

import dev.optixgql.runtime.OptixClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.beans.factory.BeanFactory;
import org.springframework.beans.factory.BeanFactoryAware;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.RootBeanDefinition;
import org.springframework.boot.autoconfigure.AutoConfigurationPackages;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.context.annotation.ImportBeanDefinitionRegistrar;
import org.springframework.core.type.AnnotationMetadata;
import org.springframework.core.type.classreading.MetadataReader;
import org.springframework.util.ClassUtils;

/**
 * Makes every {@code @GraphQLClient} interface in the application's packages (those Spring Boot
 * scans: the {@code @SpringBootApplication}'s and its {@code @AutoConfigurationPackage}s) a bean,
 * created from the {@link OptixClient} bean, as Spring Data does for repositories: inject {@code
 * Bookings} and call it. An interface the application already defines a bean of is left alone.
 *
 * <p>{@code @GraphQLClient} is retained in class files only (not at run time), so the scan reads
 * each candidate's class file for it: an interface whose constant pool names the annotation.
 */
class OptixClientsRegistrar implements ImportBeanDefinitionRegistrar, BeanFactoryAware {
  private static final byte[] ANNOTATION =
      "Ldev/optixgql/runtime/GraphQLClient;".getBytes(StandardCharsets.UTF_8);

  private BeanFactory beanFactory;

  @Override
  public void setBeanFactory(BeanFactory beanFactory) {
    this.beanFactory = beanFactory;
  }

  @Override
  public void registerBeanDefinitions(
      AnnotationMetadata metadata, BeanDefinitionRegistry registry) {
    if (!AutoConfigurationPackages.has(beanFactory)) {
      return;
    }
    List<String> packages = AutoConfigurationPackages.get(beanFactory);
    ClassPathScanningCandidateComponentProvider scanner =
        new ClassPathScanningCandidateComponentProvider(false) {
          @Override
          protected boolean isCandidateComponent(
              org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
            return definition.getMetadata().isInterface()
                && definition.getMetadata().isIndependent();
          }
        };
    scanner.addIncludeFilter((reader, factory) -> isClient(reader));
    for (String base : packages) {
      for (BeanDefinition candidate : scanner.findCandidateComponents(base)) {
        register(candidate.getBeanClassName(), registry);
      }
    }
  }

  private void register(String className, BeanDefinitionRegistry registry) {
    Class<?> type;
    try {
      type = ClassUtils.forName(className, ClassUtils.getDefaultClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return; // not loadable here: not ours to make
    }
    String name = ClassUtils.getShortNameAsProperty(type);
    if (registry.containsBeanDefinition(name)) {
      return;
    }
    RootBeanDefinition definition = new RootBeanDefinition();
    definition.setTargetType(type);
    definition.setBeanClass(type);
    definition.setInstanceSupplier(() -> beanFactory.getBean(OptixClient.class).create(type));
    definition.setLazyInit(false);
    registry.registerBeanDefinition(name, definition);
  }

  /** Whether the class file is an interface naming {@code @GraphQLClient}. */
  private static boolean isClient(MetadataReader reader) throws IOException {
    if (!reader.getClassMetadata().isInterface()) {
      return false;
    }
    byte[] bytes;
    try (InputStream in = reader.getResource().getInputStream()) {
      bytes = in.readAllBytes();
    }
    outer:
    for (int i = 0; i + ANNOTATION.length <= bytes.length; i++) {
      for (int j = 0; j < ANNOTATION.length; j++) {
        if (bytes[i + j] != ANNOTATION[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
