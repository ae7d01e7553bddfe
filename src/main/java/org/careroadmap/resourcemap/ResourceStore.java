package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The resources in the database: one row per resource, its weekly hours in {@code resource_hours}. Every
 * change names the version it is based on; a stale one changes nothing (the caller answers 409).
 */
@Repository
class ResourceStore {

    static final String COLUMNS = "r.id, r.municipality_code, r.source_id, r.kind_code, r.name, r.name_kana, r.name_en, "
            + "r.postal_code, r.address_prefecture, r.address_city, r.address_town, r.address_rest, r.building, r.latitude, "
            + "r.longitude, r.phone, r.phone_extension, r.fax, r.email, r.form_url, r.url, r.corporate_number, r.corporate_name, "
            + "r.office_code, r.services, r.available_days, r.hours_note, r.capacity, r.beds, r.closed_on_holidays, "
            + "r.closed_year_end, r.night_contact, r.night_note, r.open_24h, r.home_visits, r.end_of_life_care, "
            + "r.palliative_care, r.area_code, r.remarks, r.confirmed_on, r.confirmed_by, r.version, r.updated_at, r.updated_by";

    /** The position of the kind given as the parameter, for the stored list order (see {@link #listOrderValues}). */
    private static final String KIND_POSITION = "(SELECT k.position FROM resource_kind k WHERE k.code = ?)";

    private final JdbcClient jdbc;

    ResourceStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Resource> find(long id) {
        List<Resource> found = jdbc.sql("SELECT " + COLUMNS + " FROM resource r WHERE r.id = ?").param(id)
                .query(ResourceStore::row).list();
        return withHours(found).stream().findFirst();
    }

    List<Resource> ofMunicipality(String municipalityCode) {
        return withHours(jdbc.sql("SELECT " + COLUMNS + " FROM resource r WHERE r.municipality_code = ? ORDER BY r.id")
                .param(municipalityCode).query(ResourceStore::row).list());
    }

    /** Per municipality of a scope: how many resources, and when one last changed. */
    record Tally(String municipalityCode, long count, Instant lastChange) {
    }

    List<Tally> tally(String scope) {
        ResourceScope place = new ResourceScope(scope);
        return jdbc.sql("SELECT municipality_code, COUNT(*), MAX(updated_at) FROM resource WHERE "
                        + place.condition("municipality_code") + " GROUP BY municipality_code ORDER BY municipality_code")
                .params(place.params())
                .query((rs, n) -> new Tally(rs.getString(1), rs.getLong(2), rs.getTimestamp(3).toInstant())).list();
    }

    /** Changes whenever a resource in scope is added, changed or removed (for pages kept in memory). */
    String version(String scope) {
        ResourceScope place = new ResourceScope(scope);
        return jdbc.sql("SELECT COUNT(*), MAX(updated_at) FROM resource WHERE " + place.condition("municipality_code"))
                .params(place.params()).query((rs, n) -> rs.getLong(1) + "/" + rs.getTimestamp(2)).single();
    }

    Optional<Resource> findBySourceId(String municipalityCode, String sourceId) {
        return withHours(jdbc.sql("SELECT " + COLUMNS + " FROM resource r WHERE r.municipality_code = ? AND r.source_id = ?")
                .params(municipalityCode, sourceId).query(ResourceStore::row).list()).stream().findFirst();
    }

    long insert(String municipalityCode, ResourceContent c, String searchText, LocalDate confirmedOn, String confirmedBy,
                String by, Instant now) {
        org.springframework.jdbc.support.GeneratedKeyHolder keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO resource (municipality_code, source_id, kind_code, name, name_kana, name_en, postal_code, "
                        + "address_prefecture, address_city, address_town, address_rest, building, latitude, longitude, phone, "
                        + "phone_extension, fax, email, form_url, url, corporate_number, corporate_name, office_code, services, "
                        + "available_days, hours_note, capacity, beds, closed_on_holidays, closed_year_end, night_contact, "
                        + "night_note, open_24h, home_visits, end_of_life_care, palliative_care, area_code, remarks, kind_position, "
                        + "sort_name, search_text, confirmed_on, confirmed_by, version, updated_at, updated_by) VALUES (?, ?, ?, ?, "
                        + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                        + KIND_POSITION + ", ?, ?, ?, ?, 1, ?, ?)")
                .params(concat(List.of(municipalityCode), contentValues(c), listOrderValues(c), Arrays.asList(searchText,
                        confirmedOn, confirmedBy, Timestamp.from(now), by)))
                .update(keys, "id");
        long id = Objects.requireNonNull(keys.getKey(), "the database returns the new row's id").longValue();
        writeHours(id, c.hours());
        return id;
    }

    /** Replaces the content if the row is still at {@code version}; false if someone changed it meanwhile. */
    boolean update(long id, long version, ResourceContent c, String searchText, String by, Instant now) {
        int rows = jdbc.sql("UPDATE resource SET source_id = ?, kind_code = ?, name = ?, name_kana = ?, name_en = ?, "
                        + "postal_code = ?, address_prefecture = ?, address_city = ?, address_town = ?, address_rest = ?, "
                        + "building = ?, latitude = ?, longitude = ?, phone = ?, phone_extension = ?, fax = ?, email = ?, "
                        + "form_url = ?, url = ?, corporate_number = ?, corporate_name = ?, office_code = ?, services = ?, "
                        + "available_days = ?, hours_note = ?, capacity = ?, beds = ?, closed_on_holidays = ?, closed_year_end = ?, "
                        + "night_contact = ?, night_note = ?, open_24h = ?, home_visits = ?, end_of_life_care = ?, "
                        + "palliative_care = ?, area_code = ?, remarks = ?, kind_position = " + KIND_POSITION + ", sort_name = ?, "
                        + "search_text = ?, version = version + 1, updated_at = ?, updated_by = ? WHERE id = ? AND version = ?")
                .params(concat(contentValues(c), listOrderValues(c), Arrays.asList(searchText, Timestamp.from(now), by, id,
                        version)))
                .update();
        if (rows == 0) {
            return false;
        }
        jdbc.sql("DELETE FROM resource_hours WHERE resource_id = ?").param(id).update();
        writeHours(id, c.hours());
        return true;
    }

    boolean confirm(long id, long version, LocalDate on, String by, Instant now) {
        return jdbc.sql("UPDATE resource SET confirmed_on = ?, confirmed_by = ?, version = version + 1, updated_at = ?, "
                        + "updated_by = ? WHERE id = ? AND version = ?")
                .params(on, by, Timestamp.from(now), by, id, version).update() == 1;
    }

    boolean delete(long id, long version) {
        return jdbc.sql("DELETE FROM resource WHERE id = ? AND version = ?").params(id, version).update() == 1;
    }

    /** A resource's weekly hours in one statement (a multi-row insert), not one per opening: imports write thousands. */
    private void writeHours(long id, WeeklyHours hours) {
        List<Object> values = new ArrayList<>();
        for (Map.Entry<Integer, List<TimeRange>> day : hours.days().entrySet()) {
            for (TimeRange range : day.getValue()) {
                values.addAll(List.of(id, day.getKey(), range.opensAt(), range.closesAt()));
            }
        }
        if (values.isEmpty()) {
            return;
        }
        String rows = String.join(", ", java.util.Collections.nCopies(values.size() / 4, "(?, ?, ?, ?)"));
        jdbc.sql("INSERT INTO resource_hours (resource_id, weekday, opens_at, closes_at) VALUES " + rows)
                .params(values).update();
    }

    List<Resource> withHours(List<Resource> resources) {
        if (resources.isEmpty()) {
            return resources;
        }
        Map<Long, Map<Integer, List<TimeRange>>> hours = new HashMap<>();
        List<Long> ids = resources.stream().map(Resource::id).toList();
        for (int from = 0; from < ids.size(); from += 500) {
            Collection<Long> chunk = ids.subList(from, Math.min(ids.size(), from + 500));
            jdbc.sql("SELECT resource_id, weekday, opens_at, closes_at FROM resource_hours WHERE resource_id IN (:ids)")
                    .param("ids", chunk)
                    .query(rs -> {
                        hours.computeIfAbsent(rs.getLong(1), k -> new TreeMap<>())
                                .computeIfAbsent(rs.getInt(2), k -> new ArrayList<>())
                                .add(new TimeRange(rs.getInt(3), rs.getInt(4)));
                    });
        }
        List<Resource> result = new ArrayList<>(resources.size());
        for (Resource r : resources) {
            Map<Integer, List<TimeRange>> days = hours.get(r.id());
            if (days == null) {
                result.add(r);
            } else {
                ResourceContent c = r.content();
                result.add(new Resource(r.id(), r.municipalityCode(), withHours(c, new WeeklyHours(days)), r.confirmedOn(),
                        r.confirmedBy(), r.version(), r.updatedAt(), r.updatedBy()));
            }
        }
        return result;
    }

    static ResourceContent withHours(ResourceContent c, WeeklyHours hours) {
        return new ResourceContent(c.sourceId(), c.kindCode(), c.name(), c.nameKana(), c.nameEn(), c.address(),
                c.coordinates(), c.contact(), c.corporateNumber(), c.corporateName(), c.officeCode(), c.services(), hours,
                c.availableDays(), c.hoursNote(), c.capacity(), c.beds(), c.closedOnHolidays(), c.closedYearEnd(), c.night(),
                c.areaCode(), c.remarks());
    }

    /**
     * The list order's columns (V400): the kind's position, read from the kind in the same statement (the foreign key
     * on both columns refuses any other), and the kana, else the name, as the list sorts by.
     */
    private static List<Object> listOrderValues(ResourceContent c) {
        return List.of(c.kindCode(), c.nameKana() != null ? c.nameKana() : c.name());
    }

    private static List<Object> contentValues(ResourceContent c) {
        return Arrays.asList(c.sourceId(), c.kindCode(), c.name(), c.nameKana(), c.nameEn(), c.address().postalCode(),
                c.address().prefecture(), c.address().city(), c.address().town(), c.address().rest(), c.address().building(),
                c.coordinates() == null ? null : c.coordinates().latitude(),
                c.coordinates() == null ? null : c.coordinates().longitude(), c.contact().phone(), c.contact().extension(),
                c.contact().fax(), c.contact().email(), c.contact().formUrl(), c.contact().url(), c.corporateNumber(),
                c.corporateName(), c.officeCode(), ";" + String.join(";", c.services()) + ";", c.availableDays(),
                c.hoursNote(), c.capacity(), c.beds(), c.closedOnHolidays(), c.closedYearEnd(), c.night().contact(),
                c.night().note(), c.night().open24h(), c.night().homeVisits(), c.night().endOfLifeCare(),
                c.night().palliativeCare(), c.areaCode(), c.remarks());
    }

    private static List<Object> concat(List<?>... lists) {
        List<Object> all = new ArrayList<>();
        for (List<?> l : lists) {
            all.addAll(l);
        }
        return all;
    }

    static Resource row(ResultSet rs, int n) throws SQLException {
        BigDecimal lat = rs.getBigDecimal("latitude");
        BigDecimal lng = rs.getBigDecimal("longitude");
        String services = rs.getString("services");
        List<String> serviceList = services == null ? List.of()
                : Arrays.stream(services.split(";")).filter(s -> !s.isEmpty()).toList();
        ResourceContent content = new ResourceContent(rs.getString("source_id"), rs.getString("kind_code"),
                rs.getString("name"), rs.getString("name_kana"), rs.getString("name_en"),
                new Address(rs.getString("postal_code"), rs.getString("address_prefecture"), rs.getString("address_city"),
                        rs.getString("address_town"), rs.getString("address_rest"), rs.getString("building")),
                lat == null || lng == null ? null : new Coordinates(lat, lng),
                new Contact(rs.getString("phone"), rs.getString("phone_extension"), rs.getString("fax"), rs.getString("email"),
                        rs.getString("form_url"), rs.getString("url")),
                rs.getString("corporate_number"), rs.getString("corporate_name"), rs.getString("office_code"), serviceList,
                WeeklyHours.NONE, rs.getString("available_days"), rs.getString("hours_note"), rs.getString("capacity"),
                rs.getString("beds"), rs.getBoolean("closed_on_holidays"), rs.getBoolean("closed_year_end"),
                new NightCare(rs.getString("night_contact"), rs.getString("night_note"), rs.getBoolean("open_24h"),
                        rs.getBoolean("home_visits"), rs.getBoolean("end_of_life_care"), rs.getBoolean("palliative_care")),
                rs.getString("area_code"), rs.getString("remarks"));
        java.sql.Date confirmed = rs.getDate("confirmed_on");
        return new Resource(rs.getLong("id"), rs.getString("municipality_code"), content,
                confirmed == null ? null : confirmed.toLocalDate(), rs.getString("confirmed_by"), rs.getLong("version"),
                rs.getTimestamp("updated_at").toInstant(), rs.getString("updated_by"));
    }
}
