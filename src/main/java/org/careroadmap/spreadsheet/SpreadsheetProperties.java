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
 * @param maxPreviewsPerAccount import previews one account holds at once; its own oldest is dropped beyond this
 * @param maxExpandedSize largest uncompressed part of a workbook (zip-bomb guard)
 * @param maxTotalExpandedSize all parts of a workbook together, uncompressed
 * @param maxParts entries in a workbook's package
 * @param maxSheets worksheets in a workbook
 * @param maxConcurrentImports workbooks one node reads at once; more wait up to {@code importWait}, then get 503
 * @param importWait how long an upload waits for a free import slot
 */
@ConfigurationProperties("app.spreadsheet")
public record SpreadsheetProperties(DataSize maxUploadSize, Duration previewTtl, Integer maxPreviewsPerAccount,
                                    DataSize maxExpandedSize, DataSize maxTotalExpandedSize, Integer maxParts,
                                    Integer maxSheets, Integer maxConcurrentImports, Duration importWait) {

    public SpreadsheetProperties {
        maxUploadSize = maxUploadSize == null ? DataSize.ofMegabytes(10) : maxUploadSize;
        previewTtl = previewTtl == null ? Duration.ofMinutes(30) : previewTtl;
        maxPreviewsPerAccount = maxPreviewsPerAccount == null ? 5 : Math.max(1, maxPreviewsPerAccount);
        maxExpandedSize = maxExpandedSize == null ? DataSize.ofMegabytes(20) : maxExpandedSize;
        maxTotalExpandedSize = maxTotalExpandedSize == null ? DataSize.ofMegabytes(40) : maxTotalExpandedSize;
        maxParts = maxParts == null ? 1000 : maxParts;
        maxSheets = maxSheets == null ? 100 : maxSheets;
        maxConcurrentImports = maxConcurrentImports == null ? 2 : maxConcurrentImports;
        importWait = importWait == null ? Duration.ofSeconds(10) : importWait;
    }

    /** The upload limit as people read it: {@code 10MB}. */
    public String maxUploadSizeText() {
        return WorkbookGate.sizeText(maxUploadSize.toBytes());
    }

    ExpansionBudget budget() {
        return new ExpansionBudget(maxExpandedSize.toBytes(), maxTotalExpandedSize.toBytes(), maxParts, maxSheets);
    }

    // The compact constructor replaces each null with its default; a record cannot say "nullable in, non-null out".
    @SuppressWarnings("NullAway")
    public static SpreadsheetProperties defaults() {
        return new SpreadsheetProperties(null, null, null, null, null, null, null, null, null);
    }
}
