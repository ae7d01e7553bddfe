package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.TreeSet;

import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The map's searches in the database, each one bounded query in list order (municipality, kind, then kana or
 * name): the list and its markers read only what the list shows; the API, exports and the booklet read every
 * field and the hours.
 */
@Repository
class ResourceSearches {

    private static final String LISTING_COLUMNS = "r.id, r.municipality_code, r.kind_code, r.name, r.area_code, "
            + "r.latitude, r.longitude, r.address_prefecture, r.address_city, r.address_town, r.address_rest, r.building, "
            + "r.phone, r.night_contact, r.open_24h, r.end_of_life_care, r.confirmed_on";

    private final JdbcClient jdbc;
    private final ResourceStore store;
    private final ServiceChoices serviceChoices = new ServiceChoices();

    ResourceSearches(JdbcClient jdbc, ResourceStore store) {
        this.jdbc = jdbc;
        this.store = store;
    }

    /** At most {@code limit} lines of the list. */
    List<ResourceListing> listings(ResourceSearchQuery query, int limit) {
        return select(LISTING_COLUMNS, query, limit, ResourceSearches::listing);
    }

    /** At most {@code limit} resources with every field and their hours. */
    List<Resource> resources(ResourceSearchQuery query, int limit) {
        return store.withHours(select(ResourceStore.COLUMNS, query, limit, ResourceStore::row));
    }

    private <T> List<T> select(String columns, ResourceSearchQuery query, int limit, RowMapper<T> rows) {
        return jdbc.sql("SELECT " + columns + " FROM resource r JOIN resource_kind k ON k.code = r.kind_code WHERE "
                        + query.where() + " ORDER BY r.municipality_code, k.position, COALESCE(r.name_kana, r.name), r.id "
                        + "FETCH FIRST " + limit + " ROWS ONLY")
                .params(query.params()).query(rows).list();
    }

    /** The distinct services offered within a scope, for the filter's choices (kept under the scope's data version). */
    List<String> services(ResourceScope scope) {
        return serviceChoices.of(scope.code(), store.version(scope.code()), () -> distinctServices(scope));
    }

    private List<String> distinctServices(ResourceScope scope) {
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
