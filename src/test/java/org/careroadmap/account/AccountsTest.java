package org.careroadmap.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SharedContextTest
class AccountsTest {

    static final String PASSWORD = "correct-horse-battery";

    @Autowired
    WebApplicationContext context;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;
    String username;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        username = "tester-" + System.nanoTime();
        CurrentActor.asSystem(() -> accounts.bootstrap(username, PASSWORD, "テスト 太郎", Role.MUNICIPALITY_EDITOR, "42", "422100"));
    }

    @Test
    void storesPasswordsOnlyAsHashes() {
        String hash = jdbc.sql("SELECT password_hash FROM app_user WHERE username = ?").param(username).query(String.class).single();
        assertThat(hash).startsWith("{bcrypt}").doesNotContain(PASSWORD);
    }

    @Test
    void signsInWithTheFormAndSigningOutEndsTheSession() throws Exception {
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk());
        mvc.perform(post("/logout").session(session).with(csrf()).accept("text/html")).andExpect(redirectedUrl("/?signedOut"));
        mvc.perform(get("/account/password").session(session).accept("text/html"))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/login"));
    }

    @Test
    void wrongPasswordAndUnknownUserGetTheSameAnswer() throws Exception {
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(post("/login").with(csrf()).param("username", "nobody-here").param("password", "wrong-password-1"))
                .andExpect(redirectedUrl("/login?error"));
        mvc.perform(get("/login").param("error", "")).andExpect(content().string(containsString("ログインできませんでした")));
    }

    @Test
    void locksAfterFiveFailuresEvenForTheRightPasswordUntilTheLockExpires() throws Exception {
        for (int i = 0; i < 4; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong-" + i + "-password"));
        }
        signIn(username, PASSWORD);  // a success before the fifth failure clears the count
        for (int i = 0; i < 5; i++) {
            mvc.perform(post("/login").with(csrf()).param("username", username).param("password", "wrong-" + i + "-password"))
                    .andExpect(redirectedUrl("/login?error"));
        }
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
        // Fifteen minutes later (moved back in the database rather than waited for):
        // (A bound timestamp rather than H2's DATEADD, so that the test also runs on PostgreSQL.)
        jdbc.sql("UPDATE app_user SET locked_until = ? WHERE username = ?")
                .param(java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(60))).param(username).update();
        signIn(username, PASSWORD);
    }

    @Test
    void disabledAccountsCannotSignIn() throws Exception {
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = ?").param(username).update();
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", PASSWORD))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void changesOwnPasswordOnlyWithTheCurrentOne() throws Exception {
        MockHttpSession session = signIn(username, PASSWORD);
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", "not-it-at-all")
                        .param("newPassword", "short").param("confirmation", "other"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("現在のパスワードが正しくありません。"),
                        containsString("パスワードは12文字以上にしてください。"))));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", PASSWORD)
                        .param("newPassword", "a-much-longer-secret").param("confirmation", "a-much-longer-secret"))
                .andExpect(redirectedUrl("/"));
        signIn(username, "a-much-longer-secret");
    }

    @Test
    void administratorCreatesAnAccountThatCanSignInAndSeesEveryProblemAtOnce() throws Exception {
        mvc.perform(post("/admin/accounts").with(TestActors.prefectureAdmin()).with(csrf())
                        .param("username", "a b").param("displayName", "").param("role", "MUNICIPALITY_EDITOR")
                        .param("municipalityCode", "999999").param("password", "short"))
                .andExpect(status().isOk())
                .andExpect(content().string(allOf(containsString("e-username"), containsString("e-displayName"),
                        containsString("e-municipalityCode"), containsString("e-password"))));
        String newUser = "saikai-" + System.nanoTime();
        mvc.perform(post("/admin/accounts").with(TestActors.prefectureAdmin()).with(csrf())
                        .param("username", newUser).param("displayName", "西海 花子").param("role", "MUNICIPALITY_VIEWER")
                        .param("municipalityCode", "422126").param("password", "initial-password-1").param("enabled", "true"))
                .andExpect(redirectedUrl("/admin/accounts"));
        signIn(newUser, "initial-password-1");
        mvc.perform(get("/admin/accounts").with(TestActors.prefectureAdmin()))
                .andExpect(content().string(allOf(containsString(newUser), containsString("市町閲覧者"))));
    }

    @Test
    void administratorDisablesAccountsAndIssuesTemporaryPasswords() throws Exception {
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        String page = mvc.perform(post("/admin/accounts/{id}/password-reset", id).with(TestActors.prefectureAdmin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher temporary = Pattern.compile("class=\"temporary-password\">([A-Za-z0-9]{16})<").matcher(page);
        assertThat(temporary.find()).isTrue();
        signIn(username, temporary.group(1));

        long version = jdbc.sql("SELECT version FROM app_user WHERE id = ?").param(id).query(Long.class).single();
        mvc.perform(post("/admin/accounts/{id}", id).with(TestActors.prefectureAdmin()).with(csrf())
                        .param("displayName", "テスト 太郎").param("role", "MUNICIPALITY_EDITOR")
                        .param("municipalityCode", "422100").param("version", "" + version))
                .andExpect(redirectedUrl("/admin/accounts"));
        mvc.perform(post("/login").with(csrf()).param("username", username).param("password", temporary.group(1)))
                .andExpect(redirectedUrl("/login?error"));
    }

    @Test
    void aTemporaryPasswordMustBeReplacedAtTheFirstSignIn() throws Exception {
        long id = jdbc.sql("SELECT id FROM app_user WHERE username = ?").param(username).query(Long.class).single();
        String page = mvc.perform(post("/admin/accounts/{id}/password-reset", id).with(TestActors.prefectureAdmin()).with(csrf()))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        Matcher temporary = Pattern.compile("class=\"temporary-password\">([A-Za-z0-9]{16})<").matcher(page);
        assertThat(temporary.find()).isTrue();
        MockHttpSession session = signIn(username, temporary.group(1));
        // As in the running application: the guard comes after Spring Security (a plain filter bean).
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity())
                .addFilters(context.getBean("firstPasswordFilter", jakarta.servlet.Filter.class)).build();

        mvc.perform(get("/").session(session).accept("text/html")).andExpect(redirectedUrl("/account/password?first"));
        mvc.perform(get("/roadmaps/1/history").session(session).accept("text/html"))
                .andExpect(redirectedUrl("/account/password?first"));
        mvc.perform(get("/api/roadmaps").with(httpBasic(username, temporary.group(1))))
                .andExpect(status().isForbidden())
                .andExpect(content().string(containsString("password.mustChange")));
        mvc.perform(get("/account/password").session(session)).andExpect(status().isOk())
                .andExpect(content().string(containsString("仮のパスワードでログインしています")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", temporary.group(1))
                        .param("newPassword", temporary.group(1)).param("confirmation", temporary.group(1)))
                .andExpect(content().string(containsString("現在のパスワードと違うもの")));
        mvc.perform(post("/account/password").session(session).with(csrf()).param("currentPassword", temporary.group(1))
                        .param("newPassword", "my-own-password-2026").param("confirmation", "my-own-password-2026"))
                .andExpect(redirectedUrl("/"));
        mvc.perform(get("/").session(session)).andExpect(status().isOk());
    }

    @Test
    void aMunicipalRoleWithoutAMunicipalityGetsAPlainMessageAndAnAddressIsChecked() throws Exception {
        String page = mvc.perform(post("/admin/accounts").with(TestActors.prefectureAdmin()).with(csrf())
                        .param("username", "no-town-" + System.nanoTime()).param("displayName", "町 なし")
                        .param("role", "MUNICIPALITY_EDITOR").param("municipalityCode", "")
                        .param("password", "initial-password-1").param("email", "not-an-address")
                        .param("department", "高齢福祉課"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
        assertThat(page).contains("市町の役割には所属市町を選んでください", "メールアドレスの形式が正しくありません",
                "高齢福祉課").doesNotContain("initial-password-1");
    }

    @Test
    void onlyThePrefectureAdministratorReachesAccountAdministration() throws Exception {
        mvc.perform(get("/admin/accounts").with(TestActors.editorOf("422100"))).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(TestActors.prefectureReviewer())).andExpect(status().isForbidden());
        mvc.perform(get("/admin/accounts").with(TestActors.prefectureAdmin())).andExpect(status().isOk())
                .andExpect(content().string(not(containsString("password_hash"))));
    }

    @Test
    void theAccountFormTakesItsLengthLimitsFromTheAccount() throws Exception {
        mvc.perform(get("/admin/accounts/new").with(TestActors.prefectureAdmin())).andExpect(status().isOk())
                .andExpect(content().string(allOf(
                        containsString("name=\"username\" value=\"\" maxlength=\"" + Account.USERNAME_MAX + "\""),
                        containsString("name=\"displayName\" value=\"\" maxlength=\"" + Account.DISPLAY_NAME_MAX + "\""),
                        containsString("name=\"department\" value=\"\" maxlength=\"" + Account.DEPARTMENT_MAX + "\""),
                        containsString("name=\"email\" value=\"\" maxlength=\"" + Account.EMAIL_MAX + "\""))));
    }

    private MockHttpSession signIn(String user, String password) throws Exception {
        return (MockHttpSession) mvc.perform(post("/login").with(csrf()).param("username", user).param("password", password))
                .andExpect(redirectedUrl("/"))
                .andReturn().getRequest().getSession();
    }
}
