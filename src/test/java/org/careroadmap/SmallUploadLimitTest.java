package org.careroadmap;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;

/**
 * Like {@link SharedContextTest} (demo data, MockMvc) but with the Excel import limited to 256KB, so a small
 * test file can prove the size refusal and the limit shown on the pages. One context for every such class.
 */
@TouchesDatabase
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:mem:smalluploads;DB_CLOSE_DELAY=-1",
        "app.spreadsheet.max-upload-size=256KB"})
@AutoConfigureMockMvc
public @interface SmallUploadLimitTest {
}
