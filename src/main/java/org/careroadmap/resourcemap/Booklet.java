package org.careroadmap.resourcemap;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import org.careroadmap.reference.Municipality;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;
import org.jspecify.annotations.Nullable;

/**
 * The printed booklet the 地域包括支援センター hands out: an A4 portrait PDF made on the server with a Japanese
 * font embedded — a cover with the date the data was confirmed, contents, the night/holiday contacts on a page
 * of their own, then the resources grouped by area and kind, page numbers, no entry split across pages.
 */
@Service
public class Booklet {

    private final ResourceService resources;
    private final ITemplateEngine templates;
    private final String fontPath;

    Booklet(ResourceService resources, ITemplateEngine templates,
            @Value("${app.resourcemap.booklet.font:/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf}") String fontPath) {
        this.resources = resources;
        this.templates = templates;
        this.fontPath = fontPath;
    }

    /** One group of the booklet: an area (null for none) and a kind, with its resources in list order. */
    public record Section(String anchor, @Nullable String area, ResourceKind kind, List<Resource> resources) {
    }

    public byte[] pdf(Municipality municipality, ResourceFilter filter, Locale locale) {
        File font = new File(fontPath);
        if (!font.canRead()) {
            throw new IllegalStateException("booklet font not readable: " + fontPath);
        }
        String code = municipality.code().value();
        List<Resource> all = resources.all(code, filter);
        List<ResourceKind> kinds = resources.kinds(code.substring(0, 2));
        Map<String, ResourceKind> kindByCode = new LinkedHashMap<>();
        kinds.forEach(k -> kindByCode.put(k.code(), k));
        List<Resource> ordered = new ArrayList<>(all);
        ordered.sort(Comparator.comparing((Resource r) -> r.content().areaCode() == null ? "\uFFFF" : r.content().areaCode())
                .thenComparing(r -> kindByCode.containsKey(r.content().kindCode()) ? kindByCode.get(r.content().kindCode()).position() : 9999)
                .thenComparing(r -> r.content().nameKana() == null ? r.content().name() : r.content().nameKana()));
        List<Section> sections = sections(ordered, kindByCode);
        List<Resource> night = ordered.stream().filter(r -> r.content().night().reachable()).toList();
        LocalDate oldest = all.stream().map(Resource::confirmedOn).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
        LocalDate newest = all.stream().map(Resource::confirmedOn).filter(Objects::nonNull).max(Comparator.naturalOrder()).orElse(null);
        Context context = new Context(locale);
        context.setVariable("municipality", municipality);
        context.setVariable("english", "en".equals(locale.getLanguage()));
        context.setVariable("sections", sections);
        context.setVariable("night", night);
        context.setVariable("kinds", kindByCode);
        context.setVariable("count", all.size());
        context.setVariable("oldest", oldest);
        context.setVariable("newest", newest);
        context.setVariable("made", resources.today());
        context.setVariable("filtered", !filter.isEmpty());
        context.setVariable("weekdays", WeeklyHours.SHORT_NAMES);
        context.setVariable("areaNames", resources.areas(code));
        return render(templates.process("resourcemap/booklet", context), font);
    }

    /** The resources, already ordered by area and kind, cut into one section per area and kind. */
    private static List<Section> sections(List<Resource> ordered, Map<String, ResourceKind> kindByCode) {
        List<Section> sections = new ArrayList<>();
        for (Resource r : ordered) {
            Section last = sections.isEmpty() ? null : sections.get(sections.size() - 1);
            if (last == null || !Objects.equals(last.area(), r.content().areaCode())
                    || !last.kind().code().equals(r.content().kindCode())) {
                ResourceKind kind = kindByCode.getOrDefault(r.content().kindCode(),
                        new ResourceKind(r.content().kindCode(), null, r.content().kindCode(), r.content().kindCode(), "other", 9999));
                last = new Section("s" + (sections.size() + 1), r.content().areaCode(), kind, new ArrayList<>());
                sections.add(last);
            }
            last.resources().add(r);
        }
        return sections;
    }

    /** The booklet's HTML drawn as a PDF with the Japanese font embedded. */
    private static byte[] render(String html, File font) {
        org.w3c.dom.Document document = new org.jsoup.helper.W3CDom().fromJsoup(org.jsoup.Jsoup.parse(html));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            PdfRendererBuilder builder = new PdfRendererBuilder();
            builder.useFastMode();
            builder.useFont(font, "JP");
            builder.withW3cDocument(document, null);
            builder.toStream(out);
            builder.run();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
