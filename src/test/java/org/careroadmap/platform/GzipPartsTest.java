package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

import org.junit.jupiter.api.Test;

/** Parts compressed once, a different text between them on each request: what the JDK's gzip reader gets back. */
class GzipPartsTest {

    @Test
    void eachRequestsTextBetweenThePartsComesBackExactlyAndTheStreamIsSmaller() throws Exception {
        String page = "<form><input name=\"_csrf\" value=\"".repeat(1) + "壱岐市の地域包括ケア ".repeat(400);
        List<byte[]> parts = List.of(bytes(page), bytes("\"></form><p>" + "通いの場 ".repeat(300)), bytes("</p>"));
        GzipParts gzip = new GzipParts(parts);

        for (String token : List.of("first-session-token", "second-token-of-another-length-0123456789", "")) {
            ByteArrayOutputStream sent = new ByteArrayOutputStream();
            gzip.writeTo(sent, parts, bytes(token));

            assertThat(sent.size()).isEqualTo(gzip.length(bytes(token).length));
            String expected = page + token + "\"></form><p>" + "通いの場 ".repeat(300) + token + "</p>";
            assertThat(gunzip(sent.toByteArray())).isEqualTo(expected);
            assertThat(sent.size()).isLessThan(bytes(expected).length / 5);
        }
    }

    @Test
    void oneTextWithoutAnythingBetweenIsAPlainGzipStream() throws Exception {
        List<byte[]> parts = List.of(bytes("{\"items\":[" + "{\"title\":\"在宅医療\"},".repeat(200) + "{}]}"));
        ByteArrayOutputStream sent = new ByteArrayOutputStream();

        new GzipParts(parts).writeTo(sent, parts, new byte[0]);

        assertThat(gunzip(sent.toByteArray())).isEqualTo(new String(parts.get(0), StandardCharsets.UTF_8));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    static String gunzip(byte[] gzip) throws Exception {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(gzip))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
