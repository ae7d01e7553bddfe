package org.careroadmap.progress;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.flash;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrlPattern;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.roadmap.ListScope;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapItem;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.RequestPostProcessor;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/** The progress pages and the chart's progress, as people use them; shares the context of {@code ProgressApiTest}. */
@SharedContextTest
class ProgressPagesTest {

    static final RequestPostProcessor EDITOR = TestActors.editorOf("422100");
    static final RequestPostProcessor VIEWER = TestActors.viewerOf("422100");

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    ProgressReports reports;

    MockMvc mvc;
    RoadmapDocument iki;
    long id;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        iki = CurrentActor.asSystem(() -> roadmaps.get(roadmaps.list(ListScope.municipality(new MunicipalityCode("422100")))
                .stream().mapToLong(s -> s.id()).min().orElseThrow()));
        id = iki.roadmap().id();
    }

    RoadmapItem item(String title) {
        return iki.roadmap().items().stream().filter(i -> i.title().equals(title)).findFirst().orElseThrow();
    }

    @Test
    void thePublicReadsAPublishedYearWithRatingsAndArrowStatusesButNoControls() throws Exception {
        mvc.perform(get("/roadmaps/{id}/progress", id).param("year", "2025"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("退院支援")))
                .andExpect(content().string(containsString("◎")))
                .andExpect(content().string(containsString("▶ 実施中")))
                .andExpect(content().string(containsString("工程の状況")))
                .andExpect(content().string(not(containsString("県へ提出する"))))
                .andExpect(content().string(not(containsString("CSVから取り込む"))));
        mvc.perform(get("/roadmaps/{id}/progress", id).param("year", "2026")).andExpect(status().isNotFound());
        mvc.perform(get("/roadmaps/{id}/progress", id).param("year", "とても昔")).andExpect(status().isNotFound());
        mvc.perform(get("/roadmaps/{id}/progress", id).param("year", "2025").param("view", "plan"))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("▶ 実施中"))))
                .andExpect(content().string(containsString("進捗も表示")));
    }

    @Test
    void theEditorRecordsAnActivityFromTheItemPageAndARefusalKeepsWhatWasTyped() throws Exception {
        String itemId = item("退院支援").id();
        mvc.perform(get("/roadmaps/{id}/progress/items/{item}", id, itemId).param("year", "2026").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"activity-form\"")))
                .andExpect(content().string(containsString("退院前カンファレンスの勉強会の開催回数")))
                .andExpect(content().string(containsString("<svg class=\"indicator-chart\"")));
        String title = "勉強会-" + UUID.randomUUID().toString().substring(0, 8);
        mvc.perform(post("/roadmaps/{id}/progress/items/{item}/activities", id, itemId).with(EDITOR).with(csrf())
                        .param("fiscalYear", "2026").param("kind", "勉強会").param("title", title)
                        .param("heldOn", "2026-03-01").param("participants", "12"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("2026年度(令和8年度) の期間外です")))
                .andExpect(content().string(containsString("value=\"" + title + "\"")));
        mvc.perform(post("/roadmaps/{id}/progress/items/{item}/activities", id, itemId).with(EDITOR).with(csrf())
                        .param("fiscalYear", "2026").param("kind", "勉強会").param("title", title)
                        .param("heldOn", "2026-06-01").param("participants", "12").param("professions", "医師", "看護師")
                        .param("arrowId", item("退院支援").arrows().get(1).id()))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrlPattern("/roadmaps/*/progress/items/*?year=2026#activities"));
        mvc.perform(get("/roadmaps/{id}/progress/items/{item}", id, itemId).param("year", "2026").with(EDITOR))
                .andExpect(content().string(containsString(title)))
                .andExpect(content().string(containsString("医師、看護師")))
                .andExpect(content().string(containsString("<td>退院前カンファレンスについての勉強会を開催（年２回）</td>")));
        mvc.perform(get("/roadmaps/{id}/progress/items/{item}", id, itemId).param("year", "2026").with(VIEWER))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("id=\"activity-form\""))));
        mvc.perform(post("/roadmaps/{id}/progress/items/{item}/activities", id, itemId).with(VIEWER).with(csrf())
                .param("fiscalYear", "2026").param("kind", "勉強会").param("title", title).param("heldOn", "2026-06-01"))
                .andExpect(status().isForbidden());
        mvc.perform(get("/roadmaps/{id}/history", id).with(EDITOR))
                .andExpect(content().string(containsString("活動を記録")));
    }

    @Test
    void theChartShowsArrowStatusesThisYearsColumnAndTheItemMenuToItsStaffOnly() throws Exception {
        mvc.perform(get("/roadmaps/{id}", id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("活動を記録")))
                .andExpect(content().string(containsString("class=\"fy fy-current\"")))
                .andExpect(content().string(containsString("▶ 実施中")))
                .andExpect(content().string(containsString("計画のみ表示")));
        mvc.perform(get("/roadmaps/{id}", id).param("view", "plan").with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("fy-current"))))
                .andExpect(content().string(not(containsString("▶ 実施中"))));
        mvc.perform(get("/roadmaps/{id}", id).with(VIEWER))
                .andExpect(content().string(containsString("▶ 実施中")))
                .andExpect(content().string(not(containsString("活動を記録"))));
        mvc.perform(get("/roadmaps/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("活動を記録"))));
    }

    @Test
    void theDashboardShowsEachMunicipalitysProgressAsColumnsSortedByLinks() throws Exception {
        String page = mvc.perform(get("/review").with(TestActors.prefectureReviewer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(page).contains("進捗報告 2026年度(令和8年度)", "◎○の割合", "目標達成の指標",
                "href=\"/review?sort=progressAchieved&amp;dir=asc");
        String sorted = mvc.perform(get("/review").param("sort", "progressUnrated").param("dir", "desc")
                        .with(TestActors.prefectureReviewer()))
                .andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(sorted).contains("aria-sort=\"descending\"").contains("href=\"/review?sort=progressUnrated&amp;dir=asc");
        // Iki City has a roadmap for FY2026 with unrated items; municipalities without one sort last when descending.
        assertThat(sorted.indexOf("422100")).isLessThan(sorted.lastIndexOf("</tbody>"));
        mvc.perform(get("/review").param("lang", "en").with(TestActors.prefectureReviewer()))
                .andExpect(content().string(containsString("Progress report FY2026 (Reiwa 8)")));
    }

    @Test
    void thePublicChartShowsTheLatestPublishedRatingsAndStaffSeeTheLiveProgressInstead() throws Exception {
        mvc.perform(get("/roadmaps/{id}", id))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("自己評価（2025年度(令和7年度)の進捗報告）")))
                .andExpect(content().string(containsString("評価 ◎ <span lang=\"ja\">達成できた</span>")));
        mvc.perform(get("/roadmaps/{id}", id).with(EDITOR))
                .andExpect(status().isOk())
                .andExpect(content().string(not(containsString("評価 ◎ <span lang=\"ja\">達成できた</span>"))));
    }

    @Test
    void aSubmissionWithUnratedItemsComesBackListingThem() throws Exception {
        CurrentActor.asSystem(() -> {
            if (reports.rounds("42").stream().noneMatch(r -> r.fiscalYear().value() == 2023)) {
                reports.openRound("2023", "2030-01-31");
            }
            return null;
        });
        mvc.perform(post("/roadmaps/{id}/progress/reports/2023/submit", id).with(EDITOR).with(csrf()).param("version", "0"))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("unrated", org.hamcrest.Matchers.hasItem("B サービス提供人材の確保")));
    }

    @Test
    void thePrefectureSeesTheRollUpAndTheAdministratorEditsTheScale() throws Exception {
        mvc.perform(get("/review/progress").param("year", "2025").param("sort", "achieved").param("dir", "desc")
                        .with(TestActors.prefectureReviewer()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("壱岐市")))
                .andExpect(content().string(containsString("年度ごとの推移")));
        mvc.perform(get("/review/progress").with(EDITOR)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/progress").with(TestActors.prefectureAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("◎ 達成できた 達成")))
                .andExpect(content().string(containsString("勉強会")));
        mvc.perform(post("/admin/progress/scale").with(TestActors.prefectureAdmin()).with(csrf()).param("scale", "◎\n"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("1行目")));
        mvc.perform(post("/admin/progress/rounds").with(TestActors.prefectureAdmin()).with(csrf())
                        .param("fiscalYear", "2025").param("deadline", "2026-05-31"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("この年度の進捗報告の依頼はすでにあります")));
    }

    @Test
    void aCsvIsCheckedOnItsPageAndAppliedOnlyWhenConfirmed() throws Exception {
        String marker = "頁CSV-" + UUID.randomUUID().toString().substring(0, 8);
        String bad = "年度,項目,種類,名称,日付\r\n2026,退院支援,研修会," + marker + ",2026-05-01\r\n2026,退院支援,研修会,x,2027-05-01\r\n";
        mvc.perform(multipart("/roadmaps/{id}/progress/import", id).file(new MockMultipartFile("file", "a.csv", "text/csv",
                        bad.getBytes(StandardCharsets.UTF_8))).with(EDITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("行 3: 日付")))
                .andExpect(content().string(not(containsString("この内容で反映する"))));
        String good = "\uFEFF年度,項目,種類,名称,日付\r\n2026,退院支援,研修会," + marker + ",2026-05-01\r\n";
        String page = mvc.perform(multipart("/roadmaps/{id}/progress/import", id).file(new MockMultipartFile("file", "a.csv",
                        "text/csv", good.getBytes(StandardCharsets.UTF_8))).with(EDITOR).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("この内容で反映する")))
                .andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        String action = page.replaceAll("(?s).*action=\"(/roadmaps/\\d+/progress/import/[^\"]+/apply)\".*", "$1");
        mvc.perform(post(action).with(EDITOR).with(csrf()))
                .andExpect(status().is3xxRedirection())
                .andExpect(flash().attribute("imported", 1));
        mvc.perform(get("/roadmaps/{id}/progress/items/{item}", id, item("退院支援").id()).param("year", "2026").with(EDITOR))
                .andExpect(content().string(containsString(marker)));
        assertThat(List.of(action)).allMatch(a -> a.startsWith("/roadmaps/" + id));
    }
}
