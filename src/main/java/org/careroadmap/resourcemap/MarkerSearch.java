package org.careroadmap.resourcemap;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonFormat;
import org.careroadmap.insight.SearchTextFolding;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * The markers a map shows: of the whole filtered set when the page opens, of the part in view as the reader moves
 * (a {@link MapBounds}). One bounded statement each, at most {@link #LIMIT} markers; where there are more,
 * {@code truncated} says so and the reader is asked to zoom in. A first answer that is truncated also carries the
 * extent of the whole set (one more statement), so the first view still fits every marker the list holds. No
 * transaction: each read is one statement.
 */
@Service
public class MarkerSearch {

    /** The most markers one answer carries (a prefecture's clinics are a few hundred; the whole of one, thousands). */
    public static final int LIMIT = 3_000;

    private final JdbcClient jdbc;
    private final SearchTextFolding folding;
    private final Clock clock;

    MarkerSearch(JdbcClient jdbc, SearchTextFolding folding, Clock clock) {
        this.jdbc = jdbc;
        this.folding = folding;
        this.clock = clock;
    }

    /** Where the markers of a set lie: {@code [south, west, north, east]}, Leaflet's order for two corners. */
    @JsonFormat(shape = JsonFormat.Shape.ARRAY)
    public record Extent(BigDecimal south, BigDecimal west, BigDecimal north, BigDecimal east) {
    }

    /**
     * At most {@code limit} markers; {@code truncated} says there were more. {@code extent} is the whole filtered
     * set's where a first answer (no view) could not carry every marker, else null (the markers are the extent).
     */
    public record ViewMarkers(boolean truncated, int limit, @Nullable Extent extent, List<Marker> markers) {
    }

    /** The markers of {@code filter} in {@code scope}, within {@code view} if one is given. */
    public ViewMarkers markers(ResourceScope scope, ResourceFilter filter, @Nullable MapBounds view) {
        return answer(ResourceSearchQuery.of(scope, filter, folding, LocalDate.now(clock)), view, LIMIT);
    }

    ViewMarkers answer(ResourceSearchQuery query, @Nullable MapBounds view, int limit) {
        List<Marker> found = markers(query, view, limit + 1);
        boolean truncated = found.size() > limit;
        Extent extent = truncated && view == null ? extent(query) : null;
        return new ViewMarkers(truncated, limit, extent, truncated ? found.subList(0, limit) : found);
    }

    /** At most {@code limit} markers (resources without coordinates have none), in no set order. */
    List<Marker> markers(ResourceSearchQuery query, @Nullable MapBounds view, int limit) {
        List<Object> params = new ArrayList<>(query.params());
        String within = " AND r.latitude IS NOT NULL AND r.longitude IS NOT NULL";
        if (view != null) {
            within = " AND r.latitude BETWEEN ? AND ? AND r.longitude BETWEEN ? AND ?";
            params.addAll(List.of(view.south(), view.north(), view.west(), view.east()));
        }
        return jdbc.sql("SELECT r.id, r.latitude, r.longitude, r.name FROM resource r WHERE " + query.where() + within
                        + " FETCH FIRST " + limit + " ROWS ONLY")
                .params(params)
                .query((rs, n) -> new Marker(rs.getLong(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getString(4)))
                .list();
    }

    /** Called only when more than {@link #LIMIT} resources with coordinates were found, so never of an empty set. */
    private Extent extent(ResourceSearchQuery query) {
        return jdbc.sql("SELECT MIN(r.latitude), MIN(r.longitude), MAX(r.latitude), MAX(r.longitude) FROM resource r WHERE "
                        + query.where() + " AND r.latitude IS NOT NULL AND r.longitude IS NOT NULL")
                .params(query.params())
                .query((rs, n) -> new Extent(rs.getBigDecimal(1), rs.getBigDecimal(2), rs.getBigDecimal(3), rs.getBigDecimal(4)))
                .single();
    }
}
