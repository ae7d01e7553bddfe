package org.careroadmap.platform;

import org.springframework.context.annotation.Configuration;
import org.springframework.http.MediaType;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.HttpMessageConverters;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The API answers the formats the README documents (JSON, and CSV where it says so), each written by our own
 * serializer, and no other. swagger-core brings {@code jackson-dataformat-yaml} (Jackson 2) onto the class path, so
 * Spring's default server converters add a Jackson 2 YAML converter: {@code Accept: application/yaml} got an
 * undocumented YAML copy of every JSON answer, written without our Jackson 3 settings (its field formats could
 * silently differ from the JSON contract), and error attributes in YAML instead of our problem details. Without the
 * converter such a request is a 406. springdoc's {@code /v3/api-docs.yaml} is unaffected: it writes its YAML itself
 * and answers it as a string.
 */
@Configuration(proxyBeanMethods = false)
class ApiFormats implements WebMvcConfigurer {

    @Override
    public void configureMessageConverters(HttpMessageConverters.ServerBuilder builder) {
        builder.configureMessageConvertersList(converters -> converters.removeIf(ApiFormats::writesYaml));
    }

    /** Exactly {@code application/yaml}: converters of any type ({@code *}{@code /*}: bytes, resources) stay. */
    static boolean writesYaml(HttpMessageConverter<?> converter) {
        return converter.getSupportedMediaTypes().stream().anyMatch(MediaType.APPLICATION_YAML::equalsTypeAndSubtype);
    }
}
