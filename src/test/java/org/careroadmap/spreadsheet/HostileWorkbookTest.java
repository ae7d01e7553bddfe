package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.platform.FieldProblem;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

/**
 * A workbook built to exhaust the heap — a small file whose parts together expand a hundredfold — is refused
 * before POI keeps any of it, with a 413 that says why, and the node goes on answering. (In the shared Spring context.)
 */
@SharedContextTest
class HostileWorkbookTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    static final String NAGAYO = "423076";

    @Autowired
    WebApplicationContext context;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    MockMvc mvc;

    @BeforeAll
    static void zipBombGuards() {
        SpreadsheetConfiguration.guardAgainstZipBombs(SpreadsheetProperties.defaults());
    }

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    long nagayoDraft() {
        return CurrentActor.asSystem(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals(NAGAYO) && s.template().id().equals("nagasaki-9-10"))
                .findFirst().map(s -> s.id())
                .orElseGet(() -> editing.create(NAGAYO, "nagasaki-9-10").roadmap().id()));
    }

    @Test
    void aWorkbookOfManyHighlyCompressibleSheetsIsRefusedAndTheNodeKeepsServing() throws Exception {
        // 34 extra worksheets of 6 MB each, about 1:50: some 4 MB on the wire, over 200 MB once expanded.
        byte[] hostile = HostileWorkbooks.withExtraSheets(34, 6 << 20);
        assertThat(hostile.length).isLessThan(10 << 20);
        long id = nagayoDraft();

        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", id).file(new MockMultipartFile("file", "x.xlsx", XLSX, hostile))
                        .with(TestActors.editorOf(NAGAYO)))
                .andExpect(status().isPayloadTooLarge())
                .andExpect(jsonPath("$.errors[0].code").value("xlsx.tooLargeExpanded"))
                .andExpect(jsonPath("$.errors[0].message").value(org.hamcrest.Matchers.containsString("40MB")));

        mvc.perform(get("/actuator/health")).andExpect(status().isOk()).andExpect(jsonPath("$.status").value("UP"));
        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", id)
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, WorkbookGateTest.file("small-roadmap.xlsx")))
                        .with(TestActors.editorOf(NAGAYO)))
                .andExpect(status().isOk());
    }

    @Test
    void theCorpusWorkbooksAreRefusedByTheWholeImportsLimits() {
        WorkbookGate gate = new WorkbookGate(10 << 20, SpreadsheetProperties.defaults().budget());
        assertThatThrownBy(() -> gate.open(WorkbookGateTest.file("expands-too-far.xlsx")))
                .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> {
                    assertThat(e.tooLarge()).isTrue();
                    assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("xlsx.tooLargeExpanded");
                });
        assertThatThrownBy(() -> gate.open(WorkbookGateTest.file("too-many-sheets.xlsx")))
                .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::messageKey).containsExactly("xlsx.tooManySheets"));
    }

    @Test
    void anImportBeyondTheNodesSlotsWaitsBrieflyThenIsToldToTryAgain() throws Exception {
        ImportSlots slots = new ImportSlots(1, Duration.ofMillis(100));
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<String> first = pool.submit(() -> slots.run(() -> {
                holding.countDown();
                try {
                    release.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                return "first";
            }));
            holding.await();
            assertThatThrownBy(() -> slots.run(() -> "second"))
                    .isInstanceOfSatisfying(RejectedWorkbookException.class, e -> {
                        assertThat(e.busy()).isTrue();
                        assertThat(e.problems()).extracting(FieldProblem::messageKey).containsExactly("xlsx.busy");
                    });
            release.countDown();
            assertThat(first.get()).isEqualTo("first");
            assertThat(slots.run(() -> "third")).isEqualTo("third");
        } finally {
            pool.shutdownNow();
        }
    }
}
