package org.careroadmap.notification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.net.ServerSocket;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import org.careroadmap.TestActors;
import org.careroadmap.TouchesDatabase;
import org.careroadmap.platform.Actor;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.Role;
import org.careroadmap.progress.EvaluationInput;
import org.careroadmap.review.RoundReminders;
import org.careroadmap.review.SubmissionRounds;
import org.careroadmap.roadmap.RoadmapReads;
import org.careroadmap.roadmap.RoadmapSummary;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Notifications end to end: the review cycle's steps, rounds and reminders reach the right people's inboxes, and
 * their e-mail reaches a real SMTP server (GreenMail, in-process) with the right recipients, Japanese text and a
 * link under the configured base URL; e-mail can be turned off per kind; a send that failed is retried.
 * Requests act as the demo accounts (長崎市's editor and viewer, the prefecture's administrator and reviewer).
 */
@TouchesDatabase
@SpringBootTest(properties = {"spring.datasource.url=jdbc:h2:mem:notifications;DB_CLOSE_DELAY=-1",
        "app.notification.base-url=https://roadmap.example.jp/", "app.notification.mail-from=roadmap@pref.example.jp"})
@AutoConfigureMockMvc
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class NotificationsTest {

    static final int SMTP_PORT = freePort();
    static GreenMail smtp;

    static final RequestPostProcessor EDITOR = TestActors.as(Actor.of("nagasaki-editor", Role.MUNICIPALITY_EDITOR, "42", "422011"));
    static final RequestPostProcessor REVIEWER = TestActors.as(Actor.of("pref-reviewer", Role.PREFECTURE_REVIEWER, "42", null));

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    IncompleteEventPublications incomplete;
    @Autowired
    SubmissionRounds rounds;
    @Autowired
    RoundReminders reminders;
    @Autowired
    org.careroadmap.progress.ProgressReports progressReports;
    @Autowired
    org.careroadmap.progress.SelfEvaluations evaluations;

    @DynamicPropertySource
    static void mailServer(DynamicPropertyRegistry registry) {
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> SMTP_PORT);
    }

    @BeforeAll
    static void startMailServer() {
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterAll
    static void stopMailServer() {
        smtp.stop();
    }

    @BeforeEach
    void everyoneHasAnAddress() {
        jdbc.sql("UPDATE app_user SET email = username || '@example.jp'").update();
    }

    /** The demo start-up's own steps notified people too; once they are delivered, start from an empty inbox. */
    void emptyInboxes() {
        await().atMost(Duration.ofSeconds(20)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Integer.class).single() == 0);
        jdbc.sql("DELETE FROM notification").update();
    }

    @Test
    @Order(1)
    void aReturnReachesOnlyTheMunicipalitysEditorsWithTheReasonAndALink() throws Exception {
        emptyInboxes();
        smtp.purgeEmailFromAllMailboxes();
        long id = nagasaki().id();
        step(REVIEWER, id, "return", "区分Cの目指す姿をもう少し具体的に書いてください").andExpect(status().isOk());

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(recipients(mail)).containsExactly("nagasaki-editor@example.jp");
        assertThat(mail.getSubject()).isEqualTo("【推進ロードマップ】差戻しがありました");
        String body = (String) mail.getContent();
        assertThat(body).contains("長崎市の推進ロードマップが差し戻されました", "区分Cの目指す姿をもう少し具体的に書いてください",
                "https://roadmap.example.jp/roadmaps/" + id);
        assertThat(body).as("no reviewer's name in the mail").doesNotContain("pref-reviewer");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("roadmap@pref.example.jp");

        String inbox = page(EDITOR, "/notifications");
        assertThat(inbox).contains("長崎市の推進ロードマップが差し戻されました。理由: 区分Cの目指す姿をもう少し具体的に書いてください",
                "お知らせ（未読1件）");
        assertThat(page(TestActors.as(Actor.of("nagasaki-viewer", Role.MUNICIPALITY_VIEWER, "42", "422011")), "/notifications"))
                .as("viewers are not told of a return").contains("お知らせはありません。");
    }

    @Test
    @Order(2)
    void aSubmissionReachesThePrefecturesStaffAndOpeningItMarksItRead() throws Exception {
        emptyInboxes();
        smtp.purgeEmailFromAllMailboxes();
        long id = nagasaki().id();
        step(EDITOR, id, "submit", null).andExpect(status().isOk());

        List<MimeMessage> mails = awaitMails(2);
        assertThat(mails.stream().map(NotificationsTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("pref-admin@example.jp", "pref-reviewer@example.jp");
        assertThat(mails.get(0).getSubject()).isEqualTo("【推進ロードマップ】長崎市から提出がありました");

        String inbox = page(REVIEWER, "/notifications");
        assertThat(inbox).contains("長崎市が推進ロードマップを提出しました。", "お知らせ（未読1件）");
        long notice = jdbc.sql("SELECT id FROM notification WHERE recipient = 'pref-reviewer' AND kind = 'SUBMITTED'")
                .query(Long.class).single();
        mvc.perform(post("/notifications/{id}/open", notice).with(REVIEWER).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/roadmaps/" + id));
        assertThat(page(REVIEWER, "/notifications")).doesNotContain("未読1件");
        mvc.perform(post("/notifications/{id}/open", notice).with(EDITOR).with(csrf()))
                .andExpect(org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl("/notifications"));
    }

    @Test
    @Order(3)
    void someoneWhoTurnedReturnsOffGetsThemInTheInboxOnly() throws Exception {
        mvc.perform(post("/notifications/mail").with(EDITOR).with(csrf())
                .param("kind", "ACCEPTED", "PUBLISHED", "COMMENT")).andExpect(status().is3xxRedirection());
        smtp.purgeEmailFromAllMailboxes();
        long id = nagasaki().id();
        step(REVIEWER, id, "return", "もう一度").andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notification WHERE recipient = 'nagasaki-editor' AND kind = 'RETURNED' AND detail = 'もう一度'")
                .query(Integer.class).single() == 1);
        Thread.sleep(500);
        assertThat(smtp.getReceivedMessages()).isEmpty();
        assertThat(page(EDITOR, "/notifications")).contains("理由: もう一度");
        mvc.perform(post("/notifications/mail").with(EDITOR).with(csrf())
                .param("kind", Arrays.stream(NotificationKind.values()).map(Enum::name).toArray(String[]::new)));
    }

    @Test
    @Order(4)
    void anEmailThatCouldNotBeSentIsSentLaterExactlyOnce() throws Exception {
        long id = nagasaki().id();
        smtp.stop();
        step(EDITOR, id, "submit", null).andExpect(status().isOk());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notification WHERE kind = 'SUBMITTED' AND mail_state = 'PENDING'")
                .query(Integer.class).single() == 2);
        smtp = new GreenMail(new ServerSetup(SMTP_PORT, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        List<MimeMessage> mails = awaitMails(2);
        assertThat(mails.stream().map(NotificationsTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("pref-admin@example.jp", "pref-reviewer@example.jp");
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Integer.class).single() == 0);
        incomplete.resubmitIncompletePublicationsOlderThan(Duration.ZERO);
        Thread.sleep(1000);
        assertThat(smtp.getReceivedMessages()).hasSize(2);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = 'pref-reviewer' AND kind = 'SUBMITTED'")
                .query(Integer.class).single()).as("one inbox line per submission").isEqualTo(2);
    }

    @Test
    @Order(5)
    void aRoundAndItsRemindersReachTheMunicipalitiesThatHaveNotSubmittedOnce() throws Exception {
        smtp.purgeEmailFromAllMailboxes();
        LocalDate tomorrow = LocalDate.now(java.time.ZoneId.of("Asia/Tokyo")).plusDays(1);
        CurrentActor.asSystem(() -> rounds.open("2027", tomorrow.toString(), "nagasaki-9-10"));
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notification WHERE recipient = 'iki-editor' AND kind = 'ROUND_OPENED'")
                .query(Integer.class).single() == 1);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE recipient = 'pref-admin' AND kind = 'ROUND_OPENED'")
                .query(Integer.class).single()).as("the prefecture asks; it is not asked").isZero();

        assertThat(CurrentActor.asSystem(reminders::remindNow)).isEqualTo(1);
        assertThat(CurrentActor.asSystem(reminders::remindNow)).as("a second node, or a second run, claims nothing")
                .isZero();
        await().atMost(Duration.ofSeconds(10)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notification WHERE recipient = 'iki-editor' AND kind = 'DEADLINE_DAY'")
                .query(Integer.class).single() == 1);
        await().atMost(Duration.ofSeconds(10)).until(() -> List.of(smtp.getReceivedMessages()).stream()
                .anyMatch(m -> subject(m).equals("【推進ロードマップ】提出期限は明日です")));
        assertThat(page(TestActors.as(Actor.of("iki-editor", Role.MUNICIPALITY_EDITOR, "42", "422100")), "/notifications"))
                .contains("推進ロードマップの提出期限（" + tomorrow + "）は明日です");
    }

    @Test
    @Order(6)
    void aCommentReachesTheOtherSideWithALinkToItsThread() throws Exception {
        emptyInboxes();
        smtp.purgeEmailFromAllMailboxes();
        long id = nagasaki().id();
        String itemId = CurrentActor.asSystem(() -> roadmaps.get(id).roadmap().items().get(0).id());
        mvc.perform(post("/roadmaps/{id}/comments", id).with(REVIEWER).with(csrf()).param("itemId", itemId)
                .param("body", "目標の数値を入れてください")).andExpect(status().is3xxRedirection());
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM notification WHERE kind = 'COMMENT'").query(Integer.class).single() == 2);
        await().atMost(Duration.ofSeconds(15)).until(() -> jdbc.sql(
                "SELECT COUNT(*) FROM event_publication WHERE completion_date IS NULL").query(Integer.class).single() == 0);
        assertThat(jdbc.sql("SELECT recipient FROM notification WHERE kind = 'COMMENT' ORDER BY recipient")
                .query(String.class).list()).as("the municipality's staff, not the prefecture that wrote it")
                .containsExactly("nagasaki-editor", "nagasaki-viewer");
        String link = jdbc.sql("SELECT link FROM notification WHERE kind = 'COMMENT' AND recipient = 'nagasaki-editor'")
                .query(String.class).single();
        assertThat(link).startsWith("/roadmaps/" + id + "#thread-");
        assertThat(page(EDITOR, "/roadmaps/" + id)).contains("id=\"" + link.substring(link.indexOf('#') + 1) + "\"");
        List<MimeMessage> mails = awaitMails(2);
        assertThat(mails.stream().map(NotificationsTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("nagasaki-editor@example.jp", "nagasaki-viewer@example.jp");
        assertThat((String) mails.get(0).getContent()).contains("https://roadmap.example.jp" + link)
                .doesNotContain("目標の数値を入れてください");
    }

    @Test
    @Order(7)
    void aProgressReportsStepsReachTheOtherSideWithTheFiscalYearAndNoNames() throws Exception {
        emptyInboxes();
        smtp.purgeEmailFromAllMailboxes();
        long id = CurrentActor.asSystem(() -> roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100"))
                .mapToLong(RoadmapSummary::id).min().orElseThrow());
        RequestPostProcessor ikiEditor = TestActors.as(Actor.of("iki-editor", Role.MUNICIPALITY_EDITOR, "42", "422100"));
        CurrentActor.asSystem(() -> {
            if (progressReports.rounds("42").stream().noneMatch(r -> r.fiscalYear().value() == 2024)) {
                progressReports.openRound("2024", "2030-01-31");
            }
            for (var item : roadmaps.get(id).roadmap().items()) {
                evaluations.save(id, item.id(), "2024", "YEAR_END", new EvaluationInput("実施した", "○", null, null));
            }
            return null;
        });
        mvc.perform(post("/roadmaps/{id}/progress/reports/2024/submit", id).with(ikiEditor).with(csrf())
                .param("version", Long.toString(CurrentActor.asSystem(() -> progressReports.report(id, "2024").version()))))
                .andExpect(status().is3xxRedirection());
        List<MimeMessage> submitted = awaitMails(2);
        assertThat(submitted.stream().map(NotificationsTest::recipients).flatMap(List::stream))
                .containsExactlyInAnyOrder("pref-admin@example.jp", "pref-reviewer@example.jp");
        assertThat(submitted.get(0).getSubject()).isEqualTo("【推進ロードマップ】壱岐市から2024年度(令和6年度)の進捗報告の提出がありました");
        assertThat((String) submitted.get(0).getContent()).contains("https://roadmap.example.jp/roadmaps/" + id + "/progress?year=2024")
                .doesNotContain("iki-editor");
        assertThat(page(REVIEWER, "/notifications?lang=en")).contains("Iki City submitted its progress report for FY2024 (Reiwa 6).");

        smtp.purgeEmailFromAllMailboxes();
        mvc.perform(post("/roadmaps/{id}/progress/reports/2024/return", id).with(REVIEWER).with(csrf())
                .param("version", Long.toString(CurrentActor.asSystem(() -> progressReports.report(id, "2024").version())))
                .param("comment", "課題の欄を具体的に")).andExpect(status().is3xxRedirection());
        MimeMessage returned = awaitMails(1).get(0);
        assertThat(recipients(returned)).containsExactly("iki-editor@example.jp");
        assertThat(returned.getSubject()).isEqualTo("【推進ロードマップ】進捗報告の差戻しがありました");
        assertThat((String) returned.getContent()).contains("壱岐市の2024年度(令和6年度)の進捗報告が差し戻されました", "課題の欄を具体的に")
                .doesNotContain("pref-reviewer");
        assertThat(page(ikiEditor, "/notifications")).contains("理由: 課題の欄を具体的に");
    }

    @Test
    @Order(8)
    void aConfirmationRoundReminderReachesTheProvidersWhoHaveNotAnsweredByInboxAndMail() throws Exception {
        emptyInboxes();
        smtp.purgeEmailFromAllMailboxes();
        RequestPostProcessor ikiEditor = TestActors.editorOf("422100");
        String deadline = LocalDate.now().plusDays(20).toString();
        jdbc.sql("DELETE FROM resource_confirmation_round WHERE municipality_code = '422100'").update();
        mvc.perform(post("/map/422100/rounds").param("deadline", deadline).with(ikiEditor).with(csrf()))
                .andExpect(status().is3xxRedirection());
        long round = jdbc.sql("SELECT id FROM resource_confirmation_round WHERE municipality_code = '422100'")
                .query(Long.class).single();
        mvc.perform(post("/map/rounds/{id}/remind", round).with(ikiEditor).with(csrf())).andExpect(status().is3xxRedirection());

        MimeMessage mail = awaitMails(1).get(0);
        assertThat(recipients(mail)).containsExactly("iki-provider@example.jp");
        assertThat(mail.getSubject()).isEqualTo("【在宅・医療介護資源マップ】掲載内容の確認をお願いします");
        assertThat((String) mail.getContent()).contains("壱岐市から、在宅・医療介護資源マップの", "期限は" + deadline,
                "https://roadmap.example.jp/map/provider");
        RequestPostProcessor provider = TestActors.as(Actor.of("iki-provider", Role.PROVIDER, "42", "422100"));
        assertThat(page(provider, "/notifications")).contains("確認依頼について催促がありました");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM notification WHERE kind = 'RESOURCE_ROUND_REMINDER' AND recipient <> 'iki-provider'")
                .query(Long.class).single()).as("staff are not told").isZero();
    }

    @Test
    void theInboxIsForSignedInPeopleOnly() throws Exception {
        mvc.perform(get("/notifications").accept(MediaType.TEXT_HTML)).andExpect(status().is3xxRedirection());
        mvc.perform(post("/notifications/read")).andExpect(status().isForbidden());
    }

    private RoadmapSummary nagasaki() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals("422011")).findFirst().orElseThrow());
    }

    private org.springframework.test.web.servlet.ResultActions step(RequestPostProcessor who, long id, String step,
                                                                   String comment) throws Exception {
        long version = CurrentActor.asSystem(() -> roadmaps.get(id).roadmap().version());
        String body = "{\"version\":" + version + (comment == null ? "" : ",\"comment\":\"" + comment + "\"") + "}";
        return mvc.perform(post("/api/roadmaps/{id}/" + step, id).with(who).contentType(MediaType.APPLICATION_JSON)
                .content(body));
    }

    private String page(RequestPostProcessor who, String path) throws Exception {
        return mvc.perform(get(path).with(who)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static List<MimeMessage> awaitMails(int count) {
        await().atMost(Duration.ofSeconds(15)).until(() -> smtp.getReceivedMessages().length >= count);
        return List.of(smtp.getReceivedMessages());
    }

    private static List<String> recipients(MimeMessage mail) {
        try {
            return Arrays.stream(mail.getRecipients(Message.RecipientType.TO)).map(Object::toString).toList();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String subject(MimeMessage mail) {
        try {
            return mail.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RequestPostProcessor csrf() {
        return org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
