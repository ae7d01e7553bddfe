package org.careroadmap.operations.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.format.DateTimeFormatter;

import jakarta.servlet.http.HttpServletResponse;
import org.careroadmap.operations.BackupRefusedException;
import org.careroadmap.operations.BackupService;
import org.careroadmap.operations.BackupSummary;
import org.careroadmap.platform.CurrentActor;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

/**
 * The administrator's backup page: download an archive of everything, or check that an archive
 * is complete and undamaged. Restoring replaces the whole installation and is done only into an
 * empty one, so it is an operator's command on the server, not a button here.
 *
 * <p>A prefecture's administrator may download the backup only while the installation holds no
 * other prefecture's work (accounts, roadmaps, history): a backup holds everything, including
 * password hashes and drafts, and an administrator may take away only what is theirs. Installations
 * shared by several prefectures are backed up by their operator with {@code backup --to FILE}.
 */
@Controller
@RequestMapping("/admin/backup")
class BackupPages {

    private static final DateTimeFormatter FILE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final BackupService backups;
    private final CurrentActor currentActor;
    private final Clock clock;

    BackupPages(BackupService backups, CurrentActor currentActor, Clock clock) {
        this.backups = backups;
        this.currentActor = currentActor;
        this.clock = clock;
    }

    @GetMapping
    String page(Model model) {
        model.addAttribute("allowed", allowed());
        return "operations/backup";
    }

    @PostMapping
    void download(HttpServletResponse response) throws IOException {
        if (!allowed()) {
            // The page itself explains why; the shared error page answers a forced request.
            throw new AccessDeniedException("installation holds other prefectures' data");
        }
        String name = "care-roadmap-backup-" + FILE_TIME.format(clock.instant().atZone(clock.getZone())) + ".zip";
        response.setContentType("application/zip");
        response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString());
        response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
        backups.backup(response.getOutputStream());
        response.flushBuffer();
    }

    @PostMapping("/check")
    String check(@RequestParam(name = "archive", required = false) MultipartFile archive, Model model) throws IOException {
        model.addAttribute("allowed", allowed());
        if (archive == null || archive.isEmpty()) {
            model.addAttribute("checkRefused", "");
            return "operations/backup";
        }
        Path file = Files.createTempFile("care-roadmap-check-", ".zip");
        try {
            archive.transferTo(file);
            BackupSummary summary = backups.check(file);
            model.addAttribute("checked", summary);
        } catch (BackupRefusedException e) {
            model.addAttribute("checkRefused", e.getMessage());
        } finally {
            Files.deleteIfExists(file);
        }
        return "operations/backup";
    }

    private boolean allowed() {
        try {
            backups.requireOnlyPrefecture(currentActor.get().prefectureCode());
            return true;
        } catch (BackupRefusedException e) {
            return false;
        }
    }
}
