package org.careroadmap.publication;

import java.io.File;
import java.util.List;
import java.util.Optional;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The installation's publication settings: the license every open-data file is offered under
 * (CC BY 4.0 unless the prefecture chooses otherwise), and the Japanese font embedded in PDFs.
 */
@Component
public class PublicationSettings {

    private final String licenseName;
    private final String licenseUrl;
    private final List<String> fontFiles;

    PublicationSettings(@Value("${app.publication.license.name:CC BY 4.0}") String licenseName,
                        @Value("${app.publication.license.url:https://creativecommons.org/licenses/by/4.0/deed.ja}") String licenseUrl,
                        @Value("${app.publication.pdf-fonts:/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf,/usr/share/fonts/opentype/ipafont-gothic/ipag.ttf,/usr/share/fonts/truetype/fonts-japanese-gothic.ttf}") List<String> fontFiles) {
        this.licenseName = licenseName;
        this.licenseUrl = licenseUrl;
        this.fontFiles = List.copyOf(fontFiles);
    }

    public String licenseName() {
        return licenseName;
    }

    public String licenseUrl() {
        return licenseUrl;
    }

    /** The first configured TrueType font that exists on this machine. */
    Optional<File> pdfFont() {
        return fontFiles.stream().map(String::strip).map(File::new).filter(File::isFile).findFirst();
    }
}
