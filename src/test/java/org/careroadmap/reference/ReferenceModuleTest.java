package org.careroadmap.reference;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.careroadmap.TouchesDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;

/**
 * The reference module on its own ({@code @ApplicationModuleTest}, standalone): Spring starts only this module's
 * beans with the database the migrations make, and Spring Modulith first verifies the module's declared dependencies.
 * Every other module reads municipalities, prefectures and templates through {@link ReferenceData}; this shows it
 * needs nothing of theirs to do so. (A small context of its own: no web layer of the application, no demo data.)
 */
@TouchesDatabase
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:referencemodule;DB_CLOSE_DELAY=-1")
class ReferenceModuleTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReferenceData reference;

    @Test
    void startsNoBeanOfAnotherModule() {
        assertThat(Arrays.stream(context.getBeanDefinitionNames()).map(context::getType)
                .filter(type -> type != null).map(Class::getPackageName)
                .filter(name -> name.startsWith("org.careroadmap.")))
                .isNotEmpty()
                .allSatisfy(name -> assertThat(name).isEqualTo("org.careroadmap.reference"));
    }

    @Test
    void readsTheMunicipalitiesPrefecturesAndTemplatesTheMigrationsHold() {
        assertThat(reference.municipality(new MunicipalityCode("422100"))).hasValueSatisfying(iki -> {
            assertThat(iki.name()).isEqualTo("壱岐市");
            assertThat(iki.nameEn()).isEqualTo("Iki City");
            assertThat(iki.prefectureCode()).isEqualTo("42");
        });
        assertThat(reference.municipalitiesOf("42")).extracting(m -> m.code().value()).contains("422011", "422100");
        assertThat(reference.prefecturesWithMunicipalities()).extracting(Prefecture::code).contains("42");
        assertThat(reference.prefecture("42")).hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("長崎県"));
        assertThat(reference.template("nagasaki-9-10")).isPresent();
    }
}
