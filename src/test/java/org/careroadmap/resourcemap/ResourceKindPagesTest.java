package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** 種別の追加: only the prefecture's administrator adds kinds; the municipality's forms then offer them. */
@SharedContextTest
class ResourceKindPagesTest {

    static final RequestPostProcessor ADMIN = TestActors.prefectureAdmin();
    static final RequestPostProcessor OTHER_ADMIN = TestActors.as(Actor.of("fukuoka-admin", Role.PREFECTURE_ADMIN, "40", null));

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.sql("DELETE FROM resource WHERE kind_code IN (SELECT code FROM resource_kind WHERE prefecture_code IS NOT NULL)").update();
        jdbc.sql("DELETE FROM resource_kind WHERE prefecture_code IS NOT NULL").update();
    }

    private MockHttpServletRequestBuilder add(String code, String name) {
        return post("/map/prefectures/42/kinds").param("code", code).param("name", name).param("nameEn", "Serviced housing")
                .param("dataset", "other").param("position", "140").with(csrf());
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    @Test
    void theAdministratorAddsAKindThatTheMunicipalitysFormThenOffers() throws Exception {
        MvcResult added = mvc.perform(add("serviced-housing", "サービス付き高齢者向け住宅").with(ADMIN)).andReturn();
        assertThat(added.getResponse().getRedirectedUrl()).isEqualTo("/map/prefectures/42/kinds?added");
        assertThat(body(mvc.perform(get("/map/prefectures/42/kinds").with(ADMIN)).andReturn()))
                .contains("サービス付き高齢者向け住宅").contains("病院");
        assertThat(body(mvc.perform(get("/map/422100/resources/new").with(TestActors.editorOf("422100"))).andReturn()))
                .contains("<option value=\"serviced-housing\"");
        // The kind belongs to Nagasaki: a Fukuoka municipality's list does not have it.
        assertThat(jdbc.sql("SELECT prefecture_code FROM resource_kind WHERE code = 'serviced-housing'").query(String.class)
                .single()).isEqualTo("42");
    }

    @Test
    void badOrTakenCodesAndEmptyNamesAreNamedAndNothingIsAdded() throws Exception {
        MvcResult bad = mvc.perform(post("/map/prefectures/42/kinds").with(ADMIN).with(csrf()).param("code", "Bad Code!")
                .param("name", "").param("nameEn", "=HYPERLINK(\"x\")").param("dataset", "nothing").param("position", "-1")).andReturn();
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad)).contains("コード「Bad Code!」は使えません").contains("入力してください")
                .contains("オープンデータの出力先を選んでください").contains("並び順「-1」は0～9999の整数にしてください")
                .contains("=HYPERLINK");
        MvcResult taken = mvc.perform(add("hospital", "病院２").with(ADMIN)).andReturn();
        assertThat(taken.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(taken)).contains("コード「hospital」はすでに使われています");
        MvcResult english = mvc.perform(post("/map/prefectures/42/kinds?lang=en").with(ADMIN).with(csrf()).param("code", "x"))
                .andReturn();
        assertThat(body(english)).contains("The code &quot;x&quot; cannot be used");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_kind WHERE prefecture_code IS NOT NULL").query(Long.class).single()).isZero();
    }

    @Test
    void onlyThePrefecturesAdministratorMayAddOrListKinds() throws Exception {
        for (RequestPostProcessor who : new RequestPostProcessor[] {TestActors.prefectureReviewer(),
                TestActors.editorOf("422100"), TestActors.viewerOf("422100"), OTHER_ADMIN,
                TestActors.as(Actor.of("iki-provider", Role.PROVIDER, "42", "422100"))}) {
            assertThat(mvc.perform(add("serviced-housing", "サ高住").with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
            assertThat(mvc.perform(get("/map/prefectures/42/kinds").with(who)).andReturn().getResponse().getStatus()).isEqualTo(403);
        }
        MvcResult anonymous = mvc.perform(add("serviced-housing", "サ高住")).andReturn();
        assertThat(anonymous.getResponse().getStatus()).isIn(401, 403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_kind WHERE prefecture_code IS NOT NULL").query(Long.class).single()).isZero();
    }
}
