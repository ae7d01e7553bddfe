package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Personal API tokens: made on the account's own page and shown once, stored only as a SHA-256, sent as
 * {@code Authorization: Bearer …}; read-only ones cannot write; revoked, expired or disabled ones answer 401; the
 * administrator sees every token of the prefecture. A Bearer or Basic header that does not authenticate is a 401,
 * never a fall-back to the session cookie without its CSRF token. (In the shared Spring context.)
 */
@SharedContextTest
class ApiTokensTest {

    static final String PASSWORD = "correct-horse-battery";
    static final String MUNICIPALITY = "423912";

    /** With every servlet filter, as in production: a token on a public read is checked by the kept copy's filter. */
    @Autowired
    MockMvc mvc;
    @Autowired
    AccountService accounts;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;
    @Autowired
    JdbcClient jdbc;

    String username;
    RequestPostProcessor me;
    long draft;

    @BeforeEach
    void setUp() {
        username = "token-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, PASSWORD, "トークン 太郎", Role.MUNICIPALITY_EDITOR, "42", MUNICIPALITY));
        me = TestActors.as(Actor.of(username, Role.MUNICIPALITY_EDITOR, "42", MUNICIPALITY));
        draft = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(MUNICIPALITY) && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create(MUNICIPALITY, "nagasaki-9-10").roadmap().id()));
    }

    @Test
    void aTokenIsShownOnceStoredHashedAndSignsApiCallsInWithoutASession() throws Exception {
        String token = create("集計バッチ", "90", false);
        assertThat(token).startsWith("crt_").hasSizeGreaterThan(40);
        String stored = jdbc.sql("SELECT token_hash FROM api_token WHERE name = '集計バッチ' AND account_id = "
                + "(SELECT id FROM app_user WHERE username = ?)").param(username).query(String.class).single();
        assertThat(stored).isEqualTo(ApiTokens.hash(token)).doesNotContain(token);
        mvc.perform(get("/account/tokens").with(me))
                .andExpect(content().string(containsString("集計バッチ"))).andExpect(content().string(not(containsString(token))));

        // The draft is unpublished: only the municipality's own people may read it.
        MvcResult read = mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token))
                .andExpect(status().isOk()).andReturn();
        assertThat(read.getRequest().getSession(false)).isNull();
        mvc.perform(post("/api/roadmaps/{id}/items", draft).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"C\",\"title\":\"トークンで追加\"}"))
                .andExpect(status().isCreated());
        assertThat(jdbc.sql("SELECT last_used_at FROM api_token WHERE token_hash = ?").param(stored)
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void aReadOnlyTokenReadsButCannotWrite() throws Exception {
        String token = create("閲覧用", "30", true);
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(post("/api/roadmaps/{id}/items", draft).header("Authorization", "Bearer " + token)
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"version\":" + version() + ",\"category\":\"C\",\"title\":\"書けない\"}"))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("読み取り専用")));
    }

    @Test
    void aBearerHeaderWithAControlCharacterIsRefusedByTheFirewallBeforeAnyCheck() throws Exception {
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer crt_a\u0085b"))
                .andExpect(status().isBadRequest());
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer crt_a\u0378b"))
                .andExpect(status().isBadRequest());
    }

    @Test
    void revokedExpiredAndDisabledTokensAnswer401() throws Exception {
        String revoked = create("失効", "90", true);
        long id = idOf(revoked);
        mvc.perform(post("/account/tokens/{id}/revoke", id).with(me).with(csrf())).andExpect(redirectedUrl("/account/tokens"));
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + revoked)).andExpect(status().isUnauthorized());

        String expired = create("期限切れ", "30", true);
        jdbc.sql("UPDATE api_token SET expires_at = ? WHERE id = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param(idOf(expired)).update();
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + expired)).andExpect(status().isUnauthorized());

        String disabled = create("無効化", "30", true);
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(username).update();
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + disabled)).andExpect(status().isUnauthorized());

        mvc.perform(get("/api/roadmaps").header("Authorization", "Bearer crt_made-up")).andExpect(status().isUnauthorized());
    }

    @Test
    void disablingTheAccountRevokesItsTokensSoEvenThePublishedJsonKeptForEveryoneRefusesThem() throws Exception {
        String token = create("無効化で失効", "90", true);
        long published = CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.status().name().equals("PUBLISHED")).findFirst().orElseThrow().id());
        mvc.perform(get("/api/roadmaps/{id}", published).header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        long accountId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        long version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(accountId).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}", accountId).with(TestActors.prefectureAdmin()).with(csrf())
                        .param("displayName", "トークン 太郎").param("role", "MUNICIPALITY_EDITOR")
                        .param("municipalityCode", MUNICIPALITY).param("version", "" + version))
                .andExpect(redirectedUrl("/admin/accounts"));

        assertThat(jdbc.sql("SELECT revoked_at FROM api_token WHERE id = ?").param(idOf(token))
                .query(java.sql.Timestamp.class).single()).isNotNull();
        mvc.perform(get("/api/roadmaps/{id}", published).header("Authorization", "Bearer " + token))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void anAuthorizationHeaderThatDoesNotAuthenticateNeverRidesOnTheSessionCookie() throws Exception {
        // As a browser sends it: the session cookie names the session.
        jakarta.servlet.http.Cookie cookie = mvc.perform(post("/login").with(csrf()).param("username", username)
                .param("password", PASSWORD)).andExpect(redirectedUrl("/")).andReturn().getResponse().getCookie("SESSION");
        String item = "{\"version\":" + version() + ",\"category\":\"C\",\"title\":\"偽造\"}";
        mvc.perform(post("/api/roadmaps/{id}/items", draft).cookie(cookie).header("Authorization", "Bearer x")
                .contentType(MediaType.APPLICATION_JSON).content(item)).andExpect(status().isUnauthorized());
        mvc.perform(post("/api/roadmaps/{id}/items", draft).cookie(cookie).header("Authorization", "Basic eDp5")
                .contentType(MediaType.APPLICATION_JSON).content(item)).andExpect(status().isUnauthorized());
        // Any other scheme is no credential: the session still needs its CSRF token.
        mvc.perform(post("/api/roadmaps/{id}/items", draft).cookie(cookie).header("Authorization", "Token x")
                .contentType(MediaType.APPLICATION_JSON).content(item)).andExpect(status().isForbidden());
        assertThat(jdbc.sql("SELECT COUNT(*) FROM roadmap_item WHERE roadmap_id = ? AND title = '偽造'").param(draft)
                .query(Long.class).single()).isZero();
    }

    @Test
    void theAdministratorSeesAndRevokesEveryTokenOfThePrefecture() throws Exception {
        String token = create("管理者に見える", "365", false);
        mvc.perform(get("/admin/tokens").with(TestActors.prefectureAdmin())).andExpect(status().isOk())
                .andExpect(content().string(containsString(username)))
                .andExpect(content().string(containsString("管理者に見える")))
                .andExpect(content().string(not(containsString(token))));
        mvc.perform(get("/admin/tokens").with(me)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/tokens/{id}/revoke", idOf(token)).with(TestActors.prefectureAdmin()).with(csrf()))
                .andExpect(redirectedUrl("/admin/tokens"));
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void bothTokenListsShareOneTableAndEachRevokesThroughItsOwnPage() throws Exception {
        long id = idOf(create("一覧の共有", "30", true));
        mvc.perform(get("/account/tokens").with(me)).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">一覧の共有</th>"),
                        containsString("action=\"/account/tokens/" + id + "/revoke\""),
                        containsString("name=\"name\" maxlength=\"" + ApiTokens.NAME_MAX + "\""))));
        mvc.perform(get("/admin/tokens").with(TestActors.prefectureAdmin())).andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("<th scope=\"row\">" + username + "</th>"),
                        containsString("<td>一覧の共有</td>"),
                        containsString("action=\"/admin/tokens/" + id + "/revoke\""))));
    }

    @Test
    void changingOnesOwnPasswordRevokesTheAccountsTokensAndThePageSaysSoBeforehand() throws Exception {
        String token = create("パスワード変更前", "90", false);
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isOk());
        mvc.perform(get("/account/password").with(me))
                .andExpect(content().string(containsString("APIトークンはすべて失効します")));
        mvc.perform(get("/account/password").param("lang", "en").with(me))
                .andExpect(content().string(containsString("revokes every API token")));

        // A refused change revokes nothing.
        mvc.perform(post("/account/password").with(me).with(csrf()).param("currentPassword", "wrong-password-here")
                .param("newPassword", "another-long-passphrase").param("confirmation", "another-long-passphrase"))
                .andExpect(status().isOk());
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isOk());

        mvc.perform(post("/account/password").with(me).with(csrf()).param("currentPassword", PASSWORD)
                .param("newPassword", "another-long-passphrase").param("confirmation", "another-long-passphrase"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
        assertThat(jdbc.sql("SELECT revoked_at FROM api_token WHERE id = ?").param(idOf(token))
                .query(java.sql.Timestamp.class).single()).isNotNull();
    }

    @Test
    void anAdministratorsTemporaryPasswordRevokesTheAccountsTokensAndTheFormSaysSo() throws Exception {
        String token = create("仮パスワード前", "90", true);
        long accountId = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        mvc.perform(get("/admin/accounts/{id}", accountId).with(TestActors.prefectureAdmin()))
                .andExpect(content().string(containsString("APIトークンもすべて失効します")));

        mvc.perform(post("/admin/accounts/{id}/password-reset", accountId).with(TestActors.prefectureAdmin()).with(csrf()))
                .andExpect(status().isOk());
        mvc.perform(get("/api/roadmaps/{id}", draft).header("Authorization", "Bearer " + token)).andExpect(status().isUnauthorized());
    }

    @Test
    void aTokenNeedsANameAndALifetimeFromTheList() throws Exception {
        mvc.perform(post("/account/tokens").with(me).with(csrf()).param("name", " ").param("lifetimeDays", "5000"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("e-name")))
                .andExpect(content().string(containsString("e-lifetimeDays")))
                .andExpect(content().string(not(containsString("class=\"api-token\""))));
    }

    private String create(String name, String days, boolean readOnly) throws Exception {
        var request = post("/account/tokens").with(me).with(csrf()).param("name", name).param("lifetimeDays", days);
        if (readOnly) {
            request.param("readOnly", "true");
        }
        String page = mvc.perform(request).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher token = Pattern.compile("class=\"api-token\">(crt_[A-Za-z0-9_-]+)<").matcher(page);
        assertThat(token.find()).as("the new token is on the page").isTrue();
        return token.group(1);
    }

    private long idOf(String token) {
        return jdbc.sql("SELECT id FROM api_token WHERE token_hash = ?").param(ApiTokens.hash(token)).query(Long.class).single();
    }

    private long version() {
        return jdbc.sql("SELECT version FROM roadmap WHERE id = ?").param(draft).query(Long.class).single();
    }
}
