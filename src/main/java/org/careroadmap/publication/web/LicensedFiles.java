package org.careroadmap.publication.web;

import java.nio.charset.StandardCharsets;

import org.careroadmap.publication.OpenData;
import org.careroadmap.publication.PublicationSettings;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.WebRequest;

/**
 * How every public download is answered: as an attachment under its file name, with the license in a
 * {@code Link: <…>; rel="license"} header and an ETag of the published versions it holds, so a reader
 * whose copy is current gets a 304 (browsers and proxies revalidate, {@code no-cache}).
 */
@Component
class LicensedFiles {

    private final PublicationSettings settings;

    LicensedFiles(PublicationSettings settings) {
        this.settings = settings;
    }

    ResponseEntity<byte[]> send(OpenData.File file, WebRequest request) {
        String etag = "\"" + file.tag() + "\"";
        if (request.checkNotModified(etag)) {
            return licensed(ResponseEntity.status(304)).eTag(etag).build();
        }
        return licensed(ResponseEntity.ok()).eTag(etag)
                .header(HttpHeaders.CACHE_CONTROL, "public, no-cache")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(file.filename(), StandardCharsets.UTF_8).build().toString())
                .contentType(MediaType.parseMediaType(file.contentType()))
                .body(file.bytes());
    }

    private <B extends ResponseEntity.HeadersBuilder<B>> B licensed(B builder) {
        return builder.header(HttpHeaders.LINK, "<" + settings.licenseUrl() + ">; rel=\"license\"");
    }
}
