package org.careroadmap.resourcemap;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.careroadmap.platform.csv.CsvWriter;
import org.careroadmap.reference.MunicipalityCode;
import org.careroadmap.reference.ReferenceData;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

/**
 * Open-data export of a municipality's resources (all, or the current filter): the current national layouts as
 * CSV (UTF-8 with BOM, 全国地方公共団体コード first, every cell quoted and formula-like text neutralised) and
 * GeoJSON. What an import reads from a file, the export writes back the same way.
 */
@Service
public class ResourceExports {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ResourceService resources;
    private final ReferenceData reference;

    ResourceExports(ResourceService resources, ReferenceData reference) {
        this.resources = resources;
        this.reference = reference;
    }

    /** {@code care_service} or {@code hospital}; anything else is not a national dataset. */
    public static boolean dataset(String name) {
        return "care_service".equals(name) || "hospital".equals(name);
    }

    public static String fileName(String municipalityCode, String dataset) {
        return municipalityCode + "_" + dataset + ".csv";
    }

    public byte[] csv(String municipalityCode, String dataset, ResourceFilter filter) {
        String municipalityName = municipalityName(municipalityCode);
        Map<String, String> kindDataset = kindDatasets(municipalityCode);
        OpenDataLayout layout = dataset.equals("hospital") ? OpenDataLayout.HOSPITAL_CURRENT : OpenDataLayout.CARE_CURRENT;
        Map<String, String> kindNames = new LinkedHashMap<>();
        resources.kinds(municipalityCode.substring(0, 2)).forEach(k -> kindNames.put(k.code(), k.name()));
        CsvWriter out = CsvWriter.alwaysQuoted().row(layout.headers);
        for (Resource r : resources.all(municipalityCode, filter)) {
            if (!dataset.equals(kindDataset.get(r.content().kindCode()))) {
                continue;
            }
            Map<String, String> cells = cells(municipalityCode, municipalityName, r.content(), kindNames);
            List<String> row = new ArrayList<>();
            for (String header : layout.headers) {
                row.add(cells.getOrDefault(header, ""));
            }
            out.row(row);
        }
        return out.bytes();
    }

    /**
     * The row of one resource by column name. Every field goes back under the columns an import reads it from
     * ({@link OpenDataLayout#COLUMNS}, printed as {@link ContentFields#of} prints it), so an export reads back as
     * it was written; the rest are the municipality, the joined address, the kind's name and the hospital hours.
     */
    private static Map<String, String> cells(String code, String municipalityName, ResourceContent c, Map<String, String> kindNames) {
        Map<String, String> fields = ContentFields.of(c);
        Map<String, String> m = new LinkedHashMap<>();
        OpenDataLayout.COLUMNS.forEach((field, columns) -> columns.forEach(column -> m.put(column, fields.get(field))));
        m.put("全国地方公共団体コード", code);
        m.put("地方公共団体名", municipalityName);
        m.put("所在地_全国地方公共団体コード", code);
        m.put("所在地_連結表記", c.address().joined());
        m.put("医療機関の種類", kindNames.get(c.kindCode()));
        putHospitalHours(m, c);
        return m;
    }

    /** The hospital layout's 診療曜日 with one set of times: the days that are open, and the ranges of the first of them. */
    private static void putHospitalHours(Map<String, String> m, ResourceContent c) {
        List<Integer> openDays = new ArrayList<>(c.hours().days().keySet());
        if (!openDays.isEmpty()) {
            List<TimeRange> ranges = c.hours().on(openDays.get(0));
            m.put("診療曜日", c.availableDays() != null ? c.availableDays()
                    : openDays.stream().map(d -> "月火水木金土日".substring(d - 1, d)).collect(Collectors.joining()));
            m.put("診療開始時間", ranges.stream().map(r -> TimeRange.format(r.opensAt())).collect(Collectors.joining(";")));
            m.put("診療終了時間", ranges.stream().map(r -> TimeRange.format(r.closesAt())).collect(Collectors.joining(";")));
        }
    }

    /** A GeoJSON FeatureCollection of the resources that have coordinates. */
    public byte[] geoJson(String municipalityCode, ResourceFilter filter, String baseUrl) {
        Map<String, String> kindNames = new LinkedHashMap<>();
        resources.kinds(municipalityCode.substring(0, 2)).forEach(k -> kindNames.put(k.code(), k.name()));
        List<Map<String, Object>> features = new ArrayList<>();
        for (Resource r : resources.all(municipalityCode, filter)) {
            ResourceContent c = r.content();
            if (c.coordinates() == null) {
                continue;
            }
            Map<String, Object> properties = new LinkedHashMap<>();
            properties.put("id", c.sourceId());
            properties.put("name", c.name());
            properties.put("kind", c.kindCode());
            properties.put("kindName", kindNames.get(c.kindCode()));
            properties.put("address", c.address().joined());
            properties.put("phone", c.contact().phone());
            properties.put("services", c.services());
            properties.put("nightContact", c.night().contact());
            properties.put("open24h", c.night().open24h());
            properties.put("endOfLifeCare", c.night().endOfLifeCare());
            properties.put("confirmedOn", r.confirmedOn() == null ? null : r.confirmedOn().toString());
            properties.put("page", baseUrl + "/map/resources/" + r.id());
            Map<String, Object> feature = new LinkedHashMap<>();
            feature.put("type", "Feature");
            feature.put("geometry", Map.of("type", "Point", "coordinates",
                    List.of(c.coordinates().longitude(), c.coordinates().latitude())));
            feature.put("properties", properties);
            features.add(feature);
        }
        Map<String, Object> collection = new LinkedHashMap<>();
        collection.put("type", "FeatureCollection");
        collection.put("features", features);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JSON.writeValue(out, collection);
        return out.toByteArray();
    }

    private Map<String, String> kindDatasets(String municipalityCode) {
        Map<String, String> m = new LinkedHashMap<>();
        resources.kinds(municipalityCode.substring(0, 2)).forEach(k -> m.put(k.code(), k.dataset()));
        return m;
    }

    private String municipalityName(String code) {
        return reference.municipality(MunicipalityCode.parse(code)).map(m -> m.name()).orElse("");
    }
}
