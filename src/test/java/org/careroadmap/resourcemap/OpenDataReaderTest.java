package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

/** Reading the national open-data layouts, in both encodings, from fixture files made from the column lists. */
class OpenDataReaderTest {

    static final List<ResourceKind> KINDS = List.of(
            new ResourceKind("hospital", null, "病院", "Hospital", "hospital", 10),
            new ResourceKind("clinic", null, "診療所", "Clinic", "hospital", 20),
            new ResourceKind("dental", null, "歯科診療所", "Dental clinic", "hospital", 30),
            new ResourceKind("visiting-nursing", null, "訪問看護ステーション", "Home-visit nursing", "care_service", 50),
            new ResourceKind("care-management", null, "居宅介護支援事業所", "Care management", "care_service", 60),
            new ResourceKind("day-service", null, "通所介護", "Day service", "care_service", 80),
            new ResourceKind("short-stay", null, "短期入所", "Short stay", "care_service", 90));

    static byte[] fixture(String name) {
        try (InputStream in = OpenDataReaderTest.class.getResourceAsStream("/opendata/" + name)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static OpenDataReader.Result read(String name) {
        return OpenDataReader.read(fixture(name), "422100", KINDS, 1000);
    }

    @Test
    void readsTheCurrentCareLayoutInUtf8WithBomAndMergesAnOfficeListedOncePerService() {
        OpenDataReader.Result result = read("care_current_utf8bom.csv");

        assertThat(result.layout()).isEqualTo(OpenDataLayout.CARE_CURRENT);
        assertThat(result.encoding()).isEqualTo("UTF-8 (BOM)");
        assertThat(result.problems()).isEmpty();
        assertThat(result.recordCount()).isEqualTo(3);
        assertThat(result.rows()).hasSize(2);
        Map<String, String> nursing = result.rows().get(0).fields();
        assertThat(nursing.get("sourceId")).isEqualTo("C001");
        assertThat(nursing.get("officeCode")).isEqualTo("42B0100011");
        assertThat(nursing.get("services")).isEqualTo("訪問看護;介護予防訪問看護");
        assertThat(nursing.get("kind")).isEqualTo("visiting-nursing");
        assertThat(result.rows().get(1).fields().get("remarks")).isEqualTo("送迎あり\n【テスト用の架空データ】");
        assertThat(result.rows().get(1).line()).isEqualTo(4);
    }

    @Test
    void readsTheSameFileInCp932AsInUtf8() {
        OpenDataReader.Result cp932 = read("care_current_cp932.csv");
        OpenDataReader.Result utf8 = read("care_current_utf8bom.csv");

        assertThat(cp932.encoding()).isEqualTo("Shift_JIS (cp932)");
        assertThat(cp932.rows().stream().map(OpenDataReader.Row::fields).toList())
                .isEqualTo(utf8.rows().stream().map(OpenDataReader.Row::fields).toList());
    }

    @Test
    void readsTheOlderCareLayoutWithTheJoinedAddressInBothEncodings() {
        for (String name : List.of("care_old_utf8.csv", "care_old_cp932.csv")) {
            OpenDataReader.Result result = read(name);
            assertThat(result.layout()).isEqualTo(OpenDataLayout.CARE_OLD);
            assertThat(result.problems()).as(name).isEmpty();
            assertThat(result.rows()).hasSize(2);
            assertThat(result.rows().get(0).fields()).containsEntry("addressRest", "長崎県壱岐市芦辺町芦辺浦3")
                    .containsEntry("kind", "care-management").containsEntry("sourceId", "1");
            assertThat(result.rows().get(1).fields()).containsEntry("kind", "short-stay");
        }
    }

    @Test
    void readsHospitalsWithWeekdaysAndSeveralTimeRangesAndNamesUnknownColumns() {
        OpenDataReader.Result result = read("hospital_current_utf8.csv");

        assertThat(result.layout()).isEqualTo(OpenDataLayout.HOSPITAL_CURRENT);
        assertThat(result.problems()).isEmpty();
        assertThat(result.ignoredColumns()).containsExactly("災害拠点分類");
        Map<String, String> hospital = result.rows().get(0).fields();
        assertThat(hospital).containsEntry("kind", "hospital").containsEntry("hours.mon", "09:00-17:00")
                .containsEntry("nightNote", "救急外来（24時間）").containsEntry("services", "内;外;整外").containsEntry("beds", "120");
        assertThat(hospital).doesNotContainKey("hours.sat");
        Map<String, String> clinic = result.rows().get(1).fields();
        assertThat(clinic).containsEntry("kind", "clinic").containsEntry("hours.sat", "09:00-12:00, 14:00-18:00");
        ResourceContent content = ContentFields.parse(clinic).content();
        assertThat(content.hours().on(6)).containsExactly(new TimeRange(540, 720), new TimeRange(840, 1080));
    }

    @Test
    void readsTheOlderHospitalLayoutInCp932() {
        OpenDataReader.Result result = read("hospital_old_cp932.csv");

        assertThat(result.layout()).isEqualTo(OpenDataLayout.HOSPITAL_OLD);
        assertThat(result.problems()).isEmpty();
        Map<String, String> dental = result.rows().get(0).fields();
        assertThat(dental).containsEntry("kind", "dental").containsEntry("hours.wed", "09:00-18:30")
                .doesNotContainKey("hours.tue");
    }

    @Test
    void namesTheLineAndColumnOfEveryProblemInAFile() {
        OpenDataReader.Result result = read("hospital_problems.csv");

        assertThat(result.problems()).extracting(p -> p.line() + " " + p.column() + " " + p.messageKey()).contains(
                "2 医療機関の種類 resourcemap.import.kindUnknown",
                "3 緯度 resourcemap.latitude.outside",
                "4 診療開始時間 resourcemap.time.impossible",
                "5 診療開始時間 resourcemap.time.endBeforeStart",
                "6 ID resourcemap.import.duplicateId",
                "7 名称 resourcemap.field.formula");
    }

    @Test
    void refusesHeadersOfNeitherLayout() {
        byte[] csv = "名前,住所\nA,B\n".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> OpenDataReader.read(csv, "422100", KINDS, 100))
                .isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.import.layoutUnknown");
    }

    @Test
    void refusesAFileThatDecodesToGarbage() {
        byte[] binary = new byte[] {0x00, 0x01, (byte) 0xff, (byte) 0xfe, 0x02, 0x41, 0x2c, 0x42};
        assertThatThrownBy(() -> OpenDataReader.read(binary, "422100", KINDS, 100))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.import.encoding");
        byte[] utf16 = "全国地方公共団体コード,ID\n".getBytes(StandardCharsets.UTF_16LE);
        assertThatThrownBy(() -> OpenDataReader.read(utf16, "422100", KINDS, 100)).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void refusesMoreRowsThanTheLimit() {
        assertThatThrownBy(() -> OpenDataReader.read(fixture("care_current_utf8bom.csv"), "422100", KINDS, 2))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.import.tooManyRows");
    }

    @Test
    void reportsRowsOfAnotherMunicipality() {
        OpenDataReader.Result result = OpenDataReader.read(fixture("care_old_utf8.csv"), "422011", KINDS, 100);
        assertThat(result.problems()).extracting(OpenDataReader.Problem::messageKey).contains("resourcemap.import.otherMunicipality");
    }
}
