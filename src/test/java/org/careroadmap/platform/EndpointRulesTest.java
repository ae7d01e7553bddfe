package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every mapped endpoint has a declared rule, and each role meets it. A new endpoint that is not in
 * {@link #RULES} fails this test, so nothing ships without someone deciding who may use it.
 */
@SharedContextTest
class EndpointRulesTest {

    enum Rule { PUBLIC, SIGNED_IN, EDITOR, REVIEWER, ADMIN, PROVIDER }

    static final Map<String, Rule> RULES = new LinkedHashMap<>();

    static {
        rule(Rule.PUBLIC, "GET /", "GET /roadmaps/{id}", "GET /api/roadmaps", "GET /api/roadmaps/{id}", "GET /login",
                "GET /error", "GET /v3/api-docs", "GET /v3/api-docs.yaml", "GET /v3/api-docs/swagger-config",
                "GET /swagger-ui.html", "GET /compare", "GET /search");
        rule(Rule.SIGNED_IN, "GET /roadmaps/{id}/items", "GET /roadmaps/{id}/items/{itemId}/arrows",
                "GET /roadmaps/{id}/history", "GET /roadmaps/{id}/history.csv", "GET /account/password",
                "POST /account/password", "GET /roadmaps/{id}/versions", "GET /roadmaps/{id}/versions/{number}",
                "GET /roadmaps/{id}/versions/compare", "GET /api/roadmaps/{id}/versions",
                "GET /api/roadmaps/{id}/versions/compare", "GET /api/roadmaps/{id}/items/{itemId}",
                "GET /api/roadmaps/{id}/items/{itemId}/arrows/{arrowId}", "GET /notifications", "POST /notifications/{id}/open",
                "POST /notifications/read", "POST /notifications/mail");
        rule(Rule.REVIEWER, "GET /review", "GET /review.xlsx", "POST /roadmaps/{id}/return", "POST /roadmaps/{id}/accept",
                "POST /roadmaps/{id}/publish", "POST /api/roadmaps/{id}/return", "POST /api/roadmaps/{id}/accept",
                "POST /api/roadmaps/{id}/publish");
        rule(Rule.EDITOR, "POST /roadmaps", "GET /roadmaps/{id}/items/new", "POST /roadmaps/{id}/items",
                "GET /roadmaps/{id}/items/{itemId}", "POST /roadmaps/{id}/items/{itemId}",
                "POST /roadmaps/{id}/items/{itemId}/delete", "POST /roadmaps/{id}/items/{itemId}/move",
                "GET /roadmaps/{id}/items/{itemId}/arrows/new", "POST /roadmaps/{id}/items/{itemId}/arrows",
                "GET /roadmaps/{id}/items/{itemId}/arrows/{arrowId}", "POST /roadmaps/{id}/items/{itemId}/arrows/{arrowId}",
                "POST /roadmaps/{id}/items/{itemId}/arrows/{arrowId}/delete",
                "POST /api/roadmaps", "DELETE /api/roadmaps/{id}", "POST /api/roadmaps/{id}/items",
                "PUT /api/roadmaps/{id}/items/{itemId}", "DELETE /api/roadmaps/{id}/items/{itemId}",
                "POST /api/roadmaps/{id}/items/{itemId}/move", "POST /api/roadmaps/{id}/items/{itemId}/arrows",
                "PUT /api/roadmaps/{id}/items/{itemId}/arrows/{arrowId}",
                "DELETE /api/roadmaps/{id}/items/{itemId}/arrows/{arrowId}",
                "POST /roadmaps/{id}/submit", "POST /roadmaps/{id}/reopen", "POST /roadmaps/{id}/carry-forward",
                "POST /roadmaps/{id}/withdraw", "POST /api/roadmaps/{id}/withdraw",
                "POST /api/roadmaps/{id}/submit", "POST /api/roadmaps/{id}/reopen", "POST /api/roadmaps/{id}/carry-forward",
                "POST /roadmaps/{id}/comments", "POST /roadmaps/{id}/comments/{threadId}/replies",
                "POST /roadmaps/{id}/comments/{threadId}/resolve");
        // Excel (spreadsheet module): downloads show what the account may read; imports are the editor's.
        rule(Rule.SIGNED_IN, "GET /api/roadmaps/{id}/xlsx", "GET /api/prefectures/{code}/roadmaps/xlsx",
                "GET /api/imports/{token}", "POST /api/imports/{token}", "POST /roadmaps/import/{token}/apply");
        rule(Rule.EDITOR, "GET /roadmaps/{id}/import", "POST /roadmaps/{id}/import", "GET /roadmaps/import/{code}",
                "POST /roadmaps/import/{code}", "POST /api/roadmaps/{id}/xlsx", "POST /api/municipalities/{code}/roadmaps/xlsx");
        // Publication module: the portal, open data, PDFs and the accessibility page are for everyone (published content only).
        rule(Rule.PUBLIC, "GET /public", "GET /public/{code}", "GET /public/{code}/booklet.pdf",
                "GET /public/roadmaps/{id}/chart.pdf", "GET /opendata", "GET /opendata/catalog.jsonld",
                "GET /opendata/feed.atom", "GET /opendata/{code}/roadmap_items.csv", "GET /opendata/{code}/roadmap_arrows.csv",
                "GET /opendata/{code}/roadmaps.json", "GET /opendata/{code}/roadmaps.xlsx",
                "GET /opendata/roadmaps/{id}/roadmap.xlsx", "GET /accessibility", "GET /sitemap.xml");
        // Progress (progress module): published reports are public; recording is the editor's, review the prefecture's.
        rule(Rule.PUBLIC, "GET /roadmaps/{id}/progress", "GET /roadmaps/{id}/progress/activities.csv",
                "GET /roadmaps/{id}/progress/report.xlsx", "GET /api/roadmaps/{id}/progress",
                "GET /api/roadmaps/{id}/progress/activities", "GET /api/roadmaps/{id}/progress/activities.csv",
                "GET /api/roadmaps/{id}/progress/xlsx");
        rule(Rule.SIGNED_IN, "GET /roadmaps/{id}/progress/items/{itemId}", "GET /api/progress/imports/{token}",
                "POST /api/progress/imports/{token}", "GET /api/prefectures/{code}/progress/settings",
                "GET /api/prefectures/{code}/progress/rounds");
        rule(Rule.EDITOR, "POST /roadmaps/{id}/progress/items/{itemId}/activities",
                "POST /roadmaps/{id}/progress/activities/{activityId}/delete", "POST /roadmaps/{id}/progress/items/{itemId}/indicators",
                "POST /roadmaps/{id}/progress/indicators/{indicatorId}/values",
                "POST /roadmaps/{id}/progress/indicators/{indicatorId}/delete",
                "POST /roadmaps/{id}/progress/items/{itemId}/evaluations", "POST /roadmaps/{id}/progress/arrows/{arrowId}/status",
                "GET /roadmaps/{id}/progress/import", "POST /roadmaps/{id}/progress/import",
                "POST /roadmaps/{id}/progress/import/{token}/apply", "POST /roadmaps/{id}/progress/reports/{year}/{step}",
                "POST /api/roadmaps/{id}/progress/activities", "DELETE /api/roadmaps/{id}/progress/activities/{activityId}",
                "POST /api/roadmaps/{id}/progress/activities/csv", "POST /api/roadmaps/{id}/progress/indicators",
                "PUT /api/roadmaps/{id}/progress/indicators/{indicatorId}/values/{year}",
                "DELETE /api/roadmaps/{id}/progress/indicators/{indicatorId}",
                "PUT /api/roadmaps/{id}/progress/items/{itemId}/evaluations/{year}/{stage}",
                "PUT /api/roadmaps/{id}/progress/arrows/{arrowId}", "POST /api/roadmaps/{id}/progress/reports/{year}/{step}");
        rule(Rule.REVIEWER, "GET /review/progress", "GET /api/prefectures/{code}/progress");
        rule(Rule.ADMIN, "GET /admin/progress", "POST /admin/progress/scale", "POST /admin/progress/kinds",
                "POST /admin/progress/professions", "POST /admin/progress/rounds",
                "PUT /api/prefectures/{code}/progress/settings", "POST /api/prefectures/{code}/progress/rounds");
        // The resource map (resourcemap module): public to read and download; changes and imports are the editor's.
        rule(Rule.PUBLIC, "GET /map", "GET /map/{code}", "GET /map/resources/{id}", "GET /map/{code}/care_service.csv",
                "GET /map/{code}/hospital.csv", "GET /map/{code}/resources.geojson", "GET /map/{code}/booklet.pdf",
                "GET /api/resources", "GET /api/resources/{id}", "GET /map/tiles/pmtiles/{z}/{x}/{y}", "GET /map/markers",
                "GET /map/{code}/markers");
        rule(Rule.SIGNED_IN, "GET /map/resources/{id}/history");
        // A provider (事業所) proposes changes to its own resources and answers the 確認依頼; the editor decides.
        rule(Rule.PROVIDER, "GET /map/provider", "POST /map/provider/resources/{id}/confirm", "GET /map/resources/{id}/propose",
                "POST /map/resources/{id}/proposals");
        rule(Rule.EDITOR, "GET /map/{code}/proposals", "GET /map/proposals/{id}", "POST /map/proposals/{id}/decision",
                "GET /map/resources/{id}/providers", "POST /map/resources/{id}/providers",
                "POST /map/resources/{id}/providers/remove", "GET /map/{code}/rounds", "POST /map/{code}/rounds",
                "POST /map/rounds/{id}/remind");
        rule(Rule.ADMIN, "GET /map/prefectures/{prefecture}/kinds", "POST /map/prefectures/{prefecture}/kinds");
        rule(Rule.PROVIDER, "GET /api/provider/resources", "POST /api/provider/resources/{id}/proposals",
                "POST /api/provider/resources/{id}/confirmation");
        rule(Rule.EDITOR, "GET /api/municipalities/{code}/resource-proposals", "GET /api/resource-proposals/{id}",
                "POST /api/resource-proposals/{id}/approve", "POST /api/resource-proposals/{id}/reject",
                "POST /api/municipalities/{code}/confirmation-rounds", "GET /api/municipalities/{code}/confirmation-rounds",
                "GET /api/confirmation-rounds/{id}");
        rule(Rule.ADMIN, "GET /api/prefectures/{prefecture}/resource-kinds", "GET /api/prefectures/{prefecture}/resource-kinds/{kind}",
                "POST /api/prefectures/{prefecture}/resource-kinds");
        rule(Rule.EDITOR, "GET /map/{code}/resources/new", "POST /map/{code}/resources", "GET /map/resources/{id}/edit",
                "POST /map/resources/{id}", "POST /map/resources/{id}/confirm", "POST /map/resources/{id}/delete",
                "GET /map/{code}/import", "POST /map/{code}/import", "GET /map/imports/{token}", "POST /map/imports/{token}/apply",
                "GET /map/imports/progress/{id}",
                "POST /api/municipalities/{code}/resources/import", "GET /api/resource-imports/{token}",
                "POST /api/resource-imports/{token}");
        rule(Rule.ADMIN, "GET /admin/accounts", "GET /admin/accounts/new", "POST /admin/accounts",
                "GET /admin/accounts/{id}", "POST /admin/accounts/{id}", "POST /admin/accounts/{id}/password-reset",
                "POST /review/rounds", "POST /review/rounds/{id}/close",
                "GET /admin/backup", "POST /admin/backup", "POST /admin/backup/check");
        // Personal API tokens (account module): one's own for everyone signed in; all of the prefecture's for the administrator.
        rule(Rule.SIGNED_IN, "GET /account/tokens", "POST /account/tokens", "POST /account/tokens/{id}/revoke");
        rule(Rule.ADMIN, "GET /admin/tokens", "POST /admin/tokens/{id}/revoke");
    }

    static {
        // Evaluation (構築状況): the public page once published; working pages for the prefecture and the municipality.
        rule(Rule.PUBLIC, "GET /status/{code}", "GET /status/{code}/{year}", "GET /status/{code}/{year}/data.csv",
                "GET /status/{code}/{year}/radar.svg", "GET /api/status/{code}/{year}");
        rule(Rule.SIGNED_IN, "GET /evaluation/home", "GET /evaluation/{code}", "GET /evaluation/{code}/{year}",
                "GET /api/evaluations/{code}/{year}", "GET /api/evaluation/sheets/{year}");
        rule(Rule.REVIEWER, "GET /evaluation", "GET /evaluation/sheets", "GET /evaluation/sheets/{year}",
                "GET /api/evaluation/overview", "POST /evaluation/{code}/{year}/hearing", "POST /evaluation/{code}/{year}/return",
                "POST /evaluation/{code}/{year}/accept", "POST /evaluation/{code}/{year}/publish",
                "POST /api/evaluations/{code}/{year}/return", "POST /api/evaluations/{code}/{year}/accept",
                "POST /api/evaluations/{code}/{year}/publish");
        rule(Rule.EDITOR, "POST /evaluation/{code}/areas", "POST /evaluation/{code}/areas/{areaId}",
                "POST /evaluation/{code}/{year}/answers", "POST /evaluation/{code}/{year}/survey",
                "POST /evaluation/{code}/{year}/survey/import", "POST /evaluation/{code}/{year}/figures",
                "POST /evaluation/{code}/{year}/figures/import",
                "POST /evaluation/{code}/{year}/texts", "POST /evaluation/{code}/{year}/texts/{textId}/delete",
                "POST /evaluation/{code}/{year}/submit", "PUT /api/evaluations/{code}/{year}/answers",
                "POST /api/evaluations/{code}/{year}/submit");
        rule(Rule.ADMIN, "POST /evaluation/rounds", "POST /evaluation/rounds/{id}/close", "POST /evaluation/sheets",
                "POST /evaluation/sheets/{year}/criteria", "POST /evaluation/sheets/{year}/criteria/{criterionId}/delete",
                "POST /evaluation/sheets/{year}/questions", "POST /evaluation/sheets/{year}/questions/{questionId}/delete",
                "POST /evaluation/sheets/{year}/settings", "POST /evaluation/sheets/{year}/import");
    }

    private static void rule(Rule rule, String... endpoints) {
        for (String e : endpoints) {
            RULES.put(e, rule);
        }
    }

    @Autowired
    WebApplicationContext context;
    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    long roadmapId;
    String itemId;
    String arrowId;

    static final RequestPostProcessor IKI_EDITOR = TestActors.as(Actor.of("iki-editor", Role.MUNICIPALITY_EDITOR, "42", "422100"));
    static final RequestPostProcessor IKI_VIEWER = TestActors.as(Actor.of("iki-viewer", Role.MUNICIPALITY_VIEWER, "42", "422100"));
    static final RequestPostProcessor IKI_PROVIDER = TestActors.as(Actor.of("iki-provider", Role.PROVIDER, "42", "422100"));
    static final RequestPostProcessor ADMIN = TestActors.as(Actor.of("pref-admin", Role.PREFECTURE_ADMIN, "42", null));
    static final RequestPostProcessor REVIEWER = TestActors.as(Actor.of("pref-reviewer", Role.PREFECTURE_REVIEWER, "42", null));

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        roadmapId = jdbc.sql("SELECT id FROM roadmap WHERE municipality_code = '422100' ORDER BY id").query(Long.class).list().get(0);
        itemId = jdbc.sql("SELECT id FROM roadmap_item WHERE roadmap_id = ? ORDER BY position").param(roadmapId)
                .query(String.class).list().get(0);
        arrowId = jdbc.sql("SELECT id FROM roadmap_arrow WHERE roadmap_item_id = ? ORDER BY position").param(itemId)
                .query(String.class).list().get(0);
    }

    @Test
    void everyMappedEndpointHasADeclaredRule() {
        List<String> undeclared = new ArrayList<>();
        for (String endpoint : mappedEndpoints()) {
            if (!RULES.containsKey(endpoint)) {
                undeclared.add(endpoint);
            }
        }
        assertThat(undeclared).as("endpoints without a rule in EndpointRulesTest.RULES").isEmpty();
        assertThat(RULES.keySet()).as("rules for endpoints that no longer exist").isSubsetOf(mappedEndpoints());
    }

    @Test
    void eachRoleGetsExactlyWhatItsRuleAllows() throws Exception {
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, Rule> entry : RULES.entrySet()) {
            String endpoint = entry.getKey();
            Rule rule = entry.getValue();
            expect(wrong, endpoint, "anonymous", null, rule == Rule.PUBLIC);
            expect(wrong, endpoint, "iki-viewer", IKI_VIEWER, rule == Rule.PUBLIC || rule == Rule.SIGNED_IN);
            expect(wrong, endpoint, "iki-editor", IKI_EDITOR, rule != Rule.ADMIN && rule != Rule.REVIEWER && rule != Rule.PROVIDER);
            // A provider is no staff: public pages, its own account and inbox, and the provider pages only
            // (those naming a resource are checked per resource in ResourceProviderWebTest).
            if (rule != Rule.PROVIDER || !endpoint.contains("{")) {
                expect(wrong, endpoint, "iki-provider", IKI_PROVIDER, rule == Rule.PUBLIC || rule == Rule.PROVIDER
                        || (rule == Rule.SIGNED_IN && endpoint.matches("\\S+ /(account|notifications)(/.*)?")));
            }
            if (rule == Rule.REVIEWER) {
                expect(wrong, endpoint, "pref-reviewer", REVIEWER, true);
            }
            if (rule == Rule.ADMIN) {
                expect(wrong, endpoint, "pref-admin", ADMIN, true);
            }
        }
        assertThat(wrong).isEmpty();
    }

    private void expect(List<String> wrong, String endpoint, String who, RequestPostProcessor as, boolean allowed)
            throws Exception {
        MvcResult result = mvc.perform(build(endpoint, as)).andReturn();
        int status = result.getResponse().getStatus();
        String location = String.valueOf(result.getResponse().getRedirectedUrl());
        boolean stopped = status == 401 || status == 403 || location.contains("/login");
        if (allowed == stopped) {
            wrong.add(endpoint + " as " + who + ": " + status + " " + location + (allowed ? " (should pass)" : " (should be stopped)"));
        }
    }

    private MockHttpServletRequestBuilder build(String endpoint, RequestPostProcessor as) {
        String[] parts = endpoint.split(" ", 2);
        boolean admin = parts[1].startsWith("/admin/") || parts[1].startsWith("/review/") || parts[1].startsWith("/evaluation/rounds/");
        String path = parts[1].replace("{id}", admin ? "999999" : Long.toString(roadmapId))
                .replace("{itemId}", itemId).replace("{arrowId}", arrowId)
                .replace("{number}", "1").replace("{threadId}", "999999")
                .replace("{code}", "422100").replace("{prefecture}", "42").replace("{token}", "no-such-token")
                .replace("{year}", "2025").replace("{areaId}", "999999").replace("{criterionId}", "999999")
                .replace("{questionId}", "999999").replace("{textId}", "999999")
                // {step} "submit" is the editor's step; the prefecture's steps are tested in ProgressApiTest.
                .replace("{activityId}", "999999").replace("{indicatorId}", "999999")
                .replace("{stage}", "YEAR_END").replace("{step}", "submit")
                .replace("{kind}", "clinic").replace("{z}", "0").replace("{x}", "0").replace("{y}", "0");
        // Changes are sent with a stale version (or to no account), so passing the rules changes nothing.
        MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(parts[0]), path)
                .param("version", "-5").with(csrf())
                .contentType(MediaType.APPLICATION_JSON).content("{\"version\":-5,\"municipalityCode\":\"422100\",\"templateId\":\"nagasaki-8-9\"}");
        if (parts[1].equals("/roadmaps") || parts[1].equals("/api/roadmaps")) {
            request.param("municipalityCode", "422100").param("templateId", "nagasaki-8-9");
        }
        return as == null ? request : request.with(as);
    }

    private java.util.Set<String> mappedEndpoints() {
        java.util.Set<String> endpoints = new TreeSet<>();
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            java.util.Set<org.springframework.web.bind.annotation.RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (methods.isEmpty()) {
                    endpoints.add("GET " + pattern);
                } else {
                    methods.forEach(m -> endpoints.add(m.name() + " " + pattern));
                }
            }
        }
        return endpoints;
    }
}
