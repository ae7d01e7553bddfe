package org.careroadmap.publication.web;

import org.careroadmap.platform.PrefectureCode;
import org.careroadmap.publication.OpenData;
import org.careroadmap.publication.PublicNotFoundException;
import org.careroadmap.publication.PublishedPdfs;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.WebRequest;

/** The PDFs, for anyone: a published chart (A3 landscape) and a prefecture's booklet; 404 when never published. */
@Controller
class PdfDownloads {

    private final PublishedPdfs pdfs;
    private final LicensedFiles files;

    PdfDownloads(PublishedPdfs pdfs, LicensedFiles files) {
        this.pdfs = pdfs;
        this.files = files;
    }

    @GetMapping("/public/roadmaps/{id}/chart.pdf")
    ResponseEntity<byte[]> chartPdf(@PathVariable long id, WebRequest request) {
        return send(pdfs.chart(id), request);
    }

    @GetMapping("/public/{code}/booklet.pdf")
    ResponseEntity<byte[]> booklet(@PathVariable String code, WebRequest request) {
        if (!PrefectureCode.isValid(code)) {
            throw new PublicNotFoundException(code);
        }
        return send(pdfs.booklet(code), request);
    }

    private ResponseEntity<byte[]> send(PublishedPdfs.Pdf pdf, WebRequest request) {
        return files.send(new OpenData.File(pdf.filename(), MediaType.APPLICATION_PDF_VALUE, pdf.bytes(), pdf.tag()), request);
    }
}
