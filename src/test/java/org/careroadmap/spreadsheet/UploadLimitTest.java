package org.careroadmap.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.careroadmap.TouchesDatabase;
import org.careroadmap.roadmap.RoadmapEditing;
import org.careroadmap.roadmap.RoadmapReads;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Uploads over the servlet's own multipart limit are refused while Tomcat parses the request, before any
 * controller runs; over a real connection they still get a sentence, not a 500 or a reset. Here the servlet
 * limit (100KB) is below the application's (10MB) on purpose.
 */
@TouchesDatabase
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        "spring.datasource.url=jdbc:h2:mem:xlsxlimit;DB_CLOSE_DELAY=-1",
        "spring.servlet.multipart.max-file-size=100KB", "spring.servlet.multipart.max-request-size=120KB"})
class UploadLimitTest {

    @LocalServerPort
    int port;
    @Autowired
    RoadmapReads roadmaps;
    @Autowired
    RoadmapEditing editing;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    /** 長崎市's editor among the demo accounts, through HTTP Basic as an API client signs in. */
    static final String BASIC = "Basic " + java.util.Base64.getEncoder()
            .encodeToString("nagasaki-editor:demo-pass-2026".getBytes(StandardCharsets.UTF_8));

    long nagasakiDraft() {
        return org.careroadmap.platform.CurrentActor.asSystem(() -> {
            roadmaps.list().stream().filter(s -> s.municipality().code().value().equals("422011"))
                    .filter(s -> s.template().id().equals("nagasaki-9-10"))
                    .forEach(s -> editing.delete(s.id(), s.version()));
            return editing.create("422011", "nagasaki-9-10").roadmap().id();
        });
    }

    static byte[] multipart(String boundary, String csrf, byte[] file) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        String head = (csrf == null ? "" : "--" + boundary + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n" + csrf + "\r\n")
                + "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"too-large.xlsx\"\r\n"
                + "Content-Type: application/vnd.openxmlformats-officedocument.spreadsheetml.sheet\r\n\r\n";
        body.writeBytes(head.getBytes(StandardCharsets.UTF_8));
        body.writeBytes(file);
        body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    @Test
    void theApiAnswers413WithAProblemThatSaysWhy() throws Exception {
        String boundary = "b0undary";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + "/api/roadmaps/" + nagasakiDraft() + "/xlsx"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Authorization", BASIC)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, null, WorkbookGateTest.file("too-large.xlsx"))))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).contains("application/problem+json");
        assertThat(response.body()).contains("xlsx.tooLarge", "ファイルが大きすぎます");
    }

    @Test
    void theUploadPageSendsThePersonBackToTheFormWhichSaysWhy() throws Exception {
        long id = nagasakiDraft();
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                + "/roadmaps/" + id + "/import")).header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher action = Pattern.compile("<form[^>]*multipart/form-data[^>]*action=\"([^\"]+)\"").matcher(form.body());
        assertThat(action.find()).isTrue();
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();

        String boundary = "b0undary";
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
                        + action.group(1).replace("&amp;", "&")))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", cookie)
                .header("Authorization", BASIC)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, token.group(1),
                        WorkbookGateTest.file("too-large.xlsx"))))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/roadmaps/" + id + "/import?tooLarge=1");
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + location))
                .header("Cookie", cookie).header("Authorization", BASIC).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("ファイルが大きすぎます（上限 10MB）", "id=\"e-file\"");
    }

    /** The resource map's open-data import (a CSV) goes back to its own form too, which names the limit. */
    @Test
    void theResourceMapImportSendsTheEditorBackToItsFormWhichSaysWhy() throws Exception {
        String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("iki-editor:demo-pass-2026".getBytes(StandardCharsets.UTF_8));
        String url = "http://127.0.0.1:" + port + "/map/422100/import";
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", basic).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(form.statusCode()).isEqualTo(200);
        String cookie = form.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"").matcher(form.body());
        assertThat(token.find()).isTrue();
        byte[] csv = "全国地方公共団体コード,ID\r\n".repeat(20_000).getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "multipart/form-data; boundary=b0undary").header("Cookie", cookie)
                .header("Authorization", basic)
                .POST(HttpRequest.BodyPublishers.ofByteArray(multipart("b0undary", token.group(1), csv)))
                .build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(303);
        String location = response.headers().firstValue("Location").orElseThrow();
        assertThat(location).endsWith("/map/422100/import?tooLarge=1");
        HttpResponse<String> back = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + location))
                .header("Cookie", cookie).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).contains("ファイルが大きすぎます（10MBまで）");
        HttpResponse<String> english = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + location + "&lang=en"))
                .header("Cookie", cookie).header("Authorization", basic).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(english.body()).contains("The file is too large (up to 10 MB).");
    }
}
