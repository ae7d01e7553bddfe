package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import org.careroadmap.platform.csv.FormulaNeutraliser;
import org.careroadmap.platform.InvalidValueException;
import org.junit.jupiter.api.Test;

/** The value objects of the resource map refuse what cannot be true. */
class ResourceValuesTest {

    @Test
    void aPrefectureIsTheRangeOfItsMunicipalityCodesAndAnythingElseIsNoScope() {
        assertThat(new ResourceScope("42").condition("c")).isEqualTo("c >= ? AND c < ?");
        assertThat(new ResourceScope("42").params()).containsExactly("42", "43");
        assertThat(new ResourceScope("09").params()).containsExactly("09", "10");
        assertThat(new ResourceScope("47").params()).containsExactly("47", "48");
        assertThat(new ResourceScope("422100").params()).containsExactly("422100");
        assertThat(new ResourceScope("422100").prefectureCode()).isEqualTo("42");
        for (String wrong : new String[] {"4", "4221", "42210a", "all", "", "4221000"}) {
            assertThatThrownBy(() -> new ResourceScope(wrong)).isInstanceOf(ResourceNotFoundException.class);
        }
        assertThatThrownBy(() -> new ResourceScope(null)).isInstanceOf(ResourceNotFoundException.class);
    }

    @Test
    void readsTimeRangesAsPeopleTypeThem() {
        assertThat(TimeRange.parse("9:00-12:30")).isEqualTo(new TimeRange(540, 750));
        assertThat(TimeRange.parse("０９：００～１７：００")).isEqualTo(new TimeRange(540, 1020));
        assertThat(TimeRange.parse("00:00-24:00").toString()).isEqualTo("00:00-24:00");
    }

    @Test
    void refusesImpossibleTimesAndRangesEndingBeforeTheyStart() {
        assertThatThrownBy(() -> TimeRange.parse("25:00-26:00")).isInstanceOf(InvalidValueException.class)
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.time.impossible");
        assertThatThrownBy(() -> TimeRange.parse("17:00-09:00"))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.time.endBeforeStart");
        assertThatThrownBy(() -> TimeRange.parse("9時から"))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.time.unreadable");
    }

    @Test
    void refusesOverlappingRangesOnOneDay() {
        assertThatThrownBy(() -> new WeeklyHours(Map.of(1, List.of(TimeRange.parse("09:00-13:00"), TimeRange.parse("12:00-18:00")))))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.time.overlap");
    }

    @Test
    void knowsWhetherItIsOpenAtAMoment() {
        WeeklyHours hours = new WeeklyHours(Map.of(2, WeeklyHours.parseDay("09:00-12:00, 14:00-18:00")));
        assertThat(hours.openAt(2, 600)).isTrue();
        assertThat(hours.openAt(2, 750)).isFalse();
        assertThat(hours.openAt(3, 600)).isFalse();
        assertThat(hours.text(2)).isEqualTo("09:00-12:00, 14:00-18:00");
    }

    @Test
    void refusesCoordinatesOutsideJapan() {
        assertThat(new Coordinates(new BigDecimal("33.7861"), new BigDecimal("129.6914")).latitude()).isEqualByComparingTo("33.7861");
        assertThatThrownBy(() -> new Coordinates(new BigDecimal("95.1"), new BigDecimal("129.7")))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.latitude.outside");
        assertThatThrownBy(() -> new Coordinates(new BigDecimal("33.7"), new BigDecimal("-0.1")))
                .extracting(e -> ((InvalidValueException) e).messageKey()).isEqualTo("resourcemap.longitude.outside");
    }

    @Test
    void keepsCodesAsTextWithLettersAndLeadingZeros() {
        assertThat(ResourceContent.officeCode("01B0100011")).isEqualTo("01B0100011");
        assertThat(ResourceContent.corporateNumber("0123456789012")).isEqualTo("0123456789012");
        assertThatThrownBy(() -> ResourceContent.corporateNumber("12345")).isInstanceOf(InvalidValueException.class);
    }

    @Test
    void collectsEveryProblemOfAFormAtOnce() {
        ContentFields.Parsed parsed = ContentFields.parse(Map.of("sourceId", "R1", "kind", "clinic", "name", "",
                "latitude", "33.7", "hours.mon", "25:00-26:00", "phone", "=1+2", "corporateNumber", "12"));
        assertThat(parsed.content()).isNull();
        assertThat(parsed.problems()).extracting(p -> p.field() + " " + p.messageKey()).containsExactlyInAnyOrder(
                "name resourcemap.name.required", "longitude resourcemap.coordinates.half",
                "hours.mon resourcemap.time.impossible", "phone resourcemap.field.formula",
                "corporateNumber resourcemap.corporateNumber.invalid");
    }

    @Test
    void neutralisesFormulaLikeTextForSpreadsheetsAndReadsItBack() {
        assertThat(FormulaNeutraliser.neutralised("=HYPERLINK(\"x\")")).isEqualTo("'=HYPERLINK(\"x\")");
        assertThat(FormulaNeutraliser.neutralised("+81-920")).isEqualTo("'+81-920");
        assertThat(FormulaNeutraliser.neutralised("@SUM")).isEqualTo("'@SUM");
        assertThat(FormulaNeutraliser.neutralised("-")).isEqualTo("'-");
        assertThat(FormulaNeutraliser.neutralised("壱岐")).isEqualTo("壱岐");
        assertThat(FormulaNeutraliser.restored("'+81-920")).isEqualTo("+81-920");
        assertThat(Texts.formulaLike("=1+1")).isTrue();
        assertThat(Texts.formulaLike("+81-920-00")).isFalse();
        assertThat(Texts.formulaLike("-")).isFalse();
    }

    @Test
    void filtersTravelInTheAddressAndComeBackTheSame() {
        ResourceFilter.Parsed parsed = ResourceFilter.parse(Map.of("kind", "visiting-nursing", "night", "1", "day", "tue",
                "time", "10:30", "q", "訪問 看護"));
        assertThat(parsed.problems()).isEmpty();
        String query = parsed.filter().queryString();
        assertThat(query).isEqualTo("q=%E8%A8%AA%E5%95%8F+%E7%9C%8B%E8%AD%B7&kind=visiting-nursing&day=tue&time=10%3A30&night=1");
        assertThat(ResourceFilter.parse(parsed.filter().parameters()).filter()).isEqualTo(parsed.filter());
    }

    @Test
    void reportsFilterPartsItCannotRead() {
        ResourceFilter.Parsed parsed = ResourceFilter.parse(Map.of("day", "someday", "time", "25:00"));
        assertThat(parsed.problems()).extracting(p -> p.field()).contains("day", "time");
        assertThat(parsed.filter().weekday()).isNull();
        assertThat(parsed.filter().minute()).isNull();
    }

    @Test
    void demoDataIsMarkedAndUsesNoRealLookingPhoneNumbers() {
        List<ResourceContent> demo = DemoResources.generate();
        assertThat(demo).hasSizeBetween(55, 65);
        assertThat(demo).allSatisfy(c -> {
            assertThat(c.remarks()).contains("【デモ用の架空データ】");
            assertThat(c.contact().phone()).startsWith("000-");
            assertThat(c.coordinates().latitude()).isBetween(new BigDecimal("33.75"), new BigDecimal("33.85"));
            assertThat(c.coordinates().longitude()).isBetween(new BigDecimal("129.65"), new BigDecimal("129.80"));
        });
        assertThat(demo.stream().map(ResourceContent::name).distinct().count()).isEqualTo(demo.size());
        assertThat(demo.stream().map(ResourceContent::kindCode).distinct().count()).isGreaterThanOrEqualTo(12);
    }
}
