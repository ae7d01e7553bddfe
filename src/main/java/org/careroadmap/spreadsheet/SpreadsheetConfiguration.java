package org.careroadmap.spreadsheet;

import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Configuration;

/**
 * POI's zip-bomb guards are process-wide settings; they are set once here from the configuration:
 * a part may expand to at most {@code app.spreadsheet.max-expanded-size}, and no part may compress
 * better than 1:100 (POI's own default, kept explicit). POI's limit on text size (10M characters) stays.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(SpreadsheetProperties.class)
class SpreadsheetConfiguration {

    static final double MIN_INFLATE_RATIO = 0.01;

    SpreadsheetConfiguration(SpreadsheetProperties properties) {
        guardAgainstZipBombs(properties);
    }

    static void guardAgainstZipBombs(SpreadsheetProperties properties) {
        ZipSecureFile.setMinInflateRatio(MIN_INFLATE_RATIO);
        ZipSecureFile.setMaxEntrySize(properties.maxExpandedSize().toBytes());
    }
}
