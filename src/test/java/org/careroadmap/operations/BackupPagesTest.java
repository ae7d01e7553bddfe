package org.careroadmap.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.careroadmap.SharedContextTest;
import org.careroadmap.TestActors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;

@SharedContextTest
class BackupPagesTest {

    @Autowired
    WebApplicationContext context;
    @Autowired
    JdbcClient jdbc;

    MockMvc mvc;

    @BeforeEach
    void setUp() {
        mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
    }

    @Test
    void administratorDownloadsAnArchiveOfEveryTableAndCanCheckIt() throws Exception {
        byte[] archive = mvc.perform(post("/admin/backup").with(csrf()).with(TestActors.prefectureAdmin()))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "application/zip"))
                .andExpect(header().string("Content-Disposition", containsString("attachment; filename=\"care-roadmap-backup-")))
                .andReturn().getResponse().getContentAsByteArray();
        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
            }
        }
        assertThat(names).contains("manifest.json", "tables/roadmap.jsonl", "tables/app_user.jsonl", "tables/audit_entry.jsonl");

        mvc.perform(multipart("/admin/backup/check").file(new MockMultipartFile("archive", "b.zip", "application/zip", archive))
                        .with(csrf()).with(TestActors.prefectureAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("このファイルは完全で、壊れていません")));
        mvc.perform(multipart("/admin/backup/check")
                        .file(new MockMultipartFile("archive", "b.zip", "application/zip", "garbage".getBytes(StandardCharsets.UTF_8)))
                        .with(csrf()).with(TestActors.prefectureAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("このファイルは復元に使えません")))
                .andExpect(content().string(containsString("not a readable backup archive")));
    }

    @Test
    void showsTheBackupPageInEnglishToo() throws Exception {
        mvc.perform(get("/admin/backup").param("lang", "en").with(TestActors.prefectureAdmin()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Download the backup")))
                .andExpect(content().string(containsString("restore --from")));
    }

    @Test
    void refusesAnAdministratorWhenTheInstallationHoldsAnotherPrefecturesWork() throws Exception {
        jdbc.sql("INSERT INTO prefecture (code, name, name_en) VALUES ('43', '熊本県', 'Kumamoto')").update();
        jdbc.sql("INSERT INTO app_user (username, password_hash, display_name, role, prefecture_code, enabled, failed_attempts, created_at, version) "
                + "VALUES ('kumamoto-admin', '{noop}x', 'x', 'PREFECTURE_ADMIN', '43', TRUE, 0, CURRENT_TIMESTAMP, 0)").update();
        try {
            mvc.perform(get("/admin/backup").with(TestActors.prefectureAdmin()))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("他の県のデータがあるため")))
                    .andExpect(content().string(org.hamcrest.Matchers.not(containsString("バックアップをダウンロード"))));
            mvc.perform(post("/admin/backup").with(csrf()).with(TestActors.prefectureAdmin()))
                    .andExpect(status().isForbidden());
        } finally {
            jdbc.sql("DELETE FROM app_user WHERE username = 'kumamoto-admin'").update();
            jdbc.sql("DELETE FROM prefecture WHERE code = '43'").update();
        }
    }
}
