package org.careroadmap.publication;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.careroadmap.reference.Prefecture;
import org.careroadmap.roadmap.PublishedRoadmaps;
import org.careroadmap.roadmap.RoadmapDocument;
import org.careroadmap.spreadsheet.SpreadsheetExports;
import org.springframework.stereotype.Service;

/**
 * Open data as the prefecture's Excel sheet, written by the spreadsheet module: one published roadmap, or a
 * prefecture's published roadmaps in one workbook. Only last published versions; the tag changes with them.
 */
@Service
public class OpenDataWorkbooks {

    private final Portal portal;
    private final OpenData openData;
    private final SpreadsheetExports spreadsheets;

    OpenDataWorkbooks(Portal portal, OpenData openData, SpreadsheetExports spreadsheets) {
        this.portal = portal;
        this.openData = openData;
        this.spreadsheets = spreadsheets;
    }

    /** One published roadmap as the prefecture's sheet. */
    public OpenData.File roadmapXlsx(long roadmapId) {
        PublishedRoadmaps.Published p = openData.published(roadmapId);
        SpreadsheetExports.Export export = spreadsheets.document(p.document());
        return new OpenData.File(export.filename(), OpenData.XLSX, export.bytes(), Digest.of(PublishedPdfs.versionKey(p)));
    }

    /** A prefecture's published roadmaps in one workbook (a sheet per published roadmap), summary first. */
    public OpenData.File prefectureXlsx(String prefectureCode) {
        Prefecture prefecture = portal.prefectureOrNotFound(prefectureCode);
        List<PublishedRoadmaps.Published> roadmaps = openData.roadmapsOf(prefecture.code());
        Map<String, List<RoadmapDocument>> byMunicipality = new LinkedHashMap<>();
        for (PublishedRoadmaps.Published p : roadmaps) {
            byMunicipality.computeIfAbsent(p.document().municipality().code().value(), c -> new ArrayList<>())
                    .add(p.document());
        }
        SpreadsheetExports.Export export = spreadsheets.prefectureOf(prefecture, byMunicipality);
        return new OpenData.File(export.filename(), OpenData.XLSX, export.bytes(), OpenData.tag(roadmaps));
    }
}
