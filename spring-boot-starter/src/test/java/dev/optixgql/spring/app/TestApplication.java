package dev.optixgql.spring.app;

import org.springframework.boot.autoconfigure.AutoConfigurationPackage;
import org.springframework.context.annotation.Configuration;

/** The application's packages, as {@code @SpringBootApplication} would declare them. */
@Configuration(proxyBeanMethods = false)
@AutoConfigurationPackage
public class TestApplication {}
