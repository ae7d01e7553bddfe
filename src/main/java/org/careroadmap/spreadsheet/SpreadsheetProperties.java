package org.careroadmap.spreadsheet;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * Limits of the Excel import. {@code maxUploadSize} is checked by the importer itself; the servlet's
 * {@code spring.servlet.multipart.max-file-size} must be at least as large or it refuses first.
 *
 * @param maxUploadSize largest .xlsx accepted
 * @param previewTtl how long an import preview waits for confirmation
 * @param maxPreviews previews held at once; the oldest is dropped beyond this
 * @param maxExpandedSize largest uncompressed part of a workbook (zip-bomb guard)
 */
@ConfigurationProperties("app.spreadsheet")
public record SpreadsheetProperties(DataSize maxUploadSize, Duration previewTtl, Integer maxPreviews,
                                    DataSize maxExpandedSize) {

    public SpreadsheetProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(10) : maxUploadSize;
        previewTtl = previewTtl == null ? Duration.ofMinutes(30) : previewTtl;
        maxPreviews = maxPreviews == null ? 200 : maxPreviews;
        maxExpandedSize = maxExpandedSize == null ? DataSize.ofMegabytes(20) : maxExpandedSize;
    }

    /** The upload limit as people read it: {@code 10MB}. */
    public String maxUploadSizeText() {
        return WorkbookGate.sizeText(maxUploadSize.toBytes());
    }

    public static SpreadsheetProperties defaults() {
        return new SpreadsheetProperties(null, null, null, null);
    }
}
