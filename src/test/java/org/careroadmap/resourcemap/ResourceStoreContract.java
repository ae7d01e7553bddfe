package org.careroadmap.resourcemap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The resource store against a real database: H2 and PostgreSQL run the same contract. */
abstract class ResourceStoreContract {

    static final String IKI = "422100";

    @Autowired
    ResourceStore store;
    @Autowired
    ResourceSearches searches;
    @Autowired
    MapSearch mapSearch;
    @Autowired
    MarkerSearch markerSearch;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ResourceKinds kinds;

    static final String NAGASAKI_CITY = "422011";

    static final String ADDED_KIND = "order-test-kind";

    @BeforeEach
    @AfterEach
    void empty() {
        jdbc.sql("DELETE FROM resource WHERE municipality_code = ? OR source_id LIKE 'PREF-%'").param(IKI).update();
        jdbc.sql("DELETE FROM resource_kind WHERE code = ?").param(ADDED_KIND).update();
    }

    static ResourceContent content(String id, String kind, String name, Map<Integer, List<TimeRange>> hours, NightCare night,
                                   List<String> services) {
        return new ResourceContent(id, kind, name, "テスト", "Test", new Address("811-5100", "長崎県", "壱岐市", "郷ノ浦町", "本村触1", "2階"),
                new Coordinates(new BigDecimal("33.7491"), new BigDecimal("129.6914")),
                new Contact("000-0000-0001", "12", "000-0000-0002", "a@example.org", "https://example.org/form", "https://example.org"),
                "0123456789012", "テスト法人", "01B0100011", services, new WeeklyHours(hours), "月火水木金", "祝日休み",
                "25", "19", true, true, night, "01", "備考");
    }

    private long insert(ResourceContent c) {
        return store.insert(IKI, c, c.searchableText(), LocalDate.of(2026, 4, 1), "tester", "tester", Instant.now());
    }

    @Test
    void keepsEveryFieldAndTheHoursExactlyAsSaved() {
        ResourceContent c = content("R1", "clinic", "テスト診療所", Map.of(1, WeeklyHours.parseDay("09:00-12:00, 14:00-18:00"),
                6, WeeklyHours.parseDay("09:00-12:00")), new NightCare("000-9999-0000", "往診可", true, true, true, true),
                List.of("内科", "在宅医療"));
        long id = insert(c);

        Resource r = store.find(id).orElseThrow();
        assertThat(ContentFields.of(r.content())).isEqualTo(ContentFields.of(c));
        assertThat(r.content().officeCode()).isEqualTo("01B0100011");
        assertThat(r.content().corporateNumber()).isEqualTo("0123456789012");
        assertThat(r.confirmedOn()).isEqualTo(LocalDate.of(2026, 4, 1));
        assertThat(r.version()).isEqualTo(1);
    }

    @Test
    void searchesByKindServiceOpeningTimeNightContactAndWords() {
        insert(content("A", "clinic", "あおぞら診療所", Map.of(2, WeeklyHours.parseDay("09:00-12:00")), NightCare.NONE, List.of("内科")));
        insert(content("B", "visiting-nursing", "しおかぜ訪問看護", Map.of(2, WeeklyHours.parseDay("08:30-17:30")),
                new NightCare("000-1", null, true, false, true, false), List.of("訪問看護")));
        insert(content("C", "clinic", "つばき診療所", Map.of(3, WeeklyHours.parseDay("14:00-18:00")), NightCare.NONE, List.of("小児科")));

        assertThat(names(new ResourceFilter("clinic", null, null, null, null, false, false, false, false, null), List.of()))
                .containsExactly("あおぞら診療所", "つばき診療所");
        assertThat(names(new ResourceFilter(null, "内科", null, null, null, false, false, false, false, null), List.of()))
                .containsExactly("あおぞら診療所");
        assertThat(names(new ResourceFilter(null, null, null, 2, 11 * 60, false, false, false, false, null), List.of()))
                .containsExactlyInAnyOrder("あおぞら診療所", "しおかぜ訪問看護");
        assertThat(names(new ResourceFilter(null, null, null, 2, 12 * 60, false, false, false, false, null), List.of()))
                .as("12:00 is closing time").containsExactly("しおかぜ訪問看護");
        assertThat(names(new ResourceFilter(null, null, null, null, null, true, false, true, false, null), List.of()))
                .containsExactly("しおかぜ訪問看護");
        assertThat(names(ResourceFilter.NONE, List.of("つばき"))).containsExactly("つばき診療所");
        assertThat(names(ResourceFilter.NONE, List.of("100%_"))).isEmpty();
        assertThat(names(new ResourceFilter(null, null, "01", null, null, false, false, false, false, null), List.of())).hasSize(3);
    }

    @Test
    void aPrefectureFindsEachOfItsMunicipalitiesInCodeOrderAndTheListOnlyWhatItShows() {
        insert(content("PREF-1", "clinic", "県内検索 壱岐の診療所", Map.of(6, WeeklyHours.parseDay("09:00-12:00")),
                new NightCare("000-2222-0001", null, false, false, true, false), List.of("内科")));
        store.insert(NAGASAKI_CITY, content("PREF-2", "clinic", "県内検索 長崎の診療所", Map.of(), NightCare.NONE, List.of("外科")),
                "県内検索 長崎の診療所", LocalDate.of(2026, 4, 1), "tester", "tester", Instant.now());

        ResourceSearchQuery query = ResourceSearchQuery.of(new ResourceScope("42"), ResourceFilter.NONE, List.of("県内検索"),
                LocalDate.of(2025, 1, 1));
        List<ResourceListing> listed = searches.listings(query, 0, 100);
        assertThat(listed).extracting(ResourceListing::municipalityCode).containsExactly(NAGASAKI_CITY, IKI);
        ResourceListing iki = listed.get(1);
        assertThat(iki.reachable()).isTrue();
        assertThat(iki.endOfLifeCare()).isTrue();
        assertThat(iki.address().joined()).isEqualTo("長崎県壱岐市郷ノ浦町本村触1 2階");
        assertThat(iki.coordinates()).isEqualTo(new Coordinates(new BigDecimal("33.7491"), new BigDecimal("129.6914")));
        assertThat(iki.confirmationOverdue(LocalDate.of(2026, 5, 1))).isFalse();
        assertThat(listed.get(0).reachable()).isFalse();
        assertThat(searches.listings(query, 0, 1)).as("bounded").extracting(ResourceListing::municipalityCode)
                .containsExactly(NAGASAKI_CITY);
        assertThat(searches.listings(query, 1, 1)).as("after an offset").extracting(ResourceListing::municipalityCode)
                .containsExactly(IKI);
        assertThat(searches.count(query)).isEqualTo(ResultCount.exactly(2));
        assertThat(searches.resources(query, 1, 5)).as("the API's page after an offset").extracting(Resource::municipalityCode)
                .containsExactly(IKI);
        assertThat(markerSearch.markers(query, null, 10)).extracting(Marker::name).containsExactlyInAnyOrder("県内検索 壱岐の診療所",
                "県内検索 長崎の診療所");
        assertThat(searches.distinctServices(new ResourceScope("42"))).contains("内科", "外科");
        assertThat(store.tally("42")).extracting(ResourceStore.Tally::municipalityCode).contains(NAGASAKI_CITY, IKI);
    }

    @Test
    void aWeekdayAloneFindsWhatOpensThatDayAndWhatIsOpenDayAndNight() {
        insert(content("D1", "clinic", "火曜の診療所", Map.of(2, WeeklyHours.parseDay("09:00-12:00")), NightCare.NONE, List.of()));
        insert(content("D2", "clinic", "水曜の診療所", Map.of(3, WeeklyHours.parseDay("09:00-12:00")), NightCare.NONE, List.of()));
        insert(content("D3", "facility", "終日の施設", Map.of(), new NightCare(null, null, true, false, false, false), List.of()));

        assertThat(names(new ResourceFilter(null, null, null, 2, null, false, false, false, false, null), List.of()))
                .containsExactly("火曜の診療所", "終日の施設");
        assertThat(names(new ResourceFilter(null, null, null, 2, 13 * 60, false, false, false, false, null), List.of()))
                .containsExactly("終日の施設");
        assertThat(names(new ResourceFilter(null, null, null, 3, 9 * 60, false, false, false, false, null), List.of()))
                .as("opening minute is open").containsExactly("水曜の診療所", "終日の施設");
    }

    private List<String> names(ResourceFilter filter, List<String> words) {
        ResourceSearchQuery query = ResourceSearchQuery.of(new ResourceScope(IKI), filter, words, LocalDate.of(2025, 1, 1));
        List<String> full = searches.resources(query, 100).stream().map(r -> r.content().name()).toList();
        assertThat(searches.listings(query, 0, 100)).extracting(ResourceListing::name).as("the list finds what the API finds")
                .containsExactlyElementsOf(full);
        return full;
    }

    @Test
    void aChangeBasedOnAnOldVersionChangesNothing() {
        ResourceContent c = content("V", "pharmacy", "テスト薬局", Map.of(), NightCare.NONE, List.of());
        long id = insert(c);
        ResourceContent renamed = content("V", "pharmacy", "テスト薬局（新）", Map.of(5, WeeklyHours.parseDay("10:00-11:00")),
                NightCare.NONE, List.of());

        assertThat(store.update(id, 1, renamed, renamed.searchableText(), "a", Instant.now())).isTrue();
        assertThat(store.update(id, 1, c, c.searchableText(), "b", Instant.now())).isFalse();
        Resource r = store.find(id).orElseThrow();
        assertThat(r.content().name()).isEqualTo("テスト薬局（新）");
        assertThat(r.content().hours().text(5)).isEqualTo("10:00-11:00");
        assertThat(r.version()).isEqualTo(2);
        assertThat(store.confirm(id, 1, LocalDate.of(2026, 5, 1), "x", Instant.now())).isFalse();
        assertThat(store.delete(id, 1)).isFalse();
        assertThat(store.delete(id, 2)).isTrue();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM resource_hours WHERE resource_id = ?").param(id).query(Long.class).single()).isZero();
    }

    @Test
    void theSameIdTwiceInOneMunicipalityIsRefusedByTheDatabase() {
        insert(content("DUP", "pharmacy", "一つ目", Map.of(), NightCare.NONE, List.of()));
        assertThatThrownBy(() -> insert(content("DUP", "pharmacy", "二つ目", Map.of(), NightCare.NONE, List.of())))
                .isInstanceOf(DuplicateKeyException.class);
    }

    @Test
    void listsTheDistinctServicesOfAMunicipality() {
        insert(content("S1", "clinic", "一", Map.of(), NightCare.NONE, List.of("内科", "小児科")));
        insert(content("S2", "clinic", "二", Map.of(), NightCare.NONE, List.of("内科", "整形外科")));
        assertThat(searches.distinctServices(new ResourceScope(IKI))).containsExactly("内科", "小児科", "整形外科");
    }

    @Test
    void aViewsMarkersAreThoseInsideItsBoxAndOnlyAWholeSetTooLargeForOneAnswerCarriesItsExtent() {
        long southWest = placed("V1", "33.70", "129.60");
        long southEast = placed("V2", "33.70", "129.80");
        long north = placed("V3", "33.90", "129.60");
        ResourceSearchQuery query = ResourceSearchQuery.of(new ResourceScope("42"), ResourceFilter.NONE, List.of("範囲テスト"),
                LocalDate.of(2025, 1, 1));

        assertThat(markerSearch.answer(query, MapBounds.parse("129.55,33.65,129.65,33.75"), 10).markers())
                .extracting(Marker::id).containsExactly(southWest);
        assertThat(markerSearch.answer(query, MapBounds.parse("129.6,33.7,129.8,33.9"), 10).markers()).as("edges are inside")
                .extracting(Marker::id).containsExactlyInAnyOrder(southWest, southEast, north);

        MarkerSearch.ViewMarkers whole = markerSearch.answer(query, null, 3);
        assertThat(whole.truncated()).isFalse();
        assertThat(whole.extent()).as("the markers are the extent").isNull();
        MarkerSearch.ViewMarkers cut = markerSearch.answer(query, null, 2);
        assertThat(cut.truncated()).isTrue();
        assertThat(cut.markers()).hasSize(2);
        MarkerSearch.Extent extent = java.util.Objects.requireNonNull(cut.extent());
        assertThat(List.of(extent.south(), extent.west(), extent.north(), extent.east())).usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("33.7"), new BigDecimal("129.6"), new BigDecimal("33.9"), new BigDecimal("129.8"));
        MarkerSearch.ViewMarkers cutView = markerSearch.answer(query, MapBounds.parse("129,33,130,34"), 2);
        assertThat(cutView.truncated()).isTrue();
        assertThat(cutView.extent()).as("a view's answer is about the view").isNull();
    }

    @Test
    void thePlacesStateHoldsThePrefecturesMunicipalitiesNamesAsTheDirectoryWritesThemAndFollowsARename() {
        List<org.careroadmap.reference.Municipality> nagasaki = jdbc.sql("SELECT code, name, name_en FROM municipality "
                        + "WHERE prefecture_code = '42'")
                .query((rs, n) -> new org.careroadmap.reference.Municipality(
                        new org.careroadmap.reference.MunicipalityCode(rs.getString(1)), rs.getString(2), rs.getString(3), "42"))
                .list();
        MapState before = searches.state(new ResourceScope(IKI));
        assertThat(before.places()).isEqualTo(MapState.places(nagasaki)).contains("422100壱岐市Iki City");
        assertThat(searches.state(new ResourceScope("42")).places()).isEqualTo(before.places());
        try {
            jdbc.sql("UPDATE municipality SET name = '壱岐町' WHERE code = ?").param(IKI).update();
            assertThat(searches.state(new ResourceScope(IKI)).places()).as("a rename of the same length")
                    .contains("422100壱岐町Iki City").isNotEqualTo(before.places());
        } finally {
            jdbc.sql("UPDATE municipality SET name = '壱岐市' WHERE code = ?").param(IKI).update();
        }
    }

    private long placed(String id, String lat, String lng) {
        long resource = insert(content(id, "clinic", "範囲テスト " + id, Map.of(), NightCare.NONE, List.of()));
        jdbc.sql("UPDATE resource SET latitude = ?, longitude = ? WHERE id = ?").params(new BigDecimal(lat), new BigDecimal(lng), resource)
                .update();
        return resource;
    }

    @Test
    void thePlacesStateMovesWithEveryResourceAndCountsKindsAndMunicipalities() {
        MapState before = searches.state(new ResourceScope("42"));
        long id = insert(content("ST1", "clinic", "一", Map.of(), NightCare.NONE, List.of("内科")));
        MapState added = searches.state(new ResourceScope("42"));
        assertThat(added.resources()).isNotEqualTo(before.resources());
        assertThat(added.kinds()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM resource_kind WHERE prefecture_code IS NULL "
                + "OR prefecture_code = '42'").query(Long.class).single());
        assertThat(added.municipalities()).isEqualTo(jdbc.sql("SELECT COUNT(*) FROM municipality").query(Long.class).single());

        MapState iki = searches.state(new ResourceScope(IKI));
        ResourceContent changed = content("ST1", "clinic", "一", Map.of(), NightCare.NONE, List.of("眼科"));
        assertThat(store.update(id, 1, changed, changed.searchableText(), "tester", Instant.now().plusSeconds(1))).isTrue();
        assertThat(searches.state(new ResourceScope(IKI)).resources()).as("same count, later change")
                .isNotEqualTo(iki.resources());
    }

    @Test
    void theServiceChoicesFollowEveryChangeOfThePlace() {
        long id = insert(content("S1", "clinic", "一", Map.of(), NightCare.NONE, List.of("内科")));
        assertThat(services(IKI)).containsExactly("内科");
        assertThat(services("42")).contains("内科");

        ResourceContent changed = content("S1", "clinic", "一", Map.of(), NightCare.NONE, List.of("眼科"));
        assertThat(store.update(id, 1, changed, changed.searchableText(), "tester", Instant.now().plusSeconds(1))).isTrue();
        assertThat(services(IKI)).containsExactly("眼科");
        insert(content("S2", "clinic", "二", Map.of(), NightCare.NONE, List.of("歯科口腔外科")));
        assertThat(services(IKI)).containsExactly("歯科口腔外科", "眼科");
        assertThat(services("42")).contains("眼科", "歯科口腔外科").doesNotContain("内科");

        assertThat(store.delete(id, 2)).isTrue();
        assertThat(services(IKI)).containsExactly("歯科口腔外科");
    }

    private static ResourceContent named(String id, String kind, String name, @Nullable String kana) {
        ResourceContent c = content(id, kind, name, Map.of(), NightCare.NONE, List.of());
        return new ResourceContent(c.sourceId(), c.kindCode(), c.name(), kana, c.nameEn(), c.address(), c.coordinates(),
                c.contact(), c.corporateNumber(), c.corporateName(), c.officeCode(), c.services(), c.hours(), c.availableDays(),
                c.hoursNote(), c.capacity(), c.beds(), c.closedOnHolidays(), c.closedYearEnd(), c.night(), c.areaCode(),
                c.remarks());
    }

    private List<String> listed(ResourceScope scope) {
        ResourceSearchQuery all = ResourceSearchQuery.of(scope, ResourceFilter.NONE, List.of(), LocalDate.of(2025, 1, 1));
        return searches.listings(all, 0, 100).stream().map(ResourceListing::name).toList();
    }

    /** The order the list had before V400 stored it: joined to the kinds and sorted by the kana-or-name expression. */
    private List<String> listedAsBefore(String municipality) {
        return jdbc.sql("SELECT r.name FROM resource r JOIN resource_kind k ON k.code = r.kind_code WHERE r.municipality_code = ? "
                + "ORDER BY k.position, COALESCE(r.name_kana, r.name), r.id").param(municipality).query(String.class).list();
    }

    @Test
    void theListIsInKindOrderThenKanaOrNameThenIdIncludingAKindThePrefectureAddedBetweenTwoNationalOnes() {
        insert(named("O1", "clinic", "上野診療所", "ウエノ"));
        insert(named("O2", "clinic", "イナカ診療所", null));
        insert(named("O3", "clinic", "青木診療所", "アオキ"));
        insert(named("O4", "clinic", "青木第二診療所", "アオキ"));
        insert(named("O5", "hospital", "壱岐病院", "イキ"));
        insert(named("O6", "pharmacy", "あい薬局", "アイ"));
        kinds.add(new ResourceKind(ADDED_KIND, "42", "県の種別", "Prefecture's kind", "other", 15));
        insert(named("O7", ADDED_KIND, "県の種別の事業所", null));

        List<String> expected = List.of("壱岐病院", "県の種別の事業所", "青木診療所", "青木第二診療所", "イナカ診療所", "上野診療所", "あい薬局");
        assertThat(listed(new ResourceScope(IKI))).containsExactlyElementsOf(expected);
        assertThat(listedAsBefore(IKI)).as("the same order as the expression it replaces").containsExactlyElementsOf(expected);

        kinds.add(new ResourceKind(ADDED_KIND + "-2", "42", "もう一つ", "Another", "other", 5));
        try {
            assertThat(listed(new ResourceScope(IKI))).as("a kind added later moves no other kind").containsExactlyElementsOf(expected);
        } finally {
            jdbc.sql("DELETE FROM resource_kind WHERE code = ?").param(ADDED_KIND + "-2").update();
        }
    }

    @Test
    void aKindMovedAroundTheApplicationTakesItsResourcesAlongAndTheDatabaseRefusesAStaleOrder() {
        insert(named("M1", "hospital", "壱岐病院", "イキ"));
        kinds.add(new ResourceKind(ADDED_KIND, "42", "県の種別", "Prefecture's kind", "other", 15));
        insert(named("M2", ADDED_KIND, "県の種別の事業所", null));
        assertThat(listed(new ResourceScope(IKI))).containsExactly("壱岐病院", "県の種別の事業所");

        jdbc.sql("UPDATE resource_kind SET position = 5 WHERE code = ?").param(ADDED_KIND).update();
        assertThat(listed(new ResourceScope(IKI))).containsExactly("県の種別の事業所", "壱岐病院");
        assertThat(listedAsBefore(IKI)).containsExactly("県の種別の事業所", "壱岐病院");

        assertThatThrownBy(() -> jdbc.sql("UPDATE resource SET kind_position = 900 WHERE source_id = 'M1'").update())
                .as("a position that is not the kind's").isInstanceOf(DataIntegrityViolationException.class);
        assertThatThrownBy(() -> jdbc.sql("UPDATE resource SET name_kana = 'ア' WHERE source_id = 'M1'").update())
                .as("a kana the sort name does not follow").isInstanceOf(DataIntegrityViolationException.class);
    }

    @Test
    void aChangedKanaNameOrKindMovesTheResourceInTheList() {
        long first = insert(named("C1", "clinic", "青木診療所", "アオキ"));
        insert(named("C2", "clinic", "上野診療所", "ウエノ"));
        assertThat(listed(new ResourceScope(IKI))).containsExactly("青木診療所", "上野診療所");

        ResourceContent renamed = named("C1", "clinic", "和田診療所", null);
        assertThat(store.update(first, 1, renamed, renamed.searchableText(), "tester", Instant.now())).isTrue();
        assertThat(listed(new ResourceScope(IKI))).as("no kana: the name sorts").containsExactly("上野診療所", "和田診療所");

        ResourceContent hospital = named("C1", "hospital", "和田病院", "ワダ");
        assertThat(store.update(first, 2, hospital, hospital.searchableText(), "tester", Instant.now())).isTrue();
        assertThat(listed(new ResourceScope(IKI))).as("another kind").containsExactly("和田病院", "上野診療所");
        assertThat(listedAsBefore(IKI)).containsExactly("和田病院", "上野診療所");
    }

    @Test
    void theTimeFilterCountsTheOpeningMinuteAndNotTheClosingOneAndAsksTheWeekdayNotTheDate() {
        insert(content("T1", "clinic", "十時に開く", Map.of(6, WeeklyHours.parseDay("10:00-12:00")), NightCare.NONE, List.of()));
        insert(content("T2", "clinic", "十時に閉まる", Map.of(6, WeeklyHours.parseDay("08:00-10:00")), NightCare.NONE, List.of()));
        insert(content("T3", "clinic", "昼休みをはさむ", Map.of(6, WeeklyHours.parseDay("08:00-09:59, 10:01-12:00")),
                NightCare.NONE, List.of()));
        insert(content("T4", "clinic", "夜中まで", Map.of(6, WeeklyHours.parseDay("18:00-24:00")), NightCare.NONE, List.of()));
        insert(content("T5", "clinic", "土曜休み", Map.of(5, WeeklyHours.parseDay("00:00-24:00")), NightCare.NONE, List.of()));
        insert(content("T6", "facility", "終日の施設", Map.of(), new NightCare(null, null, true, false, false, false), List.of()));

        assertThat(names(saturdayAt(10 * 60), List.of())).containsExactly("十時に開く", "終日の施設");
        assertThat(names(saturdayAt(10 * 60 - 1), List.of())).containsExactly("十時に閉まる", "終日の施設");
        assertThat(names(saturdayAt(10 * 60 + 1), List.of())).containsExactly("十時に開く", "昼休みをはさむ", "終日の施設");
        assertThat(names(saturdayAt(23 * 60 + 59), List.of())).containsExactly("夜中まで", "終日の施設");
        assertThat(names(saturdayAt(0), List.of())).as("a range to 24:00 does not run into the next day")
                .containsExactly("終日の施設");
        assertThat(names(new ResourceFilter(null, null, null, 6, null, false, false, false, false, null), List.of()))
                .as("open at all on Saturday; closed on 祝日 (every one here is) is told on its page, not filtered").containsExactly("十時に開く", "十時に閉まる", "昼休みをはさむ", "夜中まで", "終日の施設");
    }

    private static ResourceFilter saturdayAt(int minute) {
        return new ResourceFilter(null, null, null, 6, minute, false, false, false, false, null);
    }

    private List<String> services(String place) {
        return mapSearch.view(new ResourceScope(place), ResourceFilter.NONE, ListPage.FIRST).services();
    }
}
