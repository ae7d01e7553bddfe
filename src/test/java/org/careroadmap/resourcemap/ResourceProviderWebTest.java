package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.nio.charset.StandardCharsets;
import java.util.List;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
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

/**
 * Keeping the map true (issue 12, item 7): a provider (事業所) proposes changes to its own resource only,
 * the municipality's editor takes or leaves each field, and the yearly 確認依頼 round tracks who answered.
 * The shared context ({@link org.careroadmap.SharedContextTest}); each test adds its own resource (not a demo one).
 */
@SharedContextTest
class ResourceProviderWebTest {

    static final String IKI = "422100";
    static final RequestPostProcessor IKI_EDITOR = TestActors.editorOf(IKI);
    static final RequestPostProcessor IKI_VIEWER = TestActors.viewerOf(IKI);
    static final RequestPostProcessor NAGASAKI_EDITOR = TestActors.editorOf("422011");
    static final RequestPostProcessor IKI_PROVIDER = TestActors.as(Actor.of("iki-provider", Role.PROVIDER, "42", IKI));
    static final RequestPostProcessor OTHER_PROVIDER = TestActors.as(Actor.of("other-provider", Role.PROVIDER, "42", IKI));

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceService resources;
    @Autowired
    ResourceProposals proposals;

    MockMvc mvc;
    long own;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        jdbc.sql("DELETE FROM resource WHERE source_id NOT LIKE 'DEMO%'").update();
        jdbc.sql("DELETE FROM resource_proposal").update();
        jdbc.sql("DELETE FROM resource_confirmation_round").update();
        own = CurrentActor.asSystem(() -> resources.create(IKI, ContentFields.parse(java.util.Map.of("sourceId", "T-PROV",
                "kind", "visiting-nursing", "name", "テスト訪問看護", "phone", "000-1111-2222")).content()));
        jdbc.sql("INSERT INTO resource_provider (resource_id, username, linked_by, linked_at) VALUES (?, ?, 'test', ?)")
                .params(own, "iki-provider", java.sql.Timestamp.from(java.time.Instant.now())).update();
    }

    private MvcResult perform(MockHttpServletRequestBuilder request, RequestPostProcessor as) throws Exception {
        return mvc.perform(request.with(as).with(csrf())).andReturn();
    }

    private static String body(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletRequestBuilder proposal(long id, String name, String phone) {
        return post("/map/resources/" + id + "/proposals").param("sourceId", "T-PROV").param("kind", "visiting-nursing")
                .param("name", name).param("phone", phone).param("nightContact", "000-9999-0000").param("open24h", "on")
                .param("note", "電話番号が変わりました");
    }

    private long pendingId() {
        return jdbc.sql("SELECT id FROM resource_proposal WHERE resource_id = ? AND status = 'PENDING'").param(own)
                .query(Long.class).single();
    }

    @Test
    void aProposalChangesNothingUntilTheEditorTakesTheChosenFields() throws Exception {
        MvcResult sent = perform(proposal(own, "テスト訪問看護ステーション", "000-3333-4444"), IKI_PROVIDER);
        assertThat(sent.getResponse().getRedirectedUrl()).isEqualTo("/map/provider?proposed");
        assertThat(resources.get(own).content().contact().phone()).isEqualTo("000-1111-2222");
        assertThat(body(mvc.perform(get("/map/resources/" + own)).andReturn())).doesNotContain("000-3333-4444");

        String review = body(perform(get("/map/proposals/" + pendingId()), IKI_EDITOR));
        assertThat(review).contains("000-1111-2222").contains("000-3333-4444").contains("電話番号が変わりました")
                .contains("value=\"phone\"").contains("value=\"name\"").contains("value=\"nightContact\"")
                .doesNotContain("value=\"kind\"");

        MvcResult decided = perform(post("/map/proposals/" + pendingId() + "/decision").param("accept", "phone")
                .param("accept", "nightContact").param("action", "approve"), IKI_EDITOR);
        assertThat(decided.getResponse().getRedirectedUrl()).isEqualTo("/map/422100/proposals?decided");

        Resource after = resources.get(own);
        assertThat(after.content().contact().phone()).isEqualTo("000-3333-4444");
        assertThat(after.content().night().contact()).isEqualTo("000-9999-0000");
        assertThat(after.content().name()).isEqualTo("テスト訪問看護");
        assertThat(after.content().night().open24h()).isFalse();
        assertThat(jdbc.sql("SELECT status FROM resource_proposal WHERE resource_id = ?").param(own).query(String.class)
                .single()).isEqualTo("PARTIAL");
        List<HistoryEntry> history = CurrentActor.asSystem(() -> resources.history(own));
        assertThat(history).extracting(HistoryEntry::action).containsSubsequence("proposalPARTIAL", "updated", "proposed");
        assertThat(history.get(0).by()).isEqualTo("editor-422100");
        assertThat(history.get(0).detail()).contains("proposedBy: iki-provider").contains("phone: 000-1111-2222 → 000-3333-4444")
                .contains("rejected:\nname: テスト訪問看護 → テスト訪問看護ステーション");
        assertThat(history).filteredOn(e -> e.action().equals("proposed")).extracting(HistoryEntry::by)
                .containsExactly("iki-provider");
    }

    @Test
    void aProviderReachesOnlyItsOwnResourcesAndNoStaffPages() throws Exception {
        long demo = jdbc.sql("SELECT MIN(id) FROM resource WHERE source_id LIKE 'DEMO%' AND kind_code = 'pharmacy'")
                .query(Long.class).single();
        assertThat(perform(proposal(demo, "乗っ取り", "000-0000-0000"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/map/resources/" + demo + "/propose"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(proposal(own, "他人", "000-0000-0000"), OTHER_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/map/provider/resources/" + demo + "/confirm").param("version", "1"), IKI_PROVIDER)
                .getResponse().getStatus()).isEqualTo(403);
        // Editing, the editor's lists and the staff areas are closed to a provider.
        assertThat(perform(post("/map/resources/" + own).param("version", "1").param("sourceId", "T-PROV")
                .param("kind", "pharmacy").param("name", "直接変更"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/map/" + IKI + "/proposals"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/map/resources/" + own + "/history"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/roadmaps"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/evaluation/home"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/api/resources/" + own), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(200);
        assertThat(resources.get(own).content().name()).isEqualTo("テスト訪問看護");

        String home = body(perform(get("/map/provider"), IKI_PROVIDER));
        assertThat(home).contains("テスト訪問看護").doesNotContain("乗っ取り");
        // The provider pages are the provider's: staff are refused, whatever their municipality.
        assertThat(perform(get("/map/provider"), IKI_EDITOR).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(proposal(own, "編集者", "000-0000-0000"), IKI_EDITOR).getResponse().getStatus()).isEqualTo(403);
    }

    @Test
    void onlyTheMunicipalitysEditorSeesAndDecidesAProposal() throws Exception {
        perform(proposal(own, "テスト訪問看護ステーション", "000-3333-4444"), IKI_PROVIDER);
        long id = pendingId();
        assertThat(perform(get("/map/proposals/" + id), NAGASAKI_EDITOR).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/map/proposals/" + id), IKI_VIEWER).getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/map/proposals/" + id + "/decision").param("accept", "phone"), NAGASAKI_EDITOR)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(get("/map/" + IKI + "/proposals"), NAGASAKI_EDITOR).getResponse().getStatus()).isEqualTo(403);
        assertThat(body(perform(get("/map/" + IKI + "/proposals"), IKI_EDITOR))).contains("テスト訪問看護ステーション");
        assertThat(resources.get(own).content().contact().phone()).isEqualTo("000-1111-2222");
    }

    @Test
    void aSecondProposalWhileOneWaitsAndASecondDecisionAre409() throws Exception {
        perform(proposal(own, "一つ目", "000-3333-4444"), IKI_PROVIDER);
        MvcResult second = perform(proposal(own, "二つ目", "000-5555-6666"), IKI_PROVIDER);
        assertThat(second.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(second)).contains("確認待ちの提案がすでにあります");

        long id = pendingId();
        assertThat(perform(post("/map/proposals/" + id + "/decision").param("action", "reject").param("reason", "名称は登記どおり"),
                IKI_EDITOR).getResponse().getStatus()).isEqualTo(302);
        MvcResult again = perform(post("/map/proposals/" + id + "/decision").param("accept", "name").param("action", "approve"),
                IKI_EDITOR);
        assertThat(again.getResponse().getStatus()).isEqualTo(409);
        assertThat(resources.get(own).content().name()).isEqualTo("テスト訪問看護");
        assertThat(body(perform(get("/map/provider"), IKI_PROVIDER))).contains("見送り");
    }

    @Test
    void aProposalWithBadValuesOrNoChangeIsRefusedWithTheReason() throws Exception {
        MvcResult bad = perform(proposal(own, "=HYPERLINK(\"x\")", "000-3333-4444"), IKI_PROVIDER);
        assertThat(bad.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(bad)).contains("error-summary");
        MvcResult same = perform(post("/map/resources/" + own + "/proposals").param("sourceId", "T-PROV")
                .param("kind", "visiting-nursing").param("name", "テスト訪問看護").param("phone", "000-1111-2222"), IKI_PROVIDER);
        assertThat(same.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(same)).contains("変わった項目がありません");
        MvcResult english = perform(post("/map/resources/" + own + "/proposals?lang=en").param("sourceId", "T-PROV")
                .param("kind", "visiting-nursing").param("name", "テスト訪問看護").param("phone", "000-1111-2222"), IKI_PROVIDER);
        assertThat(body(english)).contains("No field differs from the current entry");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_proposal").query(Long.class).single()).isZero();
    }

    @Test
    void theYearlyRoundTracksAnswersAndRemindsTheProvidersWhoHaveNot() throws Exception {
        String deadline = resources.today().plusDays(30).toString();
        assertThat(perform(post("/map/" + IKI + "/rounds").param("deadline", deadline), IKI_EDITOR).getResponse()
                .getRedirectedUrl()).isEqualTo("/map/422100/rounds?started");
        long total = jdbc.sql("SELECT COUNT(*) FROM resource WHERE municipality_code = ?").param(IKI).query(Long.class).single();
        assertThat(body(perform(get("/map/" + IKI + "/rounds"), IKI_EDITOR))).contains("回答 0件 / " + total + "件");

        assertThat(body(perform(get("/map/provider"), IKI_PROVIDER))).contains("確認依頼").contains(deadline)
                .doesNotContain("催促がありました");
        assertThat(perform(post("/map/rounds/" + roundId() + "/remind"), IKI_EDITOR).getResponse().getRedirectedUrl())
                .isEqualTo("/map/422100/rounds?reminded=" + total);
        assertThat(perform(post("/map/rounds/" + roundId() + "/remind"), NAGASAKI_EDITOR).getResponse().getStatus())
                .isEqualTo(403);
        // The demo links iki-provider to a demo station too: one reminder per resource it speaks for.
        int linked = jdbc.sql("SELECT COUNT(*) FROM resource_provider WHERE username = 'iki-provider'").query(Integer.class).single();
        assertThat(body(perform(get("/map/provider"), IKI_PROVIDER)).split("催促がありました", -1)).hasSize(linked + 1);

        long version = resources.get(own).version();
        assertThat(perform(post("/map/provider/resources/" + own + "/confirm").param("version", Long.toString(version)),
                IKI_PROVIDER).getResponse().getRedirectedUrl()).isEqualTo("/map/provider?confirmed");
        assertThat(resources.get(own).confirmedBy()).isEqualTo("iki-provider");
        String round = body(perform(get("/map/" + IKI + "/rounds"), IKI_EDITOR));
        assertThat(round).contains("回答 1件 / " + total + "件").contains("確認（変更なし）");
        assertThat(body(perform(get("/map/provider"), IKI_PROVIDER)).split("催促がありました", -1)).hasSize(linked);

        MvcResult twice = perform(post("/map/" + IKI + "/rounds").param("deadline", deadline), IKI_EDITOR);
        assertThat(twice.getResponse().getStatus()).isEqualTo(409);
        assertThat(body(twice)).contains("この年度の確認依頼はすでに始めています");
    }

    @Test
    void aProposalAnswersTheOpenRoundOfItsResourceAndARefusedOneDoesNot() throws Exception {
        String deadline = resources.today().plusDays(30).toString();
        perform(post("/map/" + IKI + "/rounds").param("deadline", deadline), IKI_EDITOR);
        long total = jdbc.sql("SELECT COUNT(*) FROM resource WHERE municipality_code = ?").param(IKI).query(Long.class).single();

        assertThat(perform(proposal(own, "テスト訪問看護ステーション", "000-3333-4444"), IKI_PROVIDER).getResponse()
                .getRedirectedUrl()).isEqualTo("/map/provider?proposed");
        assertThat(body(perform(get("/map/" + IKI + "/rounds"), IKI_EDITOR))).contains("回答 1件 / " + total + "件")
                .contains("変更を提案");
        assertThat(jdbc.sql("SELECT answer, answered_by FROM resource_confirmation_request WHERE resource_id = ?").param(own)
                .query((rs, n) -> rs.getString(1) + "/" + rs.getString(2)).single()).isEqualTo("proposed/iki-provider");

        // A proposal refused (it changes nothing) leaves the request open.
        jdbc.sql("UPDATE resource_confirmation_request SET answer = NULL, answered_by = NULL, answered_at = NULL").update();
        jdbc.sql("DELETE FROM resource_proposal").update();
        MvcResult same = perform(post("/map/resources/" + own + "/proposals").param("sourceId", "T-PROV")
                .param("kind", "visiting-nursing").param("name", "テスト訪問看護").param("phone", "000-1111-2222"), IKI_PROVIDER);
        assertThat(same.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(perform(get("/map/" + IKI + "/rounds"), IKI_EDITOR))).contains("回答 0件 / " + total + "件");
    }

    @Test
    void aRoundNeedsAFutureDeadlineAndTheEditorsRole() throws Exception {
        MvcResult past = perform(post("/map/" + IKI + "/rounds").param("deadline", "2020-01-01"), IKI_EDITOR);
        assertThat(past.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(past)).contains("期限「2020-01-01」は過ぎた日付です");
        MvcResult unreadable = perform(post("/map/" + IKI + "/rounds?lang=en").param("deadline", "next week"), IKI_EDITOR);
        assertThat(body(unreadable)).contains("The deadline &quot;next week&quot; is no date");
        assertThat(perform(post("/map/" + IKI + "/rounds").param("deadline", "2099-01-01"), IKI_PROVIDER).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(perform(post("/map/" + IKI + "/rounds").param("deadline", "2099-01-01"), IKI_VIEWER).getResponse()
                .getStatus()).isEqualTo(403);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_confirmation_round").query(Long.class).single()).isZero();
    }

    @Test
    void theEditorLinksOnlyProviderAccountsOfItsOwnMunicipality() throws Exception {
        jdbc.sql("DELETE FROM resource_provider WHERE resource_id = ?").param(own).update();
        MvcResult notProvider = perform(post("/map/resources/" + own + "/providers").param("username", "iki-viewer"), IKI_EDITOR);
        assertThat(notProvider.getResponse().getStatus()).isEqualTo(400);
        assertThat(body(notProvider)).contains("「iki-viewer」はこの市町の事業所アカウントではありません");
        assertThat(perform(post("/map/resources/" + own + "/providers").param("username", "iki-provider"), NAGASAKI_EDITOR)
                .getResponse().getStatus()).isEqualTo(403);
        assertThat(perform(post("/map/resources/" + own + "/providers").param("username", "iki-provider"), IKI_EDITOR)
                .getResponse().getRedirectedUrl()).endsWith("/providers?linked");
        assertThat(body(perform(get("/map/resources/" + own + "/providers"), IKI_EDITOR))).contains("iki-provider");
        assertThat(body(perform(get("/map/provider"), IKI_PROVIDER))).contains("テスト訪問看護");
        perform(post("/map/resources/" + own + "/providers/remove").param("username", "iki-provider"), IKI_EDITOR);
        assertThat(perform(get("/map/resources/" + own + "/propose"), IKI_PROVIDER).getResponse().getStatus()).isEqualTo(403);
    }

    private long roundId() {
        return jdbc.sql("SELECT id FROM resource_confirmation_round").query(Long.class).single();
    }
}
