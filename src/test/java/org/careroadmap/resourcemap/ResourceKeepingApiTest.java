package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The JSON API for keeping the map true: proposals (provider proposes, editor lists, approves some fields or
 * rejects), 確認依頼 rounds (editor opens and reads, provider lists and confirms) and the prefecture's kinds —
 * 201 with Location on create, problem details on bad input, 409 on a second or concurrent change.
 */
@SharedContextTest
class ResourceKeepingApiTest {

    static final String IKI = "422100";
    static final RequestPostProcessor IKI_EDITOR = TestActors.editorOf(IKI);
    static final RequestPostProcessor IKI_VIEWER = TestActors.viewerOf(IKI);
    static final RequestPostProcessor NAGASAKI_EDITOR = TestActors.editorOf("422011");
    static final RequestPostProcessor IKI_PROVIDER = TestActors.as(Actor.of("iki-provider", Role.PROVIDER, "42", IKI));
    static final RequestPostProcessor OTHER_PROVIDER = TestActors.as(Actor.of("other-provider", Role.PROVIDER, "42", IKI));
    static final RequestPostProcessor ADMIN = TestActors.prefectureAdmin();
    static final JsonMapper JSON = JsonMapper.builder().build();

    @Autowired
    MockMvc mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceService resources;

    long own;

    @BeforeEach
    void setUp() {
        jdbc.sql("DELETE FROM resource WHERE source_id NOT LIKE 'DEMO%'").update();
        jdbc.sql("DELETE FROM resource_proposal").update();
        jdbc.sql("DELETE FROM resource_confirmation_round").update();
        jdbc.sql("DELETE FROM resource_kind WHERE code LIKE 'api-%'").update();
        own = CurrentActor.asSystem(() -> resources.create(IKI, ContentFields.parse(java.util.Map.of("sourceId", "T-API",
                "kind", "visiting-nursing", "name", "API訪問看護", "phone", "000-1111-2222")).content()));
        jdbc.sql("INSERT INTO resource_provider (resource_id, username, linked_by, linked_at) VALUES (?, ?, 'test', ?)")
                .params(own, "iki-provider", java.sql.Timestamp.from(java.time.Instant.now())).update();
    }

    private MvcResult send(MockHttpServletRequestBuilder request, RequestPostProcessor as, String json) throws Exception {
        if (json != null) {
            request.contentType(MediaType.APPLICATION_JSON).content(json);
        }
        return mvc.perform(request.with(as).with(csrf())).andReturn();
    }

    private static JsonNode json(MvcResult result) throws Exception {
        return JSON.readTree(result.getResponse().getContentAsString(StandardCharsets.UTF_8));
    }

    @Test
    void aProposalIsCreatedWithLocationAndTheEditorTakesChosenFieldsOnce() throws Exception {
        MvcResult created = send(post("/api/provider/resources/" + own + "/proposals"), IKI_PROVIDER,
                "{\"fields\":{\"phone\":\"000-3333-4444\",\"name\":\"API訪問看護ステーション\"},\"note\":\"移転\"}");
        assertThat(created.getResponse().getStatus()).isEqualTo(201);
        String location = created.getResponse().getHeader("Location");
        assertThat(location).matches("/api/resource-proposals/\\d+");
        assertThat(json(created).get("status").asString()).isEqualTo("PENDING");
        assertThat(resources.get(own).content().contact().phone()).isEqualTo("000-1111-2222");

        JsonNode read = json(send(get(location), IKI_EDITOR, null));
        assertThat(read.get("changes").findValuesAsString("field")).containsExactly("name", "phone");
        assertThat(json(send(get("/api/municipalities/" + IKI + "/resource-proposals"), IKI_EDITOR, null)).get(0).get("id").asLong())
                .isEqualTo(read.get("id").asLong());
        assertThat(send(get(location), NAGASAKI_EDITOR, null).getResponse().getStatus()).isEqualTo(403);

        MvcResult second = send(post("/api/provider/resources/" + own + "/proposals"), IKI_PROVIDER, "{\"fields\":{\"fax\":\"000-1\"}}");
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(second.getResponse().getContentType()).contains("application/problem+json");

        MvcResult notProposed = send(post(location + "/approve"), IKI_EDITOR, "{\"fields\":[\"fax\"]}");
        assertThat(notProposed.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(notProposed).get("errors").get(0).get("field").asString()).isEqualTo("fax");

        MvcResult approved = send(post(location + "/approve"), IKI_EDITOR, "{\"fields\":[\"phone\"],\"reason\":\"名称は登記のまま\"}");
        assertThat(approved.getResponse().getStatus()).isEqualTo(200);
        assertThat(json(approved).get("status").asString()).isEqualTo("PARTIAL");
        assertThat(resources.get(own).content().contact().phone()).isEqualTo("000-3333-4444");
        assertThat(resources.get(own).content().name()).isEqualTo("API訪問看護");
        assertThat(send(post(location + "/reject"), IKI_EDITOR, "{}").getResponse().getStatus()).isEqualTo(409);
    }

    @Test
    void aProposalWithUnknownOrBadFieldsIsAProblemDetailAndOthersResourcesAreRefused() throws Exception {
        MvcResult unknown = send(post("/api/provider/resources/" + own + "/proposals"), IKI_PROVIDER, "{\"fields\":{\"colour\":\"red\"}}");
        assertThat(unknown.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(unknown).get("errors").get(0).get("field").asString()).isEqualTo("colour");
        MvcResult formula = send(post("/api/provider/resources/" + own + "/proposals?lang=en"), IKI_PROVIDER,
                "{\"fields\":{\"name\":\"=HYPERLINK(\\\"x\\\")\"}}");
        assertThat(formula.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(formula).get("errors").get(0).get("field").asString()).isEqualTo("name");
        assertThat(send(post("/api/provider/resources/" + own + "/proposals"), OTHER_PROVIDER, "{\"fields\":{\"fax\":\"000-1\"}}")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(send(post("/api/provider/resources/" + own + "/proposals"), IKI_EDITOR, "{\"fields\":{\"fax\":\"000-1\"}}")
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_proposal").query(Long.class).single()).isZero();
    }

    @Test
    void aRejectedProposalLeavesTheResourceAsItWas() throws Exception {
        String location = send(post("/api/provider/resources/" + own + "/proposals"), IKI_PROVIDER,
                "{\"fields\":{\"phone\":\"000-5555-6666\"}}").getResponse().getHeader("Location");
        MvcResult rejected = send(post(location + "/reject"), IKI_EDITOR, "{\"reason\":\"確認できません\"}");
        assertThat(json(rejected).get("status").asString()).isEqualTo("REJECTED");
        assertThat(resources.get(own).content().contact().phone()).isEqualTo("000-1111-2222");
        assertThat(send(post(location + "/reject"), IKI_VIEWER, "{}").getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void aRoundIsOpenedOncePerYearAndTheProviderConfirmsWithItsVersion() throws Exception {
        String deadline = resources.today().plusDays(30).toString();
        MvcResult past = send(post("/api/municipalities/" + IKI + "/confirmation-rounds"), IKI_EDITOR, "{\"deadline\":\"2020-01-01\"}");
        assertThat(past.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(past).get("errors").get(0).get("message").asString()).contains("2020-01-01");

        MvcResult opened = send(post("/api/municipalities/" + IKI + "/confirmation-rounds"), IKI_EDITOR,
                "{\"deadline\":\"" + deadline + "\"}");
        assertThat(opened.getResponse().getStatus()).isEqualTo(201);
        String location = opened.getResponse().getHeader("Location");
        assertThat(json(send(get(location), IKI_EDITOR, null)).get("deadline").asString()).isEqualTo(deadline);
        assertThat(json(send(get("/api/municipalities/" + IKI + "/confirmation-rounds"), IKI_EDITOR, null))).hasSize(1);
        assertThat(send(post("/api/municipalities/" + IKI + "/confirmation-rounds"), IKI_EDITOR, "{\"deadline\":\"" + deadline + "\"}")
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(send(get(location), NAGASAKI_EDITOR, null).getResponse().getStatus()).isEqualTo(403);

        JsonNode mine = json(send(get("/api/provider/resources"), IKI_PROVIDER, null));
        JsonNode entry = null;
        for (JsonNode r : mine) {
            entry = r.get("id").asLong() == own ? r : entry;
        }
        assertThat(entry).isNotNull();
        assertThat(entry.get("openRoundId").asLong()).isEqualTo(json(opened).get("id").asLong());
        long version = entry.get("version").asLong();
        assertThat(send(post("/api/provider/resources/" + own + "/confirmation"), IKI_PROVIDER, "{}").getResponse().getStatus())
                .isEqualTo(428);
        assertThat(send(post("/api/provider/resources/" + own + "/confirmation"), IKI_PROVIDER, "{\"version\":" + (version - 1) + "}")
                .getResponse().getStatus()).isEqualTo(409);
        assertThat(send(post("/api/provider/resources/" + own + "/confirmation"), IKI_PROVIDER, "{\"version\":" + version + "}")
                .getResponse().getStatus()).isEqualTo(204);
        assertThat(resources.get(own).confirmedBy()).isEqualTo("iki-provider");
        assertThat(json(send(get(location), IKI_EDITOR, null)).get("answered").asLong()).isEqualTo(1);
    }

    @Test
    void thePrefectureAdministratorAddsAKindWithLocationAndATakenCodeIsNamed() throws Exception {
        String kind = "{\"code\":\"api-housing\",\"name\":\"サ高住\",\"nameEn\":\"Serviced housing\",\"dataset\":\"care_service\",\"position\":\"900\"}";
        MvcResult added = send(post("/api/prefectures/42/resource-kinds"), ADMIN, kind);
        assertThat(added.getResponse().getStatus()).isEqualTo(201);
        assertThat(added.getResponse().getHeader("Location")).isEqualTo("/api/prefectures/42/resource-kinds/api-housing");
        assertThat(json(send(get("/api/prefectures/42/resource-kinds/api-housing"), ADMIN, null)).get("name").asString())
                .isEqualTo("サ高住");
        assertThat(json(send(get("/api/prefectures/42/resource-kinds"), ADMIN, null)).findValuesAsString("code"))
                .contains("clinic", "api-housing");
        MvcResult taken = send(post("/api/prefectures/42/resource-kinds"), ADMIN, kind);
        assertThat(taken.getResponse().getStatus()).isEqualTo(400);
        assertThat(json(taken).get("errors").get(0).get("field").asString()).isEqualTo("code");
        MvcResult bad = send(post("/api/prefectures/42/resource-kinds"), ADMIN, "{\"code\":\"Bad!\",\"dataset\":\"x\"}");
        assertThat(json(bad).get("errors").findValuesAsString("field")).contains("code", "name", "nameEn", "dataset", "position");
        assertThat(send(post("/api/prefectures/42/resource-kinds"), IKI_EDITOR, kind).getResponse().getStatus()).isEqualTo(403);
        assertThat(send(get("/api/prefectures/42/resource-kinds"), IKI_EDITOR, null).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void theSameKindAddedAtOnceIsAddedOnceAndNoRequestFails() throws Exception {
        String kind = "{\"code\":\"api-race\",\"name\":\"競合\",\"nameEn\":\"Race\",\"dataset\":\"other\",\"position\":\"901\"}";
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                Callable<Integer> add = () -> send(post("/api/prefectures/42/resource-kinds"), ADMIN, kind).getResponse().getStatus();
                answers.add(pool.submit(add));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            assertThat(statuses).containsOnlyOnce(201).allMatch(s -> s == 201 || s == 400 || s == 409);
        } finally {
            pool.shutdown();
        }
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_kind WHERE code = 'api-race'").query(Long.class).single()).isEqualTo(1);
    }

    @Test
    void everyKeepingEndpointIsInTheOpenApiDocument() throws Exception {
        JsonNode paths = json(mvc.perform(get("/v3/api-docs")).andReturn()).get("paths");
        for (String path : List.of("/api/provider/resources", "/api/provider/resources/{id}/proposals",
                "/api/provider/resources/{id}/confirmation", "/api/municipalities/{code}/resource-proposals",
                "/api/resource-proposals/{id}", "/api/resource-proposals/{id}/approve", "/api/resource-proposals/{id}/reject",
                "/api/municipalities/{code}/confirmation-rounds", "/api/confirmation-rounds/{id}",
                "/api/prefectures/{prefecture}/resource-kinds", "/api/prefectures/{prefecture}/resource-kinds/{kind}")) {
            assertThat(paths.has(path)).as(path).isTrue();
        }
    }
}
