package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.function.Supplier;

import com.jayway.jsonpath.JsonPath;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFShape;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFSimpleShape;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.careroadmap.SmallUploadLimitTest;
import org.careroadmap.TestActors;
import org.careroadmap.platform.CurrentActor;
import org.careroadmap.roadmap.ArrowInput;
import org.careroadmap.roadmap.ItemInput;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Excel through the JSON API: downloads, previews, confirmation, every refusal, and who may do what.
 * Requests are signed in as the municipality's editor (or as said); set-up runs as the application itself.
 */
@SmallUploadLimitTest
class SpreadsheetApiTest {

    static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    @Autowired
    MockMvc mvc;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    static final RequestPostProcessor REVIEWER = TestActors.prefectureReviewer();

    static <T> T system(Supplier<T> work) {
        return CurrentActor.asSystem(work);
    }

    long iki() {
        return system(() -> roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422100"))
                .findFirst().orElseThrow().id());
    }

    RoadmapDocument read(long id) {
        return system(() -> roadmaps.get(id));
    }

    /**
     * A new empty draft of the municipality on the template edition, replacing one left by another test; with
     * no edition, just no 第9期・第10期 roadmap (the demo data keeps its 第8期・第9期 ones).
     */
    RoadmapDocument fresh(String code, String templateId) {
        return system(() -> {
            String edition = templateId == null ? "nagasaki-9-10" : templateId;
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals(code))
                    .filter(s -> s.template().id().equals(edition))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return templateId == null ? null : editing.create(code, templateId);
        });
    }

    byte[] download(RequestPostProcessor who, String path, Object... vars) throws Exception {
        return mvc.perform(get(path, vars).with(who)).andExpect(status().isOk())
                .andExpect(content().contentType(XLSX))
                .andReturn().getResponse().getContentAsByteArray();
    }

    ResultActions upload(RequestPostProcessor who, String path, byte[] file, Object... vars) throws Exception {
        return mvc.perform(multipart(path, vars).file(new MockMultipartFile("file", "roadmap.xlsx", XLSX, file)).with(who));
    }

    ResultActions apply(RequestPostProcessor who, String preview) throws Exception {
        return mvc.perform(post("/api/imports/{token}", (String) JsonPath.read(preview, "$.token")).with(who));
    }

    /** A roadmap's content, item by item, without ids: what "identical" means. */
    static List<String> contentOf(RoadmapDocument doc) {
        return doc.roadmap().items().stream().map(i -> i.category() + "|" + i.title() + "|" + i.targetVision() + "|"
                + i.achievementYear().map(y -> y.label()).orElse("") + "|" + i.measures() + "|"
                + i.arrows().stream().map(a -> a.label() + ":" + a.start().value() + "-" + a.end().value() + ":" + a.continues())
                .toList()).toList();
    }

    @Test
    void downloadsARoadmapLaidOutLikeThePrefecturesSheet() throws Exception {
        long iki = iki();
        mvc.perform(get("/api/roadmaps/{id}/xlsx", iki).with(REVIEWER)).andExpect(status().isOk())
                .andExpect(header().string("Content-Disposition", containsString("attachment")))
                .andExpect(header().string("Content-Disposition", containsString("UTF-8''%E5%A3%B1%E5%B2%90%E5%B8%82")));
        RoadmapDocument doc = read(iki);
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(download(REVIEWER, "/api/roadmaps/{id}/xlsx", iki)))) {
            XSSFSheet sheet = workbook.getSheet("壱岐市");
            assertThat(text(sheet, 0, 0)).isEqualTo("【壱岐市地域包括ケアシステム推進ロードマップ】");
            assertThat(text(sheet, 1, 0)).startsWith("①");
            assertThat(text(sheet, 1, 5)).startsWith("⑤");
            assertThat(List.of(text(sheet, 2, 0), text(sheet, 2, 2), text(sheet, 2, 3), text(sheet, 2, 4), text(sheet, 2, 5),
                    text(sheet, 2, 8))).containsExactly("項目", "目指す姿（目標・目的）", "達成年度", "推進方策（方法・手段）",
                    "第8期計画", "第9期計画");
            assertThat(text(sheet, 3, 5)).isEqualTo("2021年度\n(令和3年度)");
            assertThat(text(sheet, 3, 10)).isEqualTo("2026年度\n(令和8年度)");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("F3:H3"), CellRangeAddress.valueOf("I3:K3"),
                    CellRangeAddress.valueOf("A3:B4"));
            // Category A: 退院支援 (3 arrows), 在宅医療… (3), 資源マップ (1) = rows 5–11, merged.
            assertThat(text(sheet, 4, 0)).isEqualTo("A 医療");
            assertThat(sheet.getMergedRegions()).contains(CellRangeAddress.valueOf("A5:A11"), CellRangeAddress.valueOf("B5:B7"));
            assertThat(text(sheet, 4, 1)).isEqualTo("退院支援");
            assertThat(text(sheet, 4, 3)).isEqualTo("2026年度(令和8年度)");
            // Every arrow is a right-arrow shape over exactly its years, in its own row.
            List<XSSFShape> shapes = sheet.getDrawingPatriarch().getShapes();
            long arrows = doc.roadmap().items().stream().mapToLong(i -> i.arrows().size()).sum();
            assertThat(shapes).hasSize((int) arrows);
            XSSFSimpleShape first = (XSSFSimpleShape) shapes.get(0);
            assertThat(first.getShapeType()).isEqualTo(org.apache.poi.ss.usermodel.ShapeTypes.RIGHT_ARROW);
            assertThat(first.getText()).isEqualTo("入退院支援ルールの作成・周知");
            XSSFClientAnchor anchor = (XSSFClientAnchor) first.getAnchor();
            assertThat(List.of(anchor.getRow1(), (int) anchor.getCol1(), (int) anchor.getCol2(), anchor.getDx1(), anchor.getDx2()))
                    .containsExactly(4, 5, 6, 0, 0);
            XSSFClientAnchor second = (XSSFClientAnchor) shapes.get(1).getAnchor();
            assertThat(List.of(second.getRow1(), (int) second.getCol1(), (int) second.getCol2())).containsExactly(5, 6, 11);
            // A3 landscape, one page wide, header rows repeated, a Japanese font.
            assertThat(sheet.getPrintSetup().getPaperSize()).isEqualTo(org.apache.poi.ss.usermodel.PrintSetup.A3_PAPERSIZE);
            assertThat(sheet.getPrintSetup().getLandscape()).isTrue();
            assertThat(sheet.getFitToPage()).isTrue();
            assertThat(sheet.getPrintSetup().getFitWidth()).isEqualTo((short) 1);
            assertThat(sheet.getPrintSetup().getFitHeight()).isZero();
            assertThat(sheet.getRepeatingRows()).isEqualTo(CellRangeAddress.valueOf("3:4"));
            assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("ＭＳ Ｐゴシック");
            sheet.validateMergedRegions();  // overlapping merges are what makes Excel offer to repair a file
        }
    }

    @Test
    void writesTextThatLooksLikeAFormulaAsTextNeverAsAFormula() throws Exception {
        long id = system(() -> {
            RoadmapDocument doc = editing.create("422096", "nagasaki-8-9");
            long created = doc.roadmap().id();
            doc = editing.addItem(created, doc.roadmap().version(),
                    new ItemInput("A", "=HYPERLINK(\"http://example.com\",\"x\")", "+1+1", "2026", "-2-2"));
            doc = editing.addItem(created, doc.roadmap().version(), new ItemInput("B", "@SUM(A1:A2)", "＝全角の等号", "2026", "普通の文"));
            String itemId = doc.roadmap().items().get(0).id();
            editing.addArrow(created, doc.roadmap().version(), itemId, new ArrowInput("=1+2", "2021", "2022", false));
            return created;
        });

        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(TestActors.editorOf("422096"), "/api/roadmaps/{id}/xlsx", id)))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            for (Row row : sheet) {
                for (Cell cell : row) {
                    assertThat(cell.getCellType()).as(cell.getAddress().formatAsString()).isNotEqualTo(CellType.FORMULA);
                }
            }
            Cell title = sheet.getRow(4).getCell(1);
            assertThat(title.getCellType()).isEqualTo(CellType.STRING);
            assertThat(title.getStringCellValue()).isEqualTo("=HYPERLINK(\"http://example.com\",\"x\")");
            assertThat(title.getCellStyle().getQuotePrefixed()).isTrue();
            for (int[] at : new int[][] {{4, 2}, {4, 4}, {5, 1}, {5, 2}}) {
                Cell cell = sheet.getRow(at[0]).getCell(at[1]);
                assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                assertThat(cell.getCellStyle().getQuotePrefixed()).as(cell.getAddress().formatAsString()).isTrue();
            }
            assertThat(sheet.getRow(5).getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
            assertThat(((XSSFSimpleShape) sheet.getDrawingPatriarch().getShapes().get(0)).getText()).isEqualTo("=1+2");
        }
    }

    @Test
    void downloadsTheWholePrefectureWithASummarySheet() throws Exception {
        long iki = iki();
        byte[] xlsx = download(REVIEWER, "/api/prefectures/{code}/roadmaps/xlsx", "42");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet summary = workbook.getSheetAt(0);
            assertThat(summary.getSheetName()).isEqualTo("一覧");
            assertThat(text(summary, 1, 3)).isEqualTo("A 医療");
            assertThat(text(summary, 1, 10)).isEqualTo("H 地域共生社会の実現と住民参画");
            assertThat(summary.getLastRowNum()).isEqualTo(2 + 21 - 1);
            Row ikiRow = null;
            for (Row row : summary) {
                if ("422100".equals(text(summary, row.getRowNum(), 0))) {
                    ikiRow = row;
                }
            }
            assertThat(ikiRow).isNotNull();
            assertThat(ikiRow.getCell(1).getStringCellValue()).isEqualTo("壱岐市");
            assertThat(ikiRow.getCell(3).getNumericCellValue()).isEqualTo(3);
            assertThat(ikiRow.getCell(11).getNumericCellValue()).isEqualTo(read(iki).roadmap().items().size());
            assertThat(ikiRow.getCell(12).getStringCellValue()).isEqualTo("公開");
            assertThat(ikiRow.getCell(13).getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(ikiRow.getCell(1).getHyperlink().getAddress()).isEqualTo("'壱岐市'!A1");
            for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
                workbook.getSheetAt(i).validateMergedRegions();
            }
            XSSFSheet ikiSheet = workbook.getSheet("壱岐市");
            assertThat(text(ikiSheet, 0, 0)).isEqualTo("【壱岐市地域包括ケアシステム推進ロードマップ】");
        }
        mvc.perform(get("/api/prefectures/{code}/roadmaps/xlsx", "99").with(REVIEWER)).andExpect(status().isNotFound());
    }

    @Test
    void theSheetPrintsWithoutSplittingAnItemAndSaysWhenAndInWhatState() throws Exception {
        byte[] xlsx = download(REVIEWER, "/api/roadmaps/{id}/xlsx", iki());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getFooter().getLeft()).contains("印刷", "&D");
            assertThat(sheet.getFooter().getRight()).isEqualTo("公開");
            int[] breaks = sheet.getRowBreaks();
            assertThat(breaks).as("Iki's roadmap takes more than one A3 page").isNotEmpty();
            for (int b : breaks) {
                int next = b + 1;
                assertThat(sheet.getRow(next).getCell(1).getStringCellValue()).as("row after the break %d starts an item", b)
                        .isNotEmpty();
                for (CellRangeAddress merged : sheet.getMergedRegions()) {
                    if (merged.getFirstColumn() == 1 && merged.isInRange(next, 1)) {
                        assertThat(merged.getFirstRow()).as("no item split at the break after row %d", b).isEqualTo(next);
                    }
                }
            }
            assertThat(sheet.getColumnWidth(3)).as("達成年度 on one line").isGreaterThanOrEqualTo(20 * 256);
            assertThat(sheet.getRow(1).getHeightInPoints()).as("the notes ①–⑤ fit their row").isGreaterThan(66f);
            List<XSSFShape> shapes = sheet.getDrawingPatriarch().getShapes();
            for (XSSFShape shape : shapes) {
                XSSFClientAnchor anchor = (XSSFClientAnchor) shape.getAnchor();
                if (anchor.getRow1() == anchor.getRow2() && !((XSSFSimpleShape) shape).getText().contains("\n")
                        && ((XSSFSimpleShape) shape).getText().length() < 10) {
                    double rowEmu = sheet.getRow(anchor.getRow1()).getHeightInPoints() * 12700;
                    assertThat(Math.abs(anchor.getDy1() - (rowEmu - anchor.getDy2()))).as("centred in its row")
                            .isLessThanOrEqualTo(12700);
                }
            }
        }
    }

    /**
     * 長崎市 has a submitted 第8期・第9期 roadmap in the demo data; starting its 第9期・第10期 draft must not push
     * the submitted one out of the prefecture's workbook: one summary line and one sheet per roadmap.
     */
    @Test
    void thePrefectureWorkbookKeepsEveryEditionOfAMunicipality() throws Exception {
        RoadmapDocument submitted = system(() -> roadmaps.list().stream()
                .filter(s -> s.municipality().code().value().equals("422011"))
                .filter(s -> s.template().id().equals("nagasaki-8-9")).findFirst()
                .map(s -> roadmaps.get(s.id())).orElseThrow());
        assertThat(submitted.roadmap().items()).isNotEmpty();
        RoadmapDocument draft = fresh("422011", "nagasaki-9-10");
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(
                download(TestActors.prefectureAdmin(), "/api/prefectures/{code}/roadmaps/xlsx", "42")))) {
            XSSFSheet summary = workbook.getSheetAt(0);
            List<Row> nagasaki = new java.util.ArrayList<>();
            for (Row row : summary) {
                if ("422011".equals(text(summary, row.getRowNum(), 0))) {
                    nagasaki.add(row);
                }
            }
            assertThat(nagasaki).extracting(r -> r.getCell(2).getStringCellValue())
                    .containsExactly(submitted.template().name(), draft.template().name());
            assertThat(nagasaki).extracting(r -> r.getCell(11).getNumericCellValue())
                    .containsExactly((double) submitted.roadmap().items().size(), 0.0);
            assertThat(nagasaki).extracting(r -> r.getCell(12).getStringCellValue()).containsExactly("提出済", "作成中");
            List<String> sheets = nagasaki.stream().map(r -> r.getCell(1).getHyperlink().getAddress()).toList();
            assertThat(sheets).doesNotHaveDuplicates();
            XSSFSheet old = workbook.getSheet(sheets.get(0).substring(1, sheets.get(0).indexOf("'!")));
            assertThat(old).as(sheets.get(0)).isNotNull();
            assertThat(old.getSheetName()).contains("長崎市").contains("第8期・第9期");
            assertThat(text(old, 0, 0)).isEqualTo("【長崎市地域包括ケアシステム推進ロードマップ】");
            assertThat(workbook.getSheet(sheets.get(1).substring(1, sheets.get(1).indexOf("'!")))).isNotNull();
            assertThat(summary.getColumnWidth(2)).as("the 様式 column holds the longest edition name on one line")
                    .isGreaterThanOrEqualTo(submitted.template().name().length() * 2 * 256);
            assertThat(summary.getRow(2).getCell(2).getCellStyle().getWrapText()).isFalse();
        } finally {
            fresh("422011", null);
        }
    }

    @Test
    void theWholePrefectureHoldsOnlyWhatTheReaderMaySee() throws Exception {
        RoadmapDocument draft = fresh("422037", "nagasaki-9-10");
        try (XSSFWorkbook mine = new XSSFWorkbook(new ByteArrayInputStream(
                download(TestActors.viewerOf("422037"), "/api/prefectures/{code}/roadmaps/xlsx", "42")));
             XSSFWorkbook others = new XSSFWorkbook(new ByteArrayInputStream(
                     download(TestActors.viewerOf("422029"), "/api/prefectures/{code}/roadmaps/xlsx", "42")))) {
            assertThat(mine.getSheet("島原市 第9期・第10期")).as("its own draft, beside its accepted roadmap").isNotNull();
            assertThat(mine.getSheet("島原市 第8期・第9期")).as("its own accepted roadmap").isNotNull();
            for (int i = 0; i < others.getNumberOfSheets(); i++) {
                assertThat(others.getSheetName(i)).as("another municipality's unpublished roadmaps").doesNotStartWith("島原市");
            }
            assertThat(others.getSheet("壱岐市")).as("a published roadmap").isNotNull();
        }
        assertThat(draft).isNotNull();
        mvc.perform(get("/api/prefectures/{code}/roadmaps/xlsx", "42")).andExpect(status().isUnauthorized());
    }

    @Test
    void anUnchangedExportPreviewsAsNothingToApply() throws Exception {
        long id = fresh("422053", "nagasaki-9-10").roadmap().id();
        RequestPostProcessor editor = TestActors.editorOf("422053");
        String preview = upload(editor, "/api/roadmaps/{id}/xlsx", WorkbookGateTest.file("small-roadmap.xlsx"), id)
                .andReturn().getResponse().getContentAsString();
        apply(editor, preview).andExpect(status().isOk());
        long version = read(id).roadmap().version();

        upload(editor, "/api/roadmaps/{id}/xlsx", download(editor, "/api/roadmaps/{id}/xlsx", id), id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.token").value(nullValue()))
                .andExpect(jsonPath("$.problems.length()").value(0))
                .andExpect(jsonPath("$.summary.unchanged").value(2))
                .andExpect(jsonPath("$.summary.added").value(0));
        assertThat(read(id).roadmap().version()).isEqualTo(version);
    }

    @Test
    void importingIkisExportIntoAnotherRoadmapGivesAnIdenticalRoadmap() throws Exception {
        long iki = iki();
        byte[] export = download(REVIEWER, "/api/roadmaps/{id}/xlsx", iki);
        RoadmapDocument target = fresh("422118", "nagasaki-8-9");
        long id = target.roadmap().id();
        RequestPostProcessor editor = TestActors.editorOf("422118");

        String preview = upload(editor, "/api/roadmaps/{id}/xlsx", export, id)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(true))
                .andExpect(jsonPath("$.target.roadmapId").value(id))
                .andExpect(jsonPath("$.target.baseVersion").value(target.roadmap().version()))
                .andExpect(jsonPath("$.summary.added").value(12))
                .andExpect(jsonPath("$.notes[*].code").value(hasItem("xlsx.otherMunicipality")))
                .andReturn().getResponse().getContentAsString();
        assertThat(read(id).roadmap().items()).as("nothing saved before confirmation").isEmpty();

        // The token is its maker's: another editor cannot see or apply it.
        String token = JsonPath.read(preview, "$.token");
        mvc.perform(get("/api/imports/{token}", token).with(TestActors.editorOf("422029"))).andExpect(status().isNotFound());
        mvc.perform(post("/api/imports/{token}", token).with(TestActors.editorOf("422029"))).andExpect(status().isNotFound());

        mvc.perform(get("/api/imports/{token}", token).with(editor)).andExpect(status().isOk())
                .andExpect(jsonPath("$.summary.added").value(12));
        apply(editor, preview).andExpect(status().isOk())
                .andExpect(jsonPath("$.roadmapId").value(id))
                .andExpect(jsonPath("$.items").value(12));
        assertThat(contentOf(read(id))).containsExactlyElementsOf(contentOf(read(iki)));

        apply(editor, preview).andExpect(status().isNotFound())
                .andExpect(jsonPath("$.detail").value(containsString("もう一度ファイルをアップロード")));
    }

    @Test
    void generatedRoadmapsWithManyItemsAndArrowsOnEveryColumnRoundTripThroughTheDatabase() throws Exception {
        SheetRoadmap generated = SheetFixtures.generated("新上五島町", SheetFixtures.NAGASAKI_9_10, 5, 3, 7);
        fresh("424111", null);
        RequestPostProcessor editor = TestActors.editorOf("424111");
        String preview = upload(editor, "/api/municipalities/{code}/roadmaps/xlsx", new WorkbookWriter().roadmap(generated), "424111")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.target.newRoadmap").value(true))
                .andExpect(jsonPath("$.target.templateId").value("nagasaki-9-10"))
                .andExpect(jsonPath("$.summary.added").value(40))
                .andReturn().getResponse().getContentAsString();
        String body = apply(editor, preview)
                .andExpect(status().isCreated())
                .andExpect(header().exists("Location"))
                .andReturn().getResponse().getContentAsString();
        long id = ((Number) JsonPath.read(body, "$.roadmapId")).longValue();
        RoadmapDocument created = read(id);
        assertThat(contentOf(created)).hasSize(40);
        assertThat(SheetRoundTripTest.expected(SheetRoadmap.of(created)))
                .containsExactlyElementsOf(SheetRoundTripTest.expected(generated));

        // Export that roadmap and read it back: identical, so a re-import changes nothing.
        byte[] again = download(editor, "/api/roadmaps/{id}/xlsx", id);
        upload(editor, "/api/roadmaps/{id}/xlsx", again, id).andExpect(jsonPath("$.summary.unchanged").value(40))
                .andExpect(jsonPath("$.applicable").value(false));
    }

    @Test
    void refusesToApplyAPreviewAfterSomeoneElseChangedTheRoadmap() throws Exception {
        RoadmapDocument target = fresh("422126", "nagasaki-9-10");
        long id = target.roadmap().id();
        RequestPostProcessor editor = TestActors.editorOf("422126");
        String preview = upload(editor, "/api/roadmaps/{id}/xlsx", WorkbookGateTest.file("small-roadmap.xlsx"), id)
                .andExpect(jsonPath("$.applicable").value(true)).andReturn().getResponse().getContentAsString();
        system(() -> editing.addItem(id, target.roadmap().version(), new ItemInput("C", "先に保存された項目", "", "", "")));

        apply(editor, preview).andExpect(status().isConflict());
        assertThat(read(id).roadmap().items()).extracting(i -> i.title()).containsExactly("先に保存された項目");
    }

    @Test
    void onlyTheMunicipalitysEditorMayImportAndOnlyIntoAnEditableRoadmap() throws Exception {
        long id = fresh("423084", "nagasaki-9-10").roadmap().id();
        byte[] file = WorkbookGateTest.file("small-roadmap.xlsx");
        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", id).file(new MockMultipartFile("file", "x.xlsx", XLSX, file)))
                .andExpect(status().isUnauthorized());
        upload(TestActors.viewerOf("423084"), "/api/roadmaps/{id}/xlsx", file, id).andExpect(status().isForbidden());
        upload(TestActors.editorOf("422011"), "/api/roadmaps/{id}/xlsx", file, id).andExpect(status().isNotFound());
        upload(TestActors.viewerOf("423084"), "/api/municipalities/{code}/roadmaps/xlsx", file, "423084")
                .andExpect(status().isForbidden());
        upload(TestActors.editorOf("422011"), "/api/municipalities/{code}/roadmaps/xlsx", file, "423084")
                .andExpect(status().isForbidden());
        // Iki's roadmap is published: locked until it is reopened.
        upload(TestActors.editorOf("422100"), "/api/roadmaps/{id}/xlsx", file, iki()).andExpect(status().isConflict());
        assertThat(read(id).roadmap().items()).isEmpty();
    }

    @Test
    void listsEveryUnreadableCellAndOffersNoToken() throws Exception {
        RoadmapDocument target = fresh("422134", "nagasaki-9-10");
        byte[] bad;
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(WorkbookGateTest.file("small-roadmap.xlsx")));
             ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            sheet.getRow(4).getCell(3).setCellValue("来年度");           // D5: unreadable year
            sheet.getRow(6).getCell(3).setCellValue("2035");             // D7: not selectable
            sheet.getRow(6).getCell(1).setCellValue("");                 // B7: item without a name
            workbook.write(out);
            bad = out.toByteArray();
        }
        upload(TestActors.editorOf("422134"), "/api/roadmaps/{id}/xlsx", bad, target.roadmap().id())
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.token").value(nullValue()))
                .andExpect(jsonPath("$.problems[?(@.cell == '長与町!D5')].code").value(hasItem("fiscalYear.unreadable")))
                .andExpect(jsonPath("$.problems[?(@.cell == '長与町!D5')].message").value(hasItem(containsString("来年度"))))
                .andExpect(jsonPath("$.problems[?(@.cell == '長与町!D7')].code").value(hasItem("item.achievementYearNotSelectable")))
                .andExpect(jsonPath("$.problems[?(@.cell == '長与町!B7')].code").value(hasItem("item.titleRequired")));
        assertThat(read(target.roadmap().id()).roadmap().items()).isEmpty();
    }

    @Test
    void createsAMunicipalitysRoadmapFromAHandTypedSheet() throws Exception {
        fresh("423076", null);
        RequestPostProcessor editor = TestActors.editorOf("423076");
        String preview = upload(editor, "/api/municipalities/{code}/roadmaps/xlsx", WorkbookGateTest.file("hand-typed.xlsx"), "423076")
                .andExpect(jsonPath("$.applicable").value(true))
                .andExpect(jsonPath("$.summary.added").value(4))
                .andExpect(jsonPath("$.items[3].achievementYear").value("Ｒ１０"))
                .andReturn().getResponse().getContentAsString();
        String body = apply(editor, preview).andExpect(status().isCreated()).andReturn().getResponse().getContentAsString();
        RoadmapDocument created = read(((Number) JsonPath.read(body, "$.roadmapId")).longValue());
        assertThat(created.template().id()).isEqualTo("nagasaki-9-10");
        assertThat(created.roadmap().items().get(3).achievementYear().orElseThrow().value()).isEqualTo(2028);
        assertThat(created.roadmap().items().get(1).arrows().get(1).continues()).isTrue();

        upload(editor, "/api/municipalities/{code}/roadmaps/xlsx", WorkbookGateTest.file("hand-typed.xlsx"), "423076")
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.problems[0].code").value("xlsx.roadmapExists"));
    }

    @Test
    void refusesASheetOfAnotherTemplateEdition() throws Exception {
        RoadmapDocument target = fresh("422142", "nagasaki-8-9");
        upload(TestActors.editorOf("422142"), "/api/roadmaps/{id}/xlsx", WorkbookGateTest.file("small-roadmap.xlsx"),
                target.roadmap().id())
                .andExpect(jsonPath("$.applicable").value(false))
                .andExpect(jsonPath("$.problems[*].code").value(hasItem("xlsx.editionMismatch")));
    }

    @ParameterizedTest(name = "{0}: {1} {2}")
    @CsvSource({
            "not-xlsx.xlsx, 400, xlsx.notXlsx",
            "opendocument.ods, 400, xlsx.notXlsx",
            "old-format.xls, 400, xlsx.oldFormat",
            "encrypted.xlsx, 400, xlsx.encrypted",
            "macro-enabled.xlsm, 400, xlsx.macroEnabled",
            "corrupt.xlsx, 400, xlsx.corrupt",
            "zip-bomb.xlsx, 400, xlsx.zipBomb",
            "no-layout.xlsx, 400, xlsx.noLayout",
            "too-large.xlsx, 413, xlsx.tooLarge"})
    void refusesBadFilesWithAClearMessageAndChangesNothing(String file, int status, String code) throws Exception {
        long id = fresh("422070", "nagasaki-9-10").roadmap().id();
        long version = read(id).roadmap().version();
        upload(TestActors.editorOf("422070"), "/api/roadmaps/{id}/xlsx", WorkbookGateTest.file(file), id)
                .andExpect(status().is(status))
                .andExpect(content().contentTypeCompatibleWith("application/problem+json"))
                .andExpect(jsonPath("$.errors[0].field").value("file"))
                .andExpect(jsonPath("$.errors[0].code").value(code))
                .andExpect(jsonPath("$.errors[0].message").value(not(containsString(code))))
                .andExpect(content().string(not(containsString("Exception"))));
        assertThat(read(id).roadmap().version()).isEqualTo(version);
        assertThat(read(id).roadmap().items()).isEmpty();
    }

    @Test
    void explainsRefusalsInEnglishWhenAsked() throws Exception {
        long id = fresh("422088", "nagasaki-9-10").roadmap().id();
        RequestPostProcessor editor = TestActors.editorOf("422088");
        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", id).param("lang", "en").with(editor)
                        .file(new MockMultipartFile("file", "x.xlsx", XLSX, WorkbookGateTest.file("encrypted.xlsx"))))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].message").value(containsString("Password-protected")));
        mvc.perform(multipart("/api/roadmaps/{id}/xlsx", id).with(editor)).andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[0].code").value("xlsx.none"));
    }

    @Test
    void documentsTheExcelApi() throws Exception {
        mvc.perform(get("/v3/api-docs")).andExpect(status().isOk())
                .andExpect(jsonPath("$.paths['/api/roadmaps/{id}/xlsx']").exists())
                .andExpect(jsonPath("$.paths['/api/prefectures/{code}/roadmaps/xlsx']").exists())
                .andExpect(jsonPath("$.paths['/api/imports/{token}']").exists());
    }

    static String text(XSSFSheet sheet, int row, int col) {
        Row r = sheet.getRow(row);
        Cell c = r == null ? null : r.getCell(col);
        return c == null || c.getCellType() != CellType.STRING ? null : c.getStringCellValue();
    }
}
