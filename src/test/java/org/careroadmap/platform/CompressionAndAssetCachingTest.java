package org.careroadmap.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

import org.careroadmap.SharedContextTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Slow networks: pages travel compressed, and the layout's CSS and scripts are fetched once and kept.
 * In the shared context, so no extra start-up.
 */
@SharedContextTest
class CompressionAndAssetCachingTest {

    private static final Pattern ASSET = Pattern.compile("(?:href|src)=\"(/(?:css|js|webjars)/[^\"]+)\"");

    @LocalServerPort
    int port;

    final HttpClient http = HttpClient.newHttpClient();

    @Test
    void compressesPagesForBrowsersThatAcceptGzipAndOnlyForThem() throws Exception {
        HttpResponse<byte[]> gzipped = get("/?prefecture=42", true);
        assertThat(gzipped.statusCode()).isEqualTo(200);
        assertThat(gzipped.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(gunzip(gzipped.body())).contains("壱岐市");

        HttpResponse<byte[]> plain = get("/?prefecture=42", false);
        assertThat(plain.headers().firstValue("Content-Encoding")).isEmpty();
        assertThat(new String(plain.body(), StandardCharsets.UTF_8)).contains("壱岐市");
    }

    @Test
    void theChartOfIkiCityTravelsInAtMostTwelveKilobytes() throws Exception {
        String home = gunzip(get("/?prefecture=42", true).body());
        Matcher chart = Pattern.compile("href=\"(/roadmaps/\\d+)\"").matcher(home);
        assertThat(chart.find()).isTrue();
        HttpResponse<byte[]> page = get(chart.group(1), true);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Encoding")).contains("gzip");
        assertThat(page.body().length).isLessThanOrEqualTo(12 * 1024);
        assertThat(gunzip(page.body()).length()).isGreaterThan(20 * 1024);
    }

    @Test
    void layoutAssetsCarryTheirFingerprintAndAreKeptForAYear() throws Exception {
        String home = gunzip(get("/?prefecture=42", true).body());
        Matcher assets = ASSET.matcher(home);
        int seen = 0;
        while (assets.find()) {
            String path = assets.group(1);
            assertThat(path).as("asset link").matches(".*-[0-9a-f]{32}\\.(css|js)|/webjars/[^/]+/\\d[^/]*/.*");
            HttpResponse<byte[]> asset = get(path, true);
            assertThat(asset.statusCode()).as(path).isEqualTo(200);
            assertThat(asset.headers().firstValue("Cache-Control")).as(path).contains(StaticAssetCaching.IMMUTABLE);
            seen++;
        }
        assertThat(seen).as("app.css, print.css, htmx and app.js").isEqualTo(4);
    }

    @Test
    void plainAssetNamesAreRevalidatedAndAStaleFingerprintIsNotServed() throws Exception {
        HttpResponse<byte[]> plain = get("/css/app.css", false);
        assertThat(plain.statusCode()).isEqualTo(200);
        assertThat(plain.headers().firstValue("Cache-Control")).contains(StaticAssetCaching.REVALIDATE);
        assertThat(get("/css/app-00000000000000000000000000000000.css", false).statusCode()).isEqualTo(404);
        assertThat(get("/webjars/htmx.org/dist/htmx.min.js", false).headers().firstValue("Cache-Control"))
                .contains(StaticAssetCaching.REVALIDATE);
    }

    @Test
    void layoutAssetsGoInBrotliToBrowsersThatAcceptItSmallerThanGzipAndDecodeToTheSameBytes() throws Exception {
        String home = gunzip(get("/?prefecture=42", true).body());
        Matcher assets = ASSET.matcher(home);
        int seen = 0;
        while (assets.find()) {
            String path = assets.group(1);
            HttpResponse<byte[]> brotli = get(path, "br, gzip");
            assertThat(brotli.statusCode()).as(path).isEqualTo(200);
            assertThat(brotli.headers().firstValue("Content-Encoding")).as(path).contains("br");
            assertThat(brotli.headers().firstValue("Cache-Control")).as(path).contains(StaticAssetCaching.IMMUTABLE);
            assertThat(brotli.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(type ->
                    assertThat(type).startsWith(path.endsWith(".css") ? "text/css" : "text/javascript"));
            byte[] plain = get(path, false).body();
            assertThat(com.aayushatharva.brotli4j.decoder.Decoder.decompress(brotli.body(), 0, brotli.body().length))
                    .as(path).isEqualTo(plain);
            HttpResponse<byte[]> gzipped = get(path, "gzip");
            if ("gzip".equals(gzipped.headers().firstValue("Content-Encoding").orElse(""))) {
                assertThat(brotli.body().length).as(path).isLessThan(gzipped.body().length);
            }
            seen++;
        }
        assertThat(seen).isEqualTo(4);
        // A stale fingerprint is still not served, in brotli or otherwise.
        assertThat(get("/css/app-00000000000000000000000000000000.css", "br").statusCode()).isEqualTo(404);
    }

    private HttpResponse<byte[]> get(String path, String acceptEncoding) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Accept-Encoding", acceptEncoding).build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private HttpResponse<byte[]> get(String path, boolean gzip) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (gzip) {
            request.header("Accept-Encoding", "gzip");
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String gunzip(byte[] body) throws IOException {
        try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
