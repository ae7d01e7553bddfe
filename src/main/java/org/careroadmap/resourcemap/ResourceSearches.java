package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The map's searches in the database, each one bounded query in list order (municipality, kind, then kana or
 * name): the list reads one page of what it shows, the count stops at
 * {@link ResultCount#CAP}; the API, exports and the booklet read every field and the hours.
 */
@Repository
class ResourceSearches {

    private static final String LISTING_COLUMNS = "r.id, r.municipality_code, r.kind_code, r.name, r.area_code, "
            + "r.latitude, r.longitude, r.address_prefecture, r.address_city, r.address_town, r.address_rest, r.building, "
            + "r.phone, r.night_contact, r.open_24h, r.end_of_life_care, r.confirmed_on";
    /**
     * The list order: municipality, the kind's position, kana or name, id. Stored on the resource (V400) so that
     * {@code resource_list_order_idx} serves it: a page walks the index and stops, whatever the place's size.
     */
    private static final String ORDER = " ORDER BY r.municipality_code, r.kind_position, r.sort_name, r.id";

    private final JdbcClient jdbc;
    private final ResourceStore store;

    ResourceSearches(JdbcClient jdbc, ResourceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /**
     * The place's state in one statement: its resources' count and last change (index-only on
     * {@code resource_changed_idx}), its prefecture's number of kinds, the number of municipalities and its
     * prefecture's municipalities' codes and names (a range of the primary key).
     */
    MapState state(ResourceScope scope) {
        ResourceScope prefecture = new ResourceScope(scope.prefectureCode());
        List<Object> params = new ArrayList<>();
        params.add(scope.prefectureCode());
        params.addAll(prefecture.params());
        params.addAll(scope.params());
        return jdbc.sql("SELECT COUNT(*), MAX(r.updated_at), "
                        + "(SELECT COUNT(*) FROM resource_kind WHERE prefecture_code IS NULL OR prefecture_code = ?), "
                        + "(SELECT COUNT(*) FROM municipality), "
                        + "(SELECT STRING_AGG(m.code || m.name || m.name_en, '/' ORDER BY m.code) FROM municipality m WHERE "
                        + prefecture.condition("m.code") + ") FROM resource r WHERE " + scope.condition("r.municipality_code"))
                .params(params).query(ResourceSearches::state).single();
    }

    private static MapState state(ResultSet rs, int n) throws SQLException {
        Timestamp changed = rs.getTimestamp(2);
        return new MapState(rs.getLong(1) + "/" + changed, rs.getLong(3), rs.getLong(4), rs.getString(5));
    }

    /**
     * At most {@code limit} lines of the list, after skipping {@code offset}. A later page first finds its ids, then
     * reads their lines: the skipped lines are then index entries only ({@code resource_list_order_idx} holds the
     * order and the id; 14 pages for lines 951–1001 of a prefecture instead of 1,014 with a heap row each).
     */
    List<ResourceListing> listings(ResourceSearchQuery query, int offset, int limit) {
        String found = "FROM resource r WHERE " + query.where() + ORDER;
        String sql = offset == 0 ? "SELECT " + LISTING_COLUMNS + " " + found + " FETCH FIRST " + limit + " ROWS ONLY"
                : "SELECT " + LISTING_COLUMNS + " FROM resource r JOIN (SELECT r.id " + found + " OFFSET " + offset
                        + " ROWS FETCH NEXT " + limit + " ROWS ONLY) page ON page.id = r.id" + ORDER;
        return jdbc.sql(sql).params(query.params()).query(ResourceSearches::listing).list();
    }

    /** How many resources the search finds, reading no more than {@link ResultCount#CAP} + 1 of them. */
    ResultCount count(ResourceSearchQuery query) {
        Integer counted = jdbc.sql("SELECT COUNT(*) FROM (SELECT r.id FROM resource r WHERE " + query.where()
                        + " FETCH FIRST " + (ResultCount.CAP + 1) + " ROWS ONLY) found")
                .params(query.params()).query(Integer.class).single();
        return ResultCount.counted(counted == null ? 0 : counted);
    }

    /** At most {@code limit} resources with every field and their hours. */
    List<Resource> resources(ResourceSearchQuery query, int limit) {
        return resources(query, 0, limit);
    }

    /** At most {@code limit} resources with every field and their hours, after skipping {@code offset}. */
    List<Resource> resources(ResourceSearchQuery query, int offset, int limit) {
        return store.withHours(select(ResourceStore.COLUMNS, query, offset, limit, ResourceStore::row));
    }

    private <T> List<T> select(String columns, ResourceSearchQuery query, int offset, int limit, RowMapper<T> rows) {
        return jdbc.sql("SELECT " + columns + " FROM resource r WHERE "
                        + query.where() + ORDER + " OFFSET " + offset + " ROWS FETCH NEXT " + limit + " ROWS ONLY")
                .params(query.params()).query(rows).list();
    }

    /** The distinct services offered within a scope, for the filter's choices (kept by the caller under the place's state). */
    List<String> distinctServices(ResourceScope scope) {
        List<String> values = jdbc.sql("SELECT DISTINCT r.services FROM resource r WHERE " + scope.condition("r.municipality_code"))
                .params(scope.params()).query(String.class).list();
        TreeSet<String> distinct = new TreeSet<>();
        for (String v : values) {
            for (String part : v.split(";")) {
                if (!part.isBlank()) {
                    distinct.add(part);
                }
            }
        }
        return List.copyOf(distinct);
    }

    private static ResourceListing listing(ResultSet rs, int n) throws SQLException {
        BigDecimal lat = rs.getBigDecimal("latitude");
        BigDecimal lng = rs.getBigDecimal("longitude");
        java.sql.Date confirmed = rs.getDate("confirmed_on");
        return new ResourceListing(rs.getLong("id"), rs.getString("municipality_code"), rs.getString("kind_code"),
                rs.getString("name"), rs.getString("area_code"), lat == null || lng == null ? null : new Coordinates(lat, lng),
                new Address(null, rs.getString("address_prefecture"), rs.getString("address_city"), rs.getString("address_town"),
                        rs.getString("address_rest"), rs.getString("building")),
                rs.getString("phone"), rs.getString("night_contact"), rs.getBoolean("open_24h"),
                rs.getBoolean("end_of_life_care"), confirmed == null ? null : confirmed.toLocalDate());
    }
}
